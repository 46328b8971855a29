import Testing
@testable import DetenteCore

@Suite("Offsets")
struct OffsetTests {
    /// Python-style slicing by code points must reproduce every token, sentence and paragraph.
    func checkRoundTrip(_ text: String) {
        let document = Fixtures.analyze(text)
        let scalars = Array(text.unicodeScalars)
        func slice(_ span: TextSpan) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[span.start..<span.end])
            return String(s)
        }
        for token in document.tokens {
            #expect(slice(token.span) == document.text(of: token))
        }
        for sentence in document.sentences {
            #expect(slice(sentence.span) == document.text(of: sentence))
        }
        for paragraph in document.paragraphs {
            #expect(slice(paragraph.span) == document.text(of: paragraph))
        }
        for time in document.times {
            #expect(slice(time.span) == document.text(time.bytes))
        }
        for line in document.layoutLines {
            #expect(slice(line.span) == document.text(line.bytes))
        }
    }

    @Test("Seed and examples round-trip")
    func articles() throws {
        if let seed = Fixtures.shared("seed/trump-petro-detente.txt") { checkRoundTrip(seed) }
        checkRoundTrip(try Fixtures.example("us-mexico-tariff-truce.txt"))
        checkRoundTrip(try Fixtures.example("india-pakistan-ceasefire.txt"))
    }

    @Test("Accents, emoji, combining marks, right-to-left text and CRLF round-trip")
    func unicode() {
        checkRoundTrip("Nicolás 🇻🇪 met on 1957-58 and on Tuesday, 26 January 2025. Two days later Erdoğan left.")
        checkRoundTrip("Nicolás Maduro 🇻🇪 met Erdoğan.\r\nThe cafe\u{301} closed. «C’est fini», dit-il. الرئيس قال. 東京 visit\u{A0}ended.")
    }

    @Test("Spans are code points, not UTF-16 units or bytes")
    func codePoints() {
        let document = Fixtures.analyze("🇨🇴 Petro spoke.")
        let petro = document.tokens.first { document.text(of: $0) == "Petro" }
        #expect(petro?.span == TextSpan(start: 3, end: 8))
    }
}
