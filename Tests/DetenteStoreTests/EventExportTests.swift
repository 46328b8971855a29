import Foundation
import Testing
import DetenteCore
@testable import DetenteStore

@Suite("Exports")
struct EventExportTests {
    func storedEvents() async throws -> [StoredEvent] {
        let store = try SQLiteStore(path: SQLiteStoreTests.temporaryPath())
        let pipeline = try #require(SQLiteStoreTests.pipeline)
        for (key, text) in [("a", "Trump threatened Colombia with sanctions on Sunday."),
                            ("b", "On Sunday, Trump threatened Colombia with sanctions, \"a bully\" said."),
                            ("c", "Petro criticised Trump, saying \"no\", on Monday.")] {
            let document = pipeline.analyze(ArticleInput(text: text, metadata: ArticleMetadata(id: key, url: "https://example.org/\(key)", publicationDate: CalendarDate(iso: "2025-01-28"))))
            _ = try await store.store(StoredArticle(document, key: key, contentHash: text))
        }
        return try await store.events(from: nil, to: nil)
    }

    /// RFC 4180 fields of one line.
    func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false, chars = Array(line), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true } else if c == "," { fields.append(field); field = "" } else { field.append(c) }
            i += 1
        }
        fields.append(field)
        return fields
    }

    @Test("Every format reads back: CSV, JSON lines, GDELT TSV, PLOVER")
    func readBack() async throws {
        let events = try await storedEvents()
        let threat = try #require(events.first { $0.root == "13" })
        #expect(threat.mentions.count == 2)

        let header = try #require(EventExport.header(.csv))
        let csv = [header] + events.enumerated().map { EventExport.line($1, id: $0 + 1, format: .csv) }
        let columns = csvFields(Substring(csv[0]))
        for line in csv.dropFirst() { #expect(csvFields(Substring(line)).count == columns.count) }
        let row = Dictionary(uniqueKeysWithValues: zip(columns, csvFields(Substring(csv[1 + (events.firstIndex(of: threat) ?? 0)]))))
        #expect(row["source_party"] == "USA" && row["target_party"] == "COL" && row["root"] == "13" && row["mentions"] == "2" && row["articles"] == "a;b")

        for format in [EventExport.Format.jsonl, .plover] {
            for (i, e) in events.enumerated() {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(EventExport.line(e, id: i + 1, format: format).utf8)) as? [String: Any])
                #expect(object["date"] as? String == e.date)
                if format == .plover {
                    #expect(object["actor"] as? String == e.source && object["recipient"] as? String == e.target)
                    #expect(object["event_type"] as? String == e.plover && object["cameo_code"] as? String == e.code)
                } else {
                    #expect((object["mentions"] as? [[String: Any]])?.count == e.mentions.count)
                }
            }
        }

        let gdelt = EventExport.line(threat, id: 7, format: .gdelt).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(gdelt.count == 20)
        #expect(gdelt[0] == "7" && gdelt[1] == "20250126" && gdelt[2] == "202501" && gdelt[3] == "2025")
        #expect(gdelt[6] == "USA" && gdelt[8] == "COL" && gdelt[12] == "13" && gdelt[13] == "3" && gdelt[15] == "2" && gdelt[17] == "2")
        #expect(gdelt[19] == "https://example.org/a")
    }
}
