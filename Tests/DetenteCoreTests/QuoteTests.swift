import Testing
@testable import DetenteCore

@Suite("Quotes")
struct QuoteTests {
    func quotes(_ text: String, _ date: String = "2026-02-04") -> [Quote] {
        Fixtures.analyze(text, date: CalendarDate(iso: date)).quotes
    }

    /// The quoted text as the code-point offsets give it (Python's `text[start:end]`).
    func slice(_ text: String, _ q: Quote) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[q.span.start..<q.span.end])
        return String(out)
    }

    @Test("Straight quotes, attribution after: text without marks or trailing comma, offsets, cue")
    func straight() throws {
        let text = #"The council met on Monday. "We will not back down," Mayor Jane Holloway said."#
        let q = try #require(quotes(text).first)
        #expect(quotes(text).count == 1)
        #expect(slice(text, q) == "We will not back down")
        #expect(q.speaker == "Mayor Jane Holloway")
        #expect(q.speakerCode == nil)
        #expect(q.cue == "said")
        #expect(q.isPartial == false)
    }

    @Test("A quote split by its attribution gives one quote per span, same speaker and group")
    func split() {
        let text = "“The talks went well,” Petro said. “We agreed on a plan. Both sides gave something.”"
        let found = quotes(text)
        #expect(found.map { slice(text, $0) } == ["The talks went well", "We agreed on a plan. Both sides gave something."])
        #expect(found.map(\.speaker) == ["Gustavo Petro", "Gustavo Petro"])
        #expect(found.map(\.speakerCode) == ["COLGOV", "COLGOV"])
        #expect(found.map(\.cue) == ["said", "said"])
        #expect(Set(found.map(\.group)).count == 1)
    }

    @Test("said X, X told reporters, X wrote on social media")
    func cues() {
        let inverted = quotes("“Nobody wins a trade war,” said Sen. Jeff Sessions of Alabama.")
        #expect(inverted.first?.speaker == "Sen. Jeff Sessions of Alabama")
        #expect(inverted.first?.cue == "said")
        let told = quotes("“The border stays closed,” a spokesman told reporters on Friday.")
        #expect(told.first?.speaker == "a spokesman")
        #expect(told.first?.cue == "told")
        let wrote = quotes("Trump wrote on social media: “Colombia will pay a big price.”")
        #expect(wrote.first?.speaker == "Donald Trump")
        #expect(wrote.first?.speakerCode == "USAGOV")
        #expect(wrote.first?.cue == "wrote")
        let titled = quotes("“We are ready,” Clinton campaign chairman John Podesta said on Monday.", "2016-09-20")
        #expect(titled.first?.speaker == "Clinton campaign chairman John Podesta")
        let apposition = quotes("“It will pass,” Jean Dupont, the foreign minister of France, a member of the council, said.")
        #expect(apposition.first?.speaker == "Jean Dupont")
    }

    @Test("according to X; the note read, signed by X; a dash and a name")
    func otherCues() {
        let according = quotes("The plan was “dead on arrival,” according to Senator Maria Lopez.")
        #expect(according.first?.speaker == "Senator Maria Lopez")
        #expect(according.first?.cue == "according to")
        let signed = quotes("“Thank you for everything,” the note read, signed by Trump.")
        #expect(signed.first?.speaker == "Donald Trump")
        #expect(signed.first?.cue == "read")
        let dash = quotes("“We are not afraid of anyone.” ― Carlos Ramirez")
        #expect(dash.first?.speaker == "Carlos Ramirez")
        #expect(dash.first?.cue == nil)
    }

    @Test("Pronouns resolve through coreference; a quote alone takes the speaker named before it")
    func context() {
        let pronoun = quotes("Trump spoke to reporters in the Oval Office. He said he felt positive.\n\n“I thought it was terrific,” he said.")
        #expect(pronoun.first?.speaker == "Donald Trump")
        #expect(pronoun.first?.speakerCode == "USAGOV")
        let introduced = quotes("The council met on Monday night to discuss the flood damage in the old town.\n\n"
            + "Mayor Jane Holloway addressed the crowd. Holloway continued:\n\n“We will rebuild this city, street by street.”")
        #expect(introduced.first?.speaker == "Holloway")
        #expect(introduced.first?.cue == nil)
        // An unknown name nearer than a known person wins over him.
        let unknown = quotes("Trump left early. Later, Jane Holloway took the stage.\n\n“We need more money,” she said.")
        #expect(unknown.first?.speaker == "Jane Holloway")
    }

    @Test("A quote continued over paragraphs: the open paragraph runs to its end, the next reopens")
    func continued() {
        let text = "“The first point is simple,” Jane Holloway said. “We need more money.\n\n“The second point is harder. We need time.”"
        let found = quotes(text)
        #expect(found.map { slice(text, $0) } == ["The first point is simple", "We need more money.", "The second point is harder. We need time."])
        #expect(found.allSatisfy { $0.speaker == "Jane Holloway" })
        #expect(Set(found.map(\.group)).count == 1)
    }

    @Test("A quote inside a quote stays part of the outer one")
    func nested() {
        let text = "“He told me, ‘Never give up,’ and I never did,” Petro said."
        let found = quotes(text)
        #expect(found.count == 1)
        #expect(found.first.map { slice(text, $0) } == "He told me, ‘Never give up,’ and I never did")
        #expect(found.first?.speaker == "Gustavo Petro")
        let mixed = #"Caddell continued: "I read the question: “Are you worried?” Most said no.""#
        #expect(quotes(mixed).count == 1)
        #expect(quotes(mixed).first?.speaker == "Caddell")
    }

    @Test("Partial quotes inside reported speech are kept, flagged partial, with the speaker")
    func partial() {
        let text = "For months, Trump described Petro in blunt terms, calling him a “sick man” and an “illegal drug leader”."
        let found = quotes(text)
        #expect(found.map { slice(text, $0) } == ["sick man", "illegal drug leader"])
        #expect(found.allSatisfy { $0.isPartial && $0.speaker == "Donald Trump" && $0.cue == "calling" })
        // A partial quote before a sentence-final attribution.
        let final = quotes("A cashier who “steals a handful of bills” is punished, Warren said.", "2016-09-20")
        #expect(final.first?.isPartial == true)
        #expect(final.first?.speaker?.contains("Warren") == true)
    }

    @Test("Bad input: unbalanced marks, a mark at the end, 10,000 marks")
    func badInput() {
        #expect(quotes(#"He said ""#).isEmpty)
        #expect(quotes("”").isEmpty)
        #expect(quotes("“").isEmpty)
        #expect(quotes(String(repeating: "“", count: 10_000)).isEmpty)
        #expect(quotes(String(repeating: "\" ", count: 10_000)).isEmpty)
        #expect(quotes("It’s the ’90s, the leaders’ era, rock ’n’ roll.").isEmpty)
        let many = quotes(String(repeating: "“Yes,” he said. ", count: 500))
        #expect(many.count == 500)
        #expect(many.allSatisfy { $0.speaker == nil && $0.cue == "said" })
    }

    @Test("The seed article: every quote found, with its speaker")
    func seed() throws {
        guard let text = Fixtures.shared("seed/trump-petro-detente.txt") else { return }
        let found = Fixtures.analyze(text, date: CalendarDate(iso: "2026-02-04")).quotes
        let expected: [(String, String)] = [
            ("It’s a meeting between two equals", "Petro"), ("I thought it was terrific", "Trump"), ("Gustavo", "Trump"),
            ("Can someone tell me", "Petro"), ("I don’t understand much English", "Petro"),
            ("He and I weren’t exactly", "Trump"), ("I didn’t know him at all", "Trump"),
        ]
        for (start, speaker) in expected {
            let q = try #require(found.first { slice(text, $0).hasPrefix(start) })
            #expect(q.speaker?.contains(speaker) == true, "\(start)")
            #expect(q.isPartial == false)
        }
    }
}
