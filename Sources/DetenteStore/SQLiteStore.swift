public import DetenteCore
import Foundation
import GRDB

/// The embedded store: one SQLite file through GRDB (rollback journal, 60 s busy timeout), schema by migrations.
/// Several processes may write the same file at once: each write is one transaction, and opening migrates safely.
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
            configuration.busyMode = .timeout(60)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrate(queue)
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

    /// Runs pending migrations. GRDB reads which migrations are applied before it opens each migration's
    /// transaction, so two processes opening a new file at once can both try the same migration; the loser's
    /// transaction rolls back whole. It then starts again from what the other applied, and only fails if the
    /// schema is still behind after a few tries (a real error: not a database, read-only, disk full).
    static func migrate(_ queue: DatabaseQueue) throws {
        var attempt = 1
        while true {
            do {
                try migrator.migrate(queue)
                return
            } catch {
                if (try? queue.read({ try migrator.hasCompletedMigrations($0) })) == true { return }
                if attempt == 5 { throw error }
                attempt += 1
            }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, events, mentions") { db in
            for statement in StoreSchema.version1 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2: article text, quotes") { db in
            for statement in StoreSchema.version2 { try db.execute(sql: statement) }
        }
        return migrator
    }

    public func store(_ article: StoredArticle) async throws -> StoreOutcome {
        do {
            return try await queue.write { db in
                if let existing = try String.fetchOne(db, sql: "SELECT key FROM article WHERE content_hash = ?", arguments: [article.contentHash]) {
                    return .duplicate(of: existing)
                }
                try db.execute(sql: "INSERT INTO article (key, content_hash, title, source, url, published, ingested_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [article.key, article.contentHash, article.title, article.source, article.url, article.published,
                                           ISO8601DateFormatter().string(from: Date()), article.text])
                let articleID = db.lastInsertedRowID
                for q in article.quotes {
                    try db.execute(sql: "INSERT INTO quote (article_id, speaker, speaker_code, text, cue, partial, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [articleID, q.speaker, q.speakerCode, q.text, q.cue, q.partial, q.start, q.end])
                }
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
                           a.key, a.title, a.source, a.url, m.sentence, m.evidence, m.date_source, a.id
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
                                                      evidence: row[15], dateSource: row[16], articleID: row[17])
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

    public func articles(limit: Int, offset: Int) async throws -> [ArticleRecord] {
        try await read("articles") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.key, a.title, a.source, a.url, a.published, (SELECT count(*) FROM mention m WHERE m.article_id = a.id)
                FROM article a ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map {
                ArticleRecord(id: $0[0], key: $0[1], title: $0[2], source: $0[3], url: $0[4], published: $0[5], events: $0[6], text: nil)
            }
        }
    }

    public func article(id: Int64) async throws -> ArticleRecord? {
        try await read("article \(id)") { db in
            try Row.fetchOne(db, sql: """
                SELECT a.id, a.key, a.title, a.source, a.url, a.published, (SELECT count(*) FROM mention m WHERE m.article_id = a.id), a.text
                FROM article a WHERE a.id = ?
                """, arguments: [id]).map {
                ArticleRecord(id: $0[0], key: $0[1], title: $0[2], source: $0[3], url: $0[4], published: $0[5], events: $0[6], text: $0[7])
            }
        }
    }

    public func articleID(key: String) async throws -> Int64? {
        try await read("article \(key)") { db in try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE key = ? ORDER BY id LIMIT 1", arguments: [key]) }
    }

    public func quotes(speaker: String?, limit: Int, offset: Int) async throws -> [StoredQuote] {
        try await read("quotes") { db in
            try Row.fetchAll(db, sql: """
                SELECT a.key, q.speaker, q.speaker_code, q.text, q.cue, q.partial, q.start_offset, q.end_offset
                FROM quote q JOIN article a ON a.id = q.article_id
                WHERE ? IS NULL OR lower(q.speaker) LIKE '%' || lower(?) || '%'
                ORDER BY a.id, q.start_offset LIMIT ? OFFSET ?
                """, arguments: [speaker, speaker, limit, offset]).map {
                StoredQuote(article: $0[0], speaker: $0[1], speakerCode: $0[2], text: $0[3], cue: $0[4], partial: $0[5], start: $0[6], end: $0[7])
            }
        }
    }

    private func read<T: Sendable>(_ what: String, _ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do { return try await queue.read(body) } catch {
            throw StoreError(database: path, message: "cannot read \(what): \(error)")
        }
    }

    /// SQLite's own consistency check ("ok" when sound).
    public func integrityCheck() throws -> String {
        try queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}
