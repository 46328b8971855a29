public import DetenteCore

/// Where analysed articles and their deduplicated events are kept. Each `store` call is one
/// transaction: an interrupted ingest loses nothing it has committed and leaves no half article.
public protocol EventStore: Sendable {
    /// Stores an article and its events, or nothing when an article with the same text is stored.
    func store(_ article: StoredArticle) async throws -> StoreOutcome
    /// Deduplicated events (with their mentions) dated within the bounds, in date order.
    func events(from: String?, to: String?) async throws -> [StoredEvent]
    /// How many articles and (deduplicated) events are stored.
    func counts() async throws -> (articles: Int, events: Int)
    /// Stored articles, newest first (no text).
    func articles(limit: Int, offset: Int) async throws -> [ArticleRecord]
    /// One stored article with its text, by number or by key.
    func article(id: Int64) async throws -> ArticleRecord?
    func articleID(key: String) async throws -> Int64?
    /// Stored quotations, in article order; `speaker` filters by a case-insensitive substring.
    func quotes(speaker: String?, limit: Int, offset: Int) async throws -> [StoredQuote]
}

/// What storing an article did.
public enum StoreOutcome: Sendable, Hashable {
    /// Stored: how many of its events were new to the store and how many joined existing ones.
    case added(newEvents: Int, mergedEvents: Int)
    /// The same text was stored before (under this key).
    case duplicate(of: String)
}

/// A store failure, with the database it concerns.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var database: String
    public var message: String

    public init(database: String, message: String) {
        self.database = database
        self.message = message
    }

    public var description: String { "\(database): \(message)" }
}
