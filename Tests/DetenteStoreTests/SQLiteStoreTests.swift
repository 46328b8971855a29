import Synchronization
import Foundation
import Testing
import DetenteCore
@testable import DetenteStore

/// Which store a contract test runs on: SQLite always; PostgreSQL when built with the trait and
/// `DETENTE_TEST_POSTGRES` names a server (`.ci/run` starts one on loopback).
enum StoreKind: String, CustomStringConvertible, CaseIterable, Sendable {
    case sqlite, postgres

    var description: String { rawValue }

    static var available: [StoreKind] {
        #if PostgreSQL
        if ProcessInfo.processInfo.environment["DETENTE_TEST_POSTGRES"] != nil { return [.sqlite, .postgres] }
        #endif
        return [.sqlite]
    }

    /// `count` handles on one fresh, empty database, each with its own connections: separate workers.
    func makeShared(_ count: Int) async throws -> [any EventStore] {
        switch self {
        case .sqlite:
            let path = SQLiteStoreTests.temporaryPath()
            return try (0..<count).map { _ in try SQLiteStore(path: path) }
        case .postgres:
            #if PostgreSQL
            let server = ProcessInfo.processInfo.environment["DETENTE_TEST_POSTGRES"] ?? ""
            let name = "detente_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let url = try await PostgresStore.createDatabase(named: name, serverURL: server)
            return try (0..<count).map { _ in try PostgresStore(url: url) }
            #else
            throw StoreError(database: "postgres", message: "built without the PostgreSQL trait")
            #endif
        }
    }

    /// A fresh, empty store.
    func make() async throws -> any EventStore {
        switch self {
        case .sqlite: return try SQLiteStore(path: SQLiteStoreTests.temporaryPath())
        case .postgres:
            #if PostgreSQL
            let server = ProcessInfo.processInfo.environment["DETENTE_TEST_POSTGRES"] ?? ""
            let name = "detente_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            return try PostgresStore(url: try await PostgresStore.createDatabase(named: name, serverURL: server))
            #else
            throw StoreError(database: "postgres", message: "built without the PostgreSQL trait")
            #endif
        }
    }
}

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

    @Test("Ingesting the same article again adds nothing", arguments: StoreKind.available)
    func idempotent(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let a = try article("a.txt", "Trump threatened Colombia with sanctions on Sunday.", date: "2025-01-27")
        #expect(try await store.store(a) == .added(newEvents: 1, mergedEvents: 0))
        #expect(try await store.store(a) == .duplicate(of: "a.txt"))
        var copy = a
        copy.key = "elsewhere/a.txt"
        #expect(try await store.store(copy) == .duplicate(of: "a.txt"))
        let counts = try await store.counts()
        #expect(counts.articles == 1 && counts.events == 1)
        if let sqlite = store as? SQLiteStore { #expect(try sqlite.integrityCheck() == "ok") }
    }

    @Test("One event reported by two articles is one event with two mentions", arguments: StoreKind.available)
    func dedup(_ kind: StoreKind) async throws {
        let store = try await kind.make()
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

    @Test("Articles keep their text and quotes", arguments: StoreKind.available)
    func articlesAndQuotes(_ kind: StoreKind) async throws {
        let store = try await kind.make()
        let text = "“We will not be bullied,” Petro said on Monday. Trump threatened Colombia with sanctions on Sunday."
        _ = try await store.store(try article("q.txt", text, date: "2025-01-27"))
        let id = try #require(try await store.articleID(key: "q.txt"))
        let record = try #require(try await store.article(id: id))
        #expect(record.text == text && record.events == 1 && record.key == "q.txt")
        #expect(try await store.articles(limit: 10, offset: 0).map(\.key) == ["q.txt"])
        let quotes = try await store.quotes(speaker: "petro", limit: 10, offset: 0)
        #expect(quotes.map(\.text) == ["We will not be bullied,"] || quotes.map(\.text) == ["We will not be bullied"])
        #expect(quotes.first?.speakerCode == "COLGOV")
        #expect(try await store.quotes(speaker: "nobody", limit: 10, offset: 0).isEmpty)
        #expect(try await store.article(id: id + 100) == nil)
    }

    @Test("Concurrent writers on one database lose no article and store none twice", arguments: StoreKind.available)
    func concurrentWriters(_ kind: StoreKind) async throws {
        let countries = ["Canada", "Mexico", "Brazil", "France", "Japan", "India", "Egypt", "Kenya"]
        // 120 articles; many report the same dated events, so the writers also race on event keys.
        let articles = try (0..<120).map { i in
            let a = countries[i % 8], b = countries[(i / 8 + i + 1) % 8 == i % 8 ? (i + 2) % 8 : (i / 8 + i + 1) % 8]
            return try article("a\(i).txt", "\(a) condemned \(b) on Monday. \(b) accused \(a) of lying on Tuesday. Story \(i).", date: "2025-06-04")
        }
        let serial = try await kind.make()
        for a in articles { _ = try await serial.store(a) }
        let expected = try await serial.counts()
        let expectedMentions = try await serial.events(from: nil, to: nil).flatMap(\.mentions).count

        let workers = try await kind.makeShared(4)
        let outcomes = try await withThrowingTaskGroup(of: [StoreOutcome].self) { group in
            for (w, store) in workers.enumerated() {
                let order = Array(articles[(w * 30)...] + articles[..<(w * 30)])  // each starts elsewhere, all overlap
                group.addTask { var out: [StoreOutcome] = []; for a in order { out.append(try await store.store(a)) }; return out }
            }
            var all: [StoreOutcome] = []
            for try await part in group { all += part }
            return all
        }
        let added = outcomes.filter { if case .added = $0 { true } else { false } }.count
        #expect(added == 120 && outcomes.count == 480)
        let counts = try await workers[0].counts()
        #expect(counts.articles == expected.articles && counts.events == expected.events)
        #expect(try await workers[0].events(from: nil, to: nil).flatMap(\.mentions).count == expectedMentions)
        if let sqlite = workers[0] as? SQLiteStore { #expect(try sqlite.integrityCheck() == "ok") }
    }

    @Test("Many connections opening one new file at once all migrate it, none fails")
    func concurrentFirstOpen() throws {
        for _ in 0..<40 {
            let path = Self.temporaryPath()
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do { _ = try SQLiteStore(path: path) } catch { failures.withLock { $0.append("\(error)") } }
            }
            #expect(failures.withLock { $0 } == [])
            let store = try SQLiteStore(path: path)
            #expect(try store.integrityCheck() == "ok")
        }
    }

    @Test("A database that cannot be opened is an error naming it")
    func badPath() {
        #expect(throws: StoreError.self) { try SQLiteStore(path: "/proc/detente/cannot/store.sqlite") }
    }
}
