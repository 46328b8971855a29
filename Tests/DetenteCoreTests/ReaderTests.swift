import Testing
@testable import DetenteCore

@Suite("Article reader")
struct ReaderTests {
    @Test("The seed article's layout: title, source, date, byline, footer left out")
    func seedLayout() throws {
        let text = try #require(Fixtures.shared("seed/trump-petro-detente.txt"), "../shared/seed is missing")
        let document = Fixtures.analyze(text, id: "seed")
        let meta = document.metadata
        #expect(meta.title == "Trump and Petro test détente after months of open hostility")
        #expect(meta.sections == "Latin America Politics USA")
        #expect(meta.source == "Reuters")
        #expect(meta.publicationDate == CalendarDate(year: 2026, month: 2, day: 4))
        #expect(meta.byline == "Wyoming Star Staff")
        #expect(document.paragraphs.count == 15)
        #expect(document.sentences.count == 44)
        let body = document.sentences.map { document.text(of: $0) }
        #expect(body.first?.hasPrefix("For months, United States President Donald Trump") == true)
        #expect(body.last == "“I didn’t know him at all, and we got along very well.”")
        #expect(!body.contains { $0.contains("Letters to the editor") || $0.contains("Wyoming Star") || $0.contains("Source:") })
        #expect(document.layoutLines.filter { $0.role == .headline }.count == 2)
        #expect(document.layoutLines.contains { $0.role == .footer })
        for sentence in body {
            #expect(!sentence.hasSuffix(" US") && !sentence.hasSuffix(" U.S."), "ends with US: \(sentence)")
        }
    }

    @Test("Given metadata wins over the layout's")
    func givenDateWins() throws {
        let text = try #require(Fixtures.shared("seed/trump-petro-detente.txt"))
        let document = Fixtures.analyze(text, date: CalendarDate(year: 2026, month: 3, day: 1))
        #expect(document.metadata.publicationDate == CalendarDate(year: 2026, month: 3, day: 1))
    }

    @Test("Text without layout lines is all body")
    func plainBody() {
        let document = Fixtures.analyze("Colombia suspended intelligence sharing with the United States on Sunday. Officials said so.")
        #expect(document.metadata.title == nil)
        #expect(document.layoutLines.isEmpty)
        #expect(document.sentences.count == 2)
    }

    @Test("A short text is body, not a headline")
    func shortText() {
        let document = Fixtures.analyze("Trump met Petro")
        #expect(document.metadata.title == nil)
        #expect(document.sentences.count == 1)
    }

    @Test("Empty and blank input give an empty document")
    func empty() {
        #expect(Fixtures.analyze("").sentences.isEmpty)
        #expect(Fixtures.analyze(" \n\n \t").sentences.isEmpty)
    }

    @Test("Bullets, 'By' bylines and dated lines in another layout")
    func otherLayout() {
        let text = """
        World News

        Ceasefire holds in the north
        By Jane Roe
        Published: 2025-05-12

        The ceasefire agreed on Saturday held through the night, officials in both capitals said on Monday.
        • Both armies pulled back heavy guns from the line of control overnight.
        • Talks resume on Friday.

        (Reporting by Jane Roe; Editing by John Doe)
        """
        let document = Fixtures.analyze(text)
        #expect(document.metadata.title == "Ceasefire holds in the north")
        #expect(document.metadata.byline == "Jane Roe")
        #expect(document.metadata.publicationDate == CalendarDate(year: 2025, month: 5, day: 12))
        #expect(document.paragraphs.count == 3)
        #expect(!document.sentences.contains { document.text(of: $0).contains("Reporting by") })
    }

    @Test("Both example articles have metadata, several paragraphs and no footer in the body")
    func examples() throws {
        for name in ["us-mexico-tariff-truce.txt", "india-pakistan-ceasefire.txt"] {
            let document = Fixtures.analyze(try Fixtures.example(name))
            #expect(document.metadata.title != nil)
            #expect(document.metadata.source != nil)
            #expect(document.metadata.publicationDate != nil)
            #expect(document.metadata.byline?.hasSuffix("Staff") == true)
            #expect(document.paragraphs.count >= 8)
            #expect(document.layoutLines.contains { $0.role == .footer })
        }
    }
}

@Suite("JSONL records")
struct RecordTests {
    @Test("A full record")
    func full() throws {
        let line = #"{"id":"a1","date":"2025-02-02","text":"Mexico agreed.","title":"T","source":"AP","url":"http://x","extra":[1]}"#
        let input = try JSONLRecord.parse(line, defaultID: "1").get()
        #expect(input.metadata.id == "a1")
        #expect(input.metadata.publicationDate == CalendarDate(year: 2025, month: 2, day: 2))
        #expect(input.metadata.title == "T")
        #expect(input.metadata.source == "AP")
        #expect(input.text == "Mexico agreed.")
    }

    @Test("Numeric ids and timestamps are accepted")
    func lenient() throws {
        let input = try JSONLRecord.parse(#"{"id":7,"date":"2016-09-15T10:00:00Z","text":"x"}"#, defaultID: "1").get()
        #expect(input.metadata.id == "7")
        #expect(input.metadata.publicationDate == CalendarDate(year: 2016, month: 9, day: 15))
    }

    @Test("Bad records say what is wrong", arguments: [
        ("not json", "not valid JSON"),
        (#"[1,2]"#, "expected a JSON object"),
        (#"{"id":"x"}"#, "missing \"text\""),
        (#"{"text":5}"#, "\"text\" must be a string"),
        (#"{"text":"a","date":"2025-02-30"}"#, "not a valid YYYY-MM-DD"),
        (#"{"text":"a","date":"0000-00-00"}"#, "not a valid YYYY-MM-DD"),
        (#"{"text":"a","title":["x"]}"#, "\"title\" must be a string"),
    ])
    func bad(line: String, message: String) {
        guard case .failure(let failure) = JSONLRecord.parse(line, defaultID: "1") else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(failure.message.contains(message), "\(failure.message)")
    }
}
