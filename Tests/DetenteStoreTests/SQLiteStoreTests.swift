import Foundation
import Testing
import DetenteCore
@testable import DetenteStore

/// The store contract, run on SQLite (and on PostgreSQL when that trait is built).
@Suite("Event store")
struct SQLiteStoreTests {
    static let pipeline: Pipeline? = try? Pipeline.builtIn()

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("detente-test-\(UUID().uuidString)/store.sqlite").path
    }

    func article(_ key: String, _ text: String, date: String) throws -> StoredArticle {
        let pipeline = try #require(Self.pipeline)
        let document = pipeline.analyze(ArticleInput(text: text, metadata: ArticleMetadata(id: key, publicationDate: CalendarDate(iso: date))))
        return StoredArticle(document, key: key, contentHash: "hash:" + text)
    }

    @Test("Ingesting the same article again adds nothing")
    func idempotent() async throws {
        let store = try SQLiteStore(path: Self.temporaryPath())
        let a = try article("a.txt", "Trump threatened Colombia with sanctions on Sunday.", date: "2025-01-27")
        #expect(try await store.store(a) == .added(newEvents: 1, mergedEvents: 0))
        #expect(try await store.store(a) == .duplicate(of: "a.txt"))
        var copy = a
        copy.key = "elsewhere/a.txt"
        #expect(try await store.store(copy) == .duplicate(of: "a.txt"))
        let counts = try await store.counts()
        #expect(counts.articles == 1 && counts.events == 1)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("One event reported by two articles is one event with two mentions")
    func dedup() async throws {
        let store = try SQLiteStore(path: Self.temporaryPath())
        _ = try await store.store(try article("reuters", "Trump threatened Colombia with sanctions on Sunday.", date: "2025-01-27"))
        let outcome = try await store.store(try article("ap", "On Sunday, President Trump threatened Colombia with sanctions, officials said.", date: "2025-01-27"))
        #expect(outcome == .added(newEvents: 0, mergedEvents: 1))
        let events = try await store.events(from: nil, to: nil)
        #expect(events.count == 1)
        #expect(events.first?.mentions.map(\.article) == ["reuters", "ap"])
        #expect(events.first?.date == "2025-01-26" && events.first?.root == "13")
        #expect(try await store.events(from: "2025-02-01", to: nil).isEmpty)
        #expect(try await store.events(from: nil, to: "2025-01").count == 1)
    }

    @Test("A database that cannot be opened is an error naming it")
    func badPath() {
        #expect(throws: StoreError.self) { try SQLiteStore(path: "/proc/detente/cannot/store.sqlite") }
    }
}
