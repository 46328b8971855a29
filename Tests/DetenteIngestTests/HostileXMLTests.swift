import Foundation
import Testing
import DetenteCore
@testable import DetenteIngest

/// Feeds and pages that attack the XML parser: entity expansion, external entities, nesting.
@Suite("Hostile XML")
struct HostileXMLTests {
    func feed(doctype: String, description: String) -> Data {
        Data("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [\(doctype)]>
        <rss version="2.0"><channel><title>T</title>
        <item><title>Item</title><link>https://x.example/1</link><description>\(description)</description></item>
        </channel></rss>
        """.utf8)
    }

    @Test("Billion laughs: refused with libxml2's line and reason, quickly and without expanding")
    func billionLaughs() throws {
        var doctype = "<!ENTITY lol \"lol\">"
        for i in 1...9 { doctype += "<!ENTITY lol\(i) \"" + String(repeating: i == 1 ? "&lol;" : "&lol\(i - 1);", count: 10) + "\">" }
        let data = feed(doctype: doctype, description: "Iran threatened Israel. &lol9;")
        #expect {
            try FeedReader().read(data, origin: "laughs.xml")
        } throws: { error in
            let message = String(describing: error)
            return message.hasPrefix("laughs.xml: refused: line ") && message.contains("entity reference loop")
        }
    }

    @Test("An entity used many times (quadratic blow-up) is dropped, not expanded")
    func quadratic() throws {
        let doctype = "<!ENTITY a \"" + String(repeating: "A", count: 50_000) + "\">"
        let data = feed(doctype: doctype, description: "Iran threatened Israel. " + String(repeating: "&a;", count: 5_000))
        let items = try FeedReader(minimumTextLength: 0).read(data, origin: "quadratic.xml").items
        #expect(items.count == 1 && items[0].text.utf8.count < 1_000 && items[0].text.contains("Iran threatened Israel."))
    }

    @Test("External entities are never loaded: no file contents, no network")
    func externalEntity() throws {
        let doctype = "<!ENTITY file SYSTEM \"file:///etc/hostname\"><!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">"
        let data = feed(doctype: doctype, description: "Iran threatened Israel. [&file;] [&net;]")
        let text = try FeedReader(minimumTextLength: 0).read(data, origin: "xxe.xml").items.first?.text ?? ""
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "\u{0}"
        #expect(text.contains("Iran threatened Israel.") && !text.contains(hostname))
    }

    @Test("A feed nested deeper than libxml2's limit is refused with the reason")
    func deepFeed() throws {
        let data = Data(("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>" + String(repeating: "<b>", count: 5_000)
                         + "Iran threatened Israel.</description></item></channel></rss>").utf8)
        #expect {
            try FeedReader().read(data, origin: "deep.xml")
        } throws: { error in String(describing: error).contains("Excessive depth") }
    }

    @Test("JSONL streams: a bad line, an over-long line and invalid UTF-8 are errors with their line; the rest are items")
    func jsonlStream() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("detente-stream-\(UUID().uuidString).jsonl").path
        var bytes = Array("{\"id\": \"a\", \"text\": \"Iran threatened Israel.\"}\n{broken\n".utf8)
        bytes += Array("{\"text\": \"".utf8) + [UInt8](repeating: 0x61, count: 300) + Array("\"}\n".utf8)
        bytes += [0x7B, 0xFF, 0x7D, 0x0A] + Array("\n{\"text\": \"Chile recalled its envoy.\"}".utf8)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let elements = Array(JSONLStream(path: path, limits: InputLimits(maxLineBytes: 200)))
        let items = elements.compactMap { if case .item(let item) = $0 { item } else { nil } }
        let errors = elements.compactMap { if case .error(let error) = $0 { error } else { nil } }
        #expect(items.map(\.input.metadata.id) == ["a", "\((path as NSString).lastPathComponent):6"])
        #expect(errors.map(\.line) == [2, 3, 4])
        #expect(errors[1].message.hasPrefix("line is 312 bytes, over the 200 bytes limit"))
        #expect(errors[2].message.hasPrefix("not UTF-8: invalid byte 0xFF"))
        let missing = Array(JSONLStream(path: path + ".missing"))
        if case .error(let error)? = missing.first { #expect(error.message.hasPrefix("cannot be read")) } else { Issue.record("no error") }
    }
}
