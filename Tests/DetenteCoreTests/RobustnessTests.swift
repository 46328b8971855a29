import Foundation
import Testing
@testable import DetenteCore

/// Hostile and odd input for the core: the line reader, byte checks, and the pipeline on text
/// that is long, unpunctuated, unbalanced or in other scripts. Each must give a sane result.
@Suite("Robustness")
struct RobustnessTests {
    static let pipeline: Pipeline? = try? Pipeline.builtIn()

    /// The lines a `LineReader` hands out for these bytes, written through a pipe.
    func lines(_ bytes: [UInt8], maxLineBytes: Int = 100) throws -> [LineReader.Line] {
        let pipe = Pipe()
        let writer = Thread { pipe.fileHandleForWriting.write(Data(bytes)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        var reader = LineReader(descriptor: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: maxLineBytes)
        var out: [LineReader.Line] = []
        while let line = reader.next() { out.append(line) }
        return out
    }

    @Test("Lines: CRLF, a last line without newline, invalid UTF-8 with its byte, an over-long line skipped")
    func lineReader() throws {
        var bytes = Array("first\r\nsecond\n".utf8)
        bytes += [0x61, 0x62, 0xC3, 0x28, 0x0A]                     // "ab", a broken two-byte sequence
        bytes += Array(String(repeating: "x", count: 250).utf8) + [0x0A]
        bytes += Array("after\nlast".utf8)
        let got = try lines(bytes)
        #expect(got.count == 6)
        #expect(got[0] == .text("first", number: 1) && got[1] == .text("second", number: 2))
        #expect(got[2] == .problem("not UTF-8: invalid byte 0xC3 at byte 3 of the line", number: 3))
        if case .problem(let message, 4) = got[3] { #expect(message.hasPrefix("line is 250 bytes, over the 100 bytes limit")) } else { Issue.record("\(got[3])") }
        #expect(got[4] == .text("after", number: 5) && got[5] == .text("last", number: 6))
        #expect(try lines([]).isEmpty)
    }

    @Test("An over-long line is skipped in chunks, never held whole")
    func longLine() throws {
        let big = [UInt8](repeating: 0x61, count: 3 << 20) + [0x0A] + Array("{}".utf8)
        let got = try lines(big, maxLineBytes: 1 << 16)
        #expect(got.count == 2 && got[1] == .text("{}", number: 2))
    }

    @Test("Bytes: binary detection, Windows-1252 fallback naming the first bad byte")
    func bytes() {
        #expect(InputBytes.isBinary([0x50, 0x00, 0x41]))
        #expect(!InputBytes.isBinary(Array("Plain text\n\twith tabs".utf8)))
        let (text, note) = InputBytes.decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94])
        #expect(text == "Café “q”" && note == "not UTF-8 (byte offset 3); read as Windows-1252")
        #expect(InputBytes.decode(Array("\u{FEFF}ok".utf8)).text == "ok")
        #expect(InputLimits(maxArticleBytes: 4).articleProblem("hello") == "article text is 5 bytes, over the 4 bytes limit (--max-article-bytes)")
    }

    @Test("Odd text: every stage finishes with offsets inside the text", arguments: [
        String(repeating: "Iran (said ", count: 3000) + "it would attack Israel.",       // one 9,000-token sentence
        String(repeating: "President ", count: 3000) + "Trump met Putin.",
        "Iran said \" it would \" talk " + String(repeating: "\"", count: 5000) + " to Israel.",
        "Iran threatened " + String(repeating: "a", count: 200_000) + " Israel.",
        "إيران هددت إسرائيل. Iran threatened Israel \u{202E}with strikes\u{202C}. Cafe\u{301} talks: Iran met Turkey" + String(repeating: "\u{301}", count: 2000) + ".",
        "Nul \u{0} byte. France condemned Russia \u{0} on Monday.",
        String(repeating: "Iran.", count: 20_000),
        String(repeating: "\n", count: 50_000) + "Iran threatened Israel.",
        "((((((((((Iran)))))))) threatened [[[[Israel",
    ])
    func oddText(_ text: String) throws {
        let pipeline = try #require(Self.pipeline)
        let document = pipeline.analyze(ArticleInput(text: text, metadata: ArticleMetadata(id: "odd", publicationDate: CalendarDate(iso: "2025-06-01"))))
        let length = text.unicodeScalars.count
        #expect(document.sentences.allSatisfy { $0.tokens.count <= 250 })
        for e in document.events { #expect(e.span.start >= 0 && e.span.end <= length && e.span.start <= e.span.end) }
        let json = DocumentJSON.record(document, annotations: true)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
    }

    @Test("A 1,000-token run without punctuation is cut into sentences of at most 250 tokens, at commas where it can")
    func sentenceCap() throws {
        let pipeline = try #require(Self.pipeline)
        let text = (0..<500).map { "word\($0)" + ($0 % 7 == 6 ? "," : "") }.joined(separator: " ") + " and Iran threatened Israel."
        let document = pipeline.analyze(ArticleInput(text: text, metadata: ArticleMetadata(id: "long")))
        #expect(document.sentences.count >= 3 && document.sentences.allSatisfy { $0.tokens.count <= 250 })
        #expect(document.sentences.dropLast().allSatisfy { document.text(of: document.tokens[$0.tokens.upperBound - 1]) == "," })
        #expect(document.events.map(\.code) == ["130"])
    }
}
