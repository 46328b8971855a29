/// What is known about an article besides its body: read from its layout lines, from a JSONL
/// record's fields, or given on the command line.
public struct ArticleMetadata: Sendable, Hashable {
    /// The record's identifier (the JSONL `id`, or the file name).
    public var id: String
    public var title: String?
    /// The section-tags line above the headline ("Latin America Politics USA").
    public var sections: String?
    /// The wire or outlet the story is credited to ("Reuters").
    public var source: String?
    /// The byline ("Wyoming Star Staff").
    public var byline: String?
    public var url: String?
    /// The publication date, the anchor of every relative time expression.
    public var publicationDate: CalendarDate?

    public init(id: String, title: String? = nil, sections: String? = nil, source: String? = nil,
                byline: String? = nil, url: String? = nil, publicationDate: CalendarDate? = nil) {
        self.id = id
        self.title = title
        self.sections = sections
        self.source = source
        self.byline = byline
        self.url = url
        self.publicationDate = publicationDate
    }
}
