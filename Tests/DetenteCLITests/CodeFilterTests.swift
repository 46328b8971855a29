import Foundation
import Testing
@testable import DetenteCLI
@testable import DetenteCore

@Suite("detente code filter")
struct CodeFilterTests {
    static let filter: CodeFilter = {
        do { return CodeFilter(pipeline: try Pipeline.builtIn(), annotations: true) } catch { fatalError("\(error)") }
    }()

    func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("A good line gives the record with sentence spans")
    func good() throws {
        let text = "Mexico agreed on Saturday to send troops. Trump welcomed it."
        let out = try object(Self.filter.process(#"{"id":"d01","date":"2025-02-02","text":"\#(text)"}"#, number: 1))
        #expect(out["id"] as? String == "d01")
        // "it" is Mexico: Trump's welcome is the one event (051, dated by the sentence before).
        let events = try #require(out["events"] as? [[String: Any]])
        #expect(events.map { "\($0["source"] ?? "")>\($0["target"] ?? ""):\($0["code"] ?? "")" } == ["USAGOV>MEX:051"])
        #expect((out["quotes"] as? [Any])?.isEmpty == true)
        #expect((out["errors"] as? [Any])?.isEmpty == true)
        #expect(out["actors"] is [Any] && out["times"] is [Any])
        let sentences = try #require(out["sentences"] as? [[String: Any]])
        #expect(sentences.count == 2)
        #expect(sentences[1]["start"] as? Int == 42)
        #expect(sentences[1]["end"] as? Int == 60)
        #expect(sentences[1]["text"] as? String == "Trump welcomed it.")
    }

    @Test("Time expressions come with offsets, type and TimeML value")
    func times() throws {
        let out = try object(Self.filter.process(#"{"id":"t","date":"2026-02-04","text":"They met on Tuesday for two hours."}"#, number: 1))
        let times = try #require(out["times"] as? [[String: Any]])
        #expect(times.count == 2)
        #expect(times[0]["text"] as? String == "Tuesday")
        #expect(times[0]["start"] as? Int == 12 && times[0]["end"] as? Int == 19)
        #expect(times[0]["type"] as? String == "DATE" && times[0]["value"] as? String == "2026-02-03")
        #expect(times[1]["type"] as? String == "DURATION" && times[1]["value"] as? String == "PT2H")
    }

    @Test("Without --annotations there are no annotation lists")
    func plain() throws {
        var filter = Self.filter
        filter.annotations = false
        let out = try object(filter.process(#"{"id":"x","text":"Hello there."}"#, number: 1))
        #expect(out["sentences"] == nil)
        #expect(out["id"] as? String == "x")
    }

    @Test("Bad and empty lines give a line error", arguments: [
        ("{not json", "not valid JSON"),
        ("", "empty line"),
        ("   ", "empty line"),
        (#"{"id":"q"}"#, "missing \"text\""),
        (#"{"text":null}"#, "\"text\" must be a string"),
        (#""just a string""#, "expected a JSON object"),
    ])
    func bad(line: String, message: String) throws {
        let out = try object(Self.filter.process(line, number: 7))
        #expect(out["line"] as? Int == 7)
        #expect((out["error"] as? String)?.contains(message) == true, "\(out)")
    }

    @Test("Output escapes control characters and keeps Unicode")
    func escaping() throws {
        let out = try object(Self.filter.process(#"{"id":"e","text":"Petro said \"no\".\tNicolás\u0001 left."}"#, number: 1))
        let sentences = try #require(out["sentences"] as? [[String: Any]])
        #expect((sentences.first?["text"] as? String)?.contains("\"no\"") == true)
    }

    @Test("Quotes carry speaker, speaker code, text without marks, code-point offsets, cue and the partial flag")
    func quotes() throws {
        // "é" and the curly marks are one code point each but several UTF-8 bytes.
        let text = #"Petro met Trump in Washington, D.C. on Tuesday. “C’est réglé,” Petro said, calling it a “good start”."#
        let line = #"{"id":"q1","date":"2026-02-04","text":"\#(text)"}"#
        let out = try object(Self.filter.process(line, number: 1))
        let quotes = try #require(out["quotes"] as? [[String: Any]])
        #expect(quotes.count == 2)
        let scalars = Array(text.unicodeScalars)
        func slice(_ q: [String: Any]) -> String? {
            guard let start = q["start"] as? Int, let end = q["end"] as? Int, start >= 0, start <= end, end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        let full = try #require(quotes.first)
        #expect(full["text"] as? String == "C’est réglé")
        #expect(slice(full) == "C’est réglé")
        #expect(full["speaker"] as? String == "Gustavo Petro")
        #expect(full["speaker_code"] as? String == "COLGOV")
        #expect(full["cue"] as? String == "said")
        #expect(full["partial"] as? Bool == false)
        let partial = quotes[1]
        #expect(partial["text"] as? String == "good start")
        #expect(slice(partial) == "good start")
        #expect(partial["speaker"] as? String == "Gustavo Petro")
        #expect(partial["cue"] as? String == "calling")
        #expect(partial["partial"] as? Bool == true)
        // An unattributed quote keeps its keys, with nulls.
        let bare = try object(Self.filter.process(#"{"id":"q2","text":"The sign read: \"Closed.\" Nobody came."}"#, number: 1))
        let first = try #require((bare["quotes"] as? [Any])?.first as? [String: Any])
        #expect(Set(first.keys).isSuperset(of: ["speaker", "speaker_code", "text", "start", "end", "cue", "partial"]))
        #expect(first["text"] as? String == "Closed.")
    }

    @Test("The dev set gives one valid line per input line, in order")
    func devSet() throws {
        guard let gold = Fixtures.shared("eval/dev-events.jsonl") else { return }
        let lines = gold.split(separator: "\n")
        #expect(lines.count == 40)
        for (n, line) in lines.enumerated() {
            let out = try object(Self.filter.process(String(line), number: n + 1))
            let input = try object(String(line))
            #expect(out["id"] as? String == input["id"] as? String)
            #expect(((out["sentences"] as? [Any])?.count ?? 0) >= 1)
        }
    }
}

enum Fixtures {
    static func shared(_ path: String) -> String? {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
