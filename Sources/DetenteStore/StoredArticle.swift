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
    /// The article's text as given (kept so its page can show it annotated).
    public var text: String
    public var quotes: [StoredQuote]

    public init(key: String, contentHash: String, title: String?, source: String?, url: String?, published: String?, events: [Event],
                text: String = "", quotes: [StoredQuote] = []) {
        self.key = key
        self.contentHash = contentHash
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.events = events
        self.text = text
        self.quotes = quotes
    }

    /// The stored form of an analysed document.
    public init(_ document: Document, key: String, contentHash: String) {
        self.init(key: key, contentHash: contentHash, title: document.metadata.title, source: document.metadata.source,
                  url: document.metadata.url, published: document.metadata.publicationDate?.description, events: document.events,
                  text: document.text,
                  quotes: document.quotes.map { q in
                      StoredQuote(article: key, speaker: q.speaker, speakerCode: q.speakerCode, text: document.text(q.bytes), cue: q.cue,
                                  partial: q.isPartial, start: q.span.start, end: q.span.end)
                  })
    }
}

/// A quotation as the store keeps it.
public struct StoredQuote: Sendable, Hashable, Codable {
    public var article: String
    public var speaker: String?
    public var speakerCode: String?
    public var text: String
    public var cue: String?
    public var partial: Bool
    public var start: Int
    public var end: Int

    public init(article: String, speaker: String?, speakerCode: String?, text: String, cue: String?, partial: Bool, start: Int, end: Int) {
        self.article = article
        self.speaker = speaker
        self.speakerCode = speakerCode
        self.text = text
        self.cue = cue
        self.partial = partial
        self.start = start
        self.end = end
    }
}

/// A stored article's record: its number in the store, metadata, text and counts.
public struct ArticleRecord: Sendable, Hashable, Codable {
    public var id: Int64
    public var key: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: String?
    public var events: Int
    public var text: String?
}
