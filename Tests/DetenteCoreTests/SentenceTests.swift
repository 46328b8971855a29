import Testing
@testable import DetenteCore

@Suite("Sentences and tokens")
struct SentenceTests {
    @Test("Abbreviations, titles, months and initials do not end sentences")
    func abbreviations() {
        #expect(Fixtures.sentences("Gen. Smith met U.S. officials on Jan. 5 in Washington. They agreed.").count == 2)
        #expect(Fixtures.sentences("Dr. Jane Roe and Lt. Col. J. R. Smith spoke at the U.N. Security Council.").count == 1)
        #expect(Fixtures.sentences("The peso rose 2.5 percent on Tuesday. It fell 0.7 percent later.").count == 2)
        #expect(Fixtures.sentences("Talks were held in Washington, D.C. on Friday.").count == 1)
    }

    @Test("An abbreviation ends a sentence before a sentence-opening word")
    func abbreviationAtEnd() {
        let sentences = Fixtures.sentences("Petro criticised the U.S. The White House did not answer.")
        #expect(sentences == ["Petro criticised the U.S.", "The White House did not answer."])
    }

    @Test("Quotations: attribution after ?” and !” stays in the sentence; sentences inside quotes split")
    func quotations() {
        #expect(Fixtures.sentences("“Is that fair?” Sheinbaum asked. “No.”") == ["“Is that fair?” Sheinbaum asked.", "“No.”"])
        #expect(Fixtures.sentences("“Enough!” said Rubio.").count == 1)
        #expect(Fixtures.sentences("“I thought it was terrific,” he said.").count == 1)
        #expect(Fixtures.sentences("“He didn’t change. Neither did I. But why?” Petro said.").count == 3)
        #expect(Fixtures.sentences("He said \"we will see.\" Then he left.").count == 2)
    }

    @Test("Tokens: clitics split, acronyms, numbers and dates kept whole")
    func tokens() {
        let document = Fixtures.analyze("Trump’s U.S. team didn’t pay $10,000 on 1/26/2025 or 2025-01-26; the leaders’ pro-Palestinian O'Brien can't.")
        let words = document.tokens.map { document.text(of: $0) }
        #expect(words == ["Trump", "’s", "U.S.", "team", "did", "n’t", "pay", "$", "10,000", "on", "1/26/2025", "or", "2025-01-26", ";",
                          "the", "leaders", "’", "pro-Palestinian", "O'Brien", "ca", "n't", "."])
    }

    @Test("Long and odd input does not break the splitter")
    func odd() {
        #expect(Fixtures.sentences(String(repeating: "a", count: 100_000)).count == 1)
        #expect(Fixtures.sentences("“Unbalanced quote. (Open bracket. ”").count == 2)
        #expect(Fixtures.sentences("...").count == 1)
        #expect(Fixtures.sentences("\u{0}\u{1} NUL. Next.").count == 2)
    }
}
