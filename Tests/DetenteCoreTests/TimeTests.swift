import Testing
@testable import DetenteCore

@Suite("Time expressions")
struct TimeTests {
    /// The (text, value) pairs found in `text` published on `date`.
    func times(_ text: String, _ date: String) -> [String] {
        let document = Fixtures.analyze(text, date: CalendarDate(iso: date))
        return document.times.map { "\(document.text($0.bytes))=\($0.value)" }
    }

    func value(_ text: String, _ date: String) -> String? {
        let document = Fixtures.analyze(text, date: CalendarDate(iso: date))
        return document.times.first?.value
    }

    // 2026-02-04 is a Wednesday.
    @Test("Explicit dates in every written form", arguments: [
        ("They met on January 26, 2025.", "2025-01-26"),
        ("They met on Jan. 26, 2025.", "2025-01-26"),
        ("They met on 26 January 2025.", "2025-01-26"),
        ("They met on 2025-01-26.", "2025-01-26"),
        ("They met on 1/26/2025.", "2025-01-26"),
        ("They met on Tuesday, February 3, 2026.", "2026-02-03"),
        ("They met in May 2010.", "2010-05"),
        ("They met in 2022.", "2022"),
        ("They met in the 1990s.", "199"),
        ("The 20th century ended.", "19"),
        ("Profits fell in the third quarter of 2025.", "2025-Q3"),
        ("Troops left in summer 2025.", "2025-SU"),
    ])
    func explicit(text: String, expected: String) {
        #expect(value(text, "2026-02-04") == expected)
    }

    @Test("Dates relative to the publication date (Wednesday 2026-02-04)", arguments: [
        ("They met on Tuesday.", "2026-02-03"),
        ("They met on Wednesday.", "2026-02-04"),
        ("Tuesday’s meeting was calm.", "2026-02-03"),
        ("Petro spoke earlier on Tuesday.", "2026-02-03"),
        ("Petro spoke on Thursday.", "2026-01-29"),
        ("Petro will speak on Thursday.", "2026-02-05"),
        ("They met on Jan. 26.", "2026-01-26"),
        ("They met on January 26.", "2026-01-26"),
        ("They met on March 3.", "2025-03-03"),
        ("In October, sanctions followed.", "2025-10"),
        ("They met last October.", "2025-10"),
        ("They met in January.", "2026-01"),
        ("They will meet in March.", "2026-03"),
        ("They will meet next March.", "2026-03"),
        ("He spoke yesterday.", "2026-02-03"),
        ("He speaks today.", "2026-02-04"),
        ("He speaks tomorrow.", "2026-02-05"),
        ("He spoke last week.", "2026-W05"),
        ("He speaks this week.", "2026-W06"),
        ("He speaks next week.", "2026-W07"),
        ("He spoke last month.", "2026-01"),
        ("He speaks this month.", "2026-02"),
        ("He spoke last year.", "2025"),
        ("He speaks next year.", "2027"),
        ("They met earlier this month.", "2026-02"),
        ("They meet later this month.", "2026-02"),
        ("They met three days ago.", "2026-02-01"),
        ("They met two weeks ago.", "2026-W04"),
        ("They met six months ago.", "2025-08"),
        ("They met four years ago.", "2022"),
        ("They met last summer.", "2025-SU"),
        ("He has recently spoken.", "PAST_REF"),
        ("He is now in office.", "PRESENT_REF"),
        ("They will meet in the coming days.", "FUTURE_REF"),
        ("He spoke on Tuesday night.", "2026-02-03TNI"),
    ])
    func relative(text: String, expected: String) {
        #expect(value(text, "2026-02-04") == expected)
    }

    @Test("Year boundaries and leap days")
    func boundaries() {
        #expect(value("They met in December.", "2026-01-10") == "2025-12")
        #expect(value("They will meet next January.", "2025-12-10") == "2026-01")
        #expect(value("They met on Dec. 30.", "2026-01-02") == "2025-12-30")
        #expect(value("He spoke yesterday.", "2026-01-01") == "2025-12-31")
        #expect(value("He spoke yesterday.", "2024-03-01") == "2024-02-29")
        #expect(value("They met on February 29.", "2024-03-10") == "2024-02-29")
        #expect(value("They met on February 29, 2023.", "2024-03-10") == "2023")  // no such day: only the year stands
        #expect(value("He spoke last week.", "2026-01-02") == "2025-W52")
        #expect(value("They met on Monday.", "2027-01-01") == "2026-12-28")
    }

    @Test("Words that are not dates")
    func notDates() {
        #expect(times("Talks may resume soon.", "2026-02-04").isEmpty)
        #expect(times("Protesters will march on the capital.", "2026-02-04").isEmpty)
        #expect(times("The March was peaceful.", "2026-02-04").isEmpty)
        #expect(times("He told the Sunday Times so.", "2026-02-04").isEmpty)
        #expect(times("Officials sent 2000 troops.", "2026-02-04").isEmpty)
        #expect(times("The deal is worth $2025 per head.", "2026-02-04").isEmpty)
    }

    @Test("Durations are durations, never dates")
    func durations() {
        #expect(times("The meeting lasted two hours.", "2026-02-04") == ["two hours=PT2H"])
        #expect(times("The feud lasted for months.", "2026-02-04") == ["months=PXM"])
        #expect(times("A 90-day pause began.", "2026-02-04") == ["90-day=P90D"])
        #expect(times("Prices rose over the past two years.", "2026-02-04") == ["the past two years=P2Y"])
        let document = Fixtures.analyze("The meeting lasted two hours.", date: CalendarDate(year: 2026, month: 2, day: 4))
        #expect(document.times.first?.kind == .duration && document.times.first?.eventDate == nil)
    }

    @Test("Recurrences are sets")
    func sets() {
        #expect(times("Envoys meet every week.", "2026-02-04") == ["every week=P1W"])
        #expect(times("She checked every morning.", "2026-02-04") == ["every morning=XXXX-XX-XXTMO"])
        #expect(times("Aid is paid annually.", "2026-02-04") == ["annually=P1Y"])
        let document = Fixtures.analyze("Envoys meet every Monday.", date: CalendarDate(year: 2026, month: 2, day: 4))
        #expect(document.times.first?.kind == .set && document.times.first?.value == "XXXX-WXX-1")
    }

    @Test("Year ranges give two dates with their own offsets")
    func ranges() {
        #expect(times("The expedition of 1957-58 crossed Antarctica.", "2013-03-22") == ["1957=1957", "58=1958"])
    }

    @Test("'Two days later' counts from the narrative's last date")
    func narrative() {
        #expect(times("On March 4, 2025, tariffs began. Two days later, Mexico struck back.", "2025-03-12")
            == ["March 4, 2025=2025-03-04", "Two days later=2025-03-06"])
    }

    @Test("No publication date: relative forms stay unresolved, explicit ones resolve")
    func noAnchor() {
        let document = Fixtures.analyze("They met on January 26, 2025, and again on Tuesday.")
        #expect(document.times.map(\.value) == ["2025-01-26", "XXXX-WXX-2"])
    }
}

@Suite("Event dating")
struct EventDatingTests {
    /// The date of the event whose verb is `verb` in the seed article.
    func seedDate(_ verb: String, occurrence: Int = 0) throws -> EventDate? {
        let text = try #require(Fixtures.shared("seed/trump-petro-detente.txt"))
        let document = Fixtures.analyze(text)
        let dater = EventDater(document: document)
        let hits = document.tokens.indices.filter { document.text(of: document.tokens[$0]) == verb }
        let token = try #require(hits.dropFirst(occurrence).first, "no \(verb)")
        let sentence = try #require(document.sentences.firstIndex { $0.tokens.contains(token) })
        return dater.date(sentence: sentence, token: token)
    }

    @Test("The seed's events are dated as a reader dates them")
    func seed() throws {
        #expect(try seedDate("sat")?.value == "2026-02-03")
        #expect(try seedDate("held")?.value == "2026-01-07")
        #expect(try seedDate("clashed")?.value == "2025-01-26")
        #expect(try seedDate("clashed")?.source == .expression)
        #expect(try seedDate("objected")?.value == "2025-01-26")
        #expect(try seedDate("objected")?.source == .context)
        #expect(try seedDate("threatened")?.value == "2025-01-26")
        #expect(try seedDate("reversed")?.value == "2025-01-26")
        #expect(try seedDate("imposed")?.value == "2025-10")
        #expect(try seedDate("issued")?.value == "2026-01-03")
        // Background without a date of its own follows the narrative's last date ("On Tuesday").
        #expect(try seedDate("began")?.source == .context)
        #expect(try seedDate("began")?.value == "2026-02-03")
    }

    @Test("A duration or reference word never dates an event")
    func durationsDoNotDate() {
        let document = Fixtures.analyze("The two leaders talked for two hours.", date: CalendarDate(year: 2026, month: 2, day: 4))
        let verb = document.tokens.firstIndex { document.text(of: $0) == "talked" } ?? 0
        let date = EventDater(document: document).date(sentence: 0, token: verb)
        #expect(date == EventDate(value: "2026-02-04", source: .publication, expression: nil))
    }
}
