public import DetenteCore

/// An analysed article as the store keeps it: its identity (a key naming where it came from and a
/// hash of its normalised text), its metadata, and its coded events.
public struct StoredArticle: Sendable, Hashable {
    /// Where the article came from ("path#record", a URL): unique per source.
    public var key: String
    /// A hash of the article's normalised text: the same text ingested twice is stored once.
    public var contentHash: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: String?
    public var events: [Event]

    public init(key: String, contentHash: String, title: String?, source: String?, url: String?, published: String?, events: [Event]) {
        self.key = key
        self.contentHash = contentHash
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.events = events
    }

    /// The stored form of an analysed document.
    public init(_ document: Document, key: String, contentHash: String) {
        self.init(key: key, contentHash: contentHash, title: document.metadata.title, source: document.metadata.source,
                  url: document.metadata.url, published: document.metadata.publicationDate?.description, events: document.events)
    }
}
