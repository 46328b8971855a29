import Foundation
import Testing
@testable import DetenteCLI
import DetenteCore
import DetenteStore

@Suite("Store commands", .serialized)
struct StoreCommandTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("detente-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `detente` binary built beside the test runner.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("detente")
    }

    @Test("ingest then dyad: the seed's USA–COL détente from the 2026-01-07 call; ingesting again adds nothing")
    func ingestAndDyad() async throws {
        let seed = Self.repository.deletingLastPathComponent().appendingPathComponent("shared/seed/trump-petro-detente.txt").path
        let examples = Self.repository.appendingPathComponent("Examples").path
        let db = try Self.temporaryFolder().appendingPathComponent("d.sqlite").path
        try await IngestCommand.parse([examples, seed, "--db", db, "--quiet"]).run()
        let store = try SQLiteStore(path: db)
        let first = try await store.counts()
        #expect(first.articles == 3 && first.events > 20)
        try await IngestCommand.parse([seed, examples, "--db", db, "--quiet"]).run()
        let second = try await store.counts()
        #expect(second.articles == first.articles && second.events == first.events)
        let events = try await store.events(from: nil, to: nil)
        let timeline = DyadTimeline(events: events.compactMap(\.dyadEvent), a: "USA", b: "COL", by: .month)
        let report = DyadReport.text(timeline)
        #expect(report.contains("détente from 2026-01-07: mean Goldstein −"))
        #expect(timeline.periods.filter { $0.start.year == 2025 && $0.combined.events > 0 }.allSatisfy { ($0.combined.goldsteinMean ?? 0) < 0 })
        #expect(DyadReport.csv(timeline).split(separator: "\n").count == timeline.periods.count + 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(DyadReport.json(timeline).utf8)) as? [String: Any])
        #expect((json["shifts"] as? [[String: Any]])?.first?["kind"] as? String == "détente")
    }

    @Test("A killed ingest leaves a consistent database, and ingesting again completes it")
    func killedIngest() async throws {
        let folder = try Self.temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let countries = ["Canada", "Mexico", "Brazil", "France", "Japan", "India", "Egypt", "Kenya", "Chile", "Spain"]
        for i in 0..<400 {
            let a = countries[i % 10], b = countries[(i % 10 + 1 + (i / 10) % 9) % 10]
            let text = "\(a) condemned \(b) on Monday over article \(i). \(b) accused \(a) of lying on Tuesday.\n"
            try text.write(to: corpus.appendingPathComponent(String(format: "%04d.txt", i)), atomically: true, encoding: .utf8)
        }
        let db = folder.appendingPathComponent("d.sqlite").path
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["ingest", corpus.path, "--db", db, "--date", "2025-06-04", "--quiet"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it mid-run, once some articles are committed.
        var waited = 0
        while waited < 200 {
            try await Task.sleep(nanoseconds: 50_000_000)
            waited += 1
            if let store = try? SQLiteStore(path: db), let c = try? await store.counts(), c.articles >= 20 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let store = try SQLiteStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let partial = try await store.counts()
        #expect(partial.articles >= 1 && partial.articles < 400)
        // Every stored article is whole: both of its events are there.
        let events = try await store.events(from: nil, to: nil)
        var mentionsPerArticle: [String: Int] = [:]
        for e in events { for m in e.mentions { mentionsPerArticle[m.article, default: 0] += 1 } }
        #expect(mentionsPerArticle.count == partial.articles)
        #expect(mentionsPerArticle.values.allSatisfy { $0 == 2 })
        // Again, to the end: nothing twice.
        try await IngestCommand.parse([corpus.path, "--db", db, "--date", "2025-06-04", "--quiet"]).run()
        let full = try await store.counts()
        #expect(full.articles == 400)
        let all = try await store.events(from: nil, to: nil)
        #expect(all.flatMap(\.mentions).count == 800)
    }

    /// A corpus of `count` small articles (two events each, many shared across articles) in a new folder.
    static func corpus(_ count: Int, in folder: URL, offset: Int = 0) throws -> URL {
        let corpus = folder.appendingPathComponent("corpus-\(offset)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let countries = ["Canada", "Mexico", "Brazil", "France", "Japan", "India", "Egypt", "Kenya", "Chile", "Spain"]
        for n in offset..<(offset + count) {
            let a = countries[n % 10], b = countries[(n % 10 + 1 + (n / 10) % 9) % 10]
            let text = "\(a) condemned \(b) on Monday over article \(n). \(b) accused \(a) of lying on Tuesday.\n"
            try text.write(to: corpus.appendingPathComponent(String(format: "%04d.txt", n)), atomically: true, encoding: .utf8)
        }
        return corpus
    }

    @Test("Four ingest processes at once on one SQLite file: every article once, as a serial run stores them")
    func concurrentIngest() async throws {
        let folder = try Self.temporaryFolder()
        let shared = try Self.corpus(150, in: folder)
        let own = try (1...4).map { try Self.corpus(25, in: folder, offset: 1000 * $0) }
        let db = folder.appendingPathComponent("c.sqlite").path
        // Each process ingests the shared corpus and one of its own, so the four race on the same articles and events.
        let processes = try own.enumerated().map { n, mine -> (Process, URL) in
            let process = Process(), log = folder.appendingPathComponent("stderr-\(n).txt")
            FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = Self.binary
            process.arguments = ["ingest", shared.path, mine.path, "--db", db, "--date", "2025-06-04", "--quiet"]
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
            return (process, log)
        }
        for (process, log) in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        }
        let serialDB = folder.appendingPathComponent("s.sqlite").path
        try await IngestCommand.parse([shared.path] + own.map(\.path) + ["--db", serialDB, "--date", "2025-06-04", "--quiet"]).run()
        let store = try SQLiteStore(path: db), serial = try SQLiteStore(path: serialDB)
        #expect(try store.integrityCheck() == "ok")
        let counts = try await store.counts(), expected = try await serial.counts()
        #expect(counts.articles == 250 && counts.articles == expected.articles && counts.events == expected.events)
        let mentions = try await store.events(from: nil, to: nil).flatMap(\.mentions)
        #expect(mentions.count == 500 && Set(mentions.map(\.article)).count == 250)
    }
}
