public import DetenteCore
import Foundation
import GRDB

/// The embedded store: one SQLite file through GRDB, in WAL mode, schema by migrations.
public struct SQLiteStore: EventStore {
    private let queue: DatabaseQueue
    public let path: String

    /// Opens (creating if needed) the database at `path`, running pending migrations.
    public init(path: String) throws {
        self.path = path
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch {
            throw StoreError(database: path, message: "cannot open: \(error)")
        }
    }

    /// The default database file: `$DETENTE_DB`, else `$XDG_DATA_HOME/detente/detente.sqlite`,
    /// else `~/.local/share/detente/detente.sqlite`.
    public static var defaultPath: String {
        let env = ProcessInfo.processInfo.environment
        if let path = env["DETENTE_DB"], !path.isEmpty { return path }
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
        return base + "/detente/detente.sqlite"
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, events, mentions") { db in
            for statement in StoreSchema.version1 { try db.execute(sql: statement) }
        }
        return migrator
    }

    public func store(_ article: StoredArticle) async throws -> StoreOutcome {
        do {
            return try await queue.write { db in
                if let existing = try String.fetchOne(db, sql: "SELECT key FROM article WHERE content_hash = ?", arguments: [article.contentHash]) {
                    return .duplicate(of: existing)
                }
                try db.execute(sql: "INSERT INTO article (key, content_hash, title, source, url, published, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [article.key, article.contentHash, article.title, article.source, article.url, article.published,
                                           ISO8601DateFormatter().string(from: Date())])
                let articleID = db.lastInsertedRowID
                var new = 0, merged = 0
                for e in article.events {
                    guard let target = e.target else { continue }
                    let key = StoredEvent.key(source: e.source, target: target, code: e.code, date: e.date, article: article.key)
                    let eventID: Int64
                    if let id = try Int64.fetchOne(db, sql: "SELECT id FROM event WHERE dedup_key = ?", arguments: [key]) {
                        eventID = id
                        merged += 1
                    } else {
                        try db.execute(sql: """
                            INSERT INTO event (dedup_key, source, target, code, root, quad_class, goldstein, plover, plover_mode, date)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """, arguments: [key, e.source, target, e.code, e.root, e.quadClass, e.goldstein, e.plover, e.ploverMode, e.date])
                        eventID = db.lastInsertedRowID
                        new += 1
                    }
                    try db.execute(sql: """
                        INSERT INTO mention (event_id, article_id, sentence, evidence, start_offset, end_offset, date_source, source_text, target_text)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [eventID, articleID, e.sentence, e.evidence, e.span.start, e.span.end, e.dateSource?.rawValue, e.sourceText, e.targetText])
                }
                return .added(newEvents: new, mergedEvents: merged)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(database: path, message: "cannot store \(article.key): \(error)")
        }
    }

    public func events(from: String?, to: String?) async throws -> [StoredEvent] {
        do {
            return try await queue.read { db in
                var sql = """
                    SELECT e.id, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.date,
                           a.key, a.title, a.source, a.url, m.sentence, m.evidence, m.date_source
                    FROM event e JOIN mention m ON m.event_id = e.id JOIN article a ON a.id = m.article_id
                    """
                var conditions: [String] = [], arguments: [(any DatabaseValueConvertible)?] = []
                if let from { conditions.append("e.date >= ?"); arguments.append(from) }
                if let to { conditions.append("substr(e.date, 1, \(to.count)) <= ?"); arguments.append(to) }
                if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
                sql += " ORDER BY e.date, e.id, a.id, m.sentence"
                var out: [StoredEvent] = []
                var lastID: Int64?
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
                    let id: Int64 = row[0]
                    let mention = StoredEvent.Mention(article: row[10], title: row[11], source: row[12], url: row[13], sentence: row[14],
                                                      evidence: row[15], dateSource: row[16])
                    if id == lastID, !out.isEmpty { out[out.count - 1].mentions.append(mention); continue }
                    lastID = id
                    out.append(StoredEvent(source: row[1], target: row[2], code: row[3], root: row[4], quadClass: row[5], goldstein: row[6],
                                           plover: row[7], ploverMode: row[8], date: row[9], mentions: [mention]))
                }
                return out
            }
        } catch {
            throw StoreError(database: path, message: "cannot read events: \(error)")
        }
    }

    public func counts() async throws -> (articles: Int, events: Int) {
        do {
            return try await queue.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0)
            }
        } catch {
            throw StoreError(database: path, message: "cannot count: \(error)")
        }
    }

    /// SQLite's own consistency check ("ok" when sound).
    public func integrityCheck() throws -> String {
        try queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}
