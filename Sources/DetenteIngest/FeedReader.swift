public import DetenteCore
public import Foundation

/// An RSS 2.0 (or RSS 1.0 / RDF) or Atom feed, read with libxml2's recovering XML parser.
public struct Feed: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable { case rss, rdf, atom }

    public var format: Format
    /// The channel's or feed's title (used as the items' source).
    public var title: String?
    public var items: [FeedItem]
}

/// One item (RSS) or entry (Atom) of a feed.
public struct FeedItem: Sendable, Hashable {
    /// The guid (RSS) or id (Atom), else the link.
    public var id: String?
    public var title: String?
    /// The item's page.
    public var link: String?
    /// `pubDate` (RFC 822), `dc:date`, or Atom `published`, else `updated` (ISO 8601).
    public var date: CalendarDate?
    /// The text with HTML stripped, paragraphs separated by blank lines: `content:encoded`, else
    /// Atom `content`, else `description`, else `summary`.
    public var text: String
    /// The text is short (a summary): fetch `link` and extract the page instead.
    public var needsPage: Bool
}

/// Reads RSS and Atom feeds into items.
public struct FeedReader: Sendable {
    /// An item whose text has fewer characters than this (and that has a link) needs its page.
    public var minimumTextLength: Int

    public init(minimumTextLength: Int = 400) {
        self.minimumTextLength = minimumTextLength
    }

    /// Reads a feed. `origin` (path or URL) names it in errors and resolves relative links when it is a URL.
    /// Throws when the bytes are empty, binary, or not an RSS or Atom document.
    public func read(_ data: Data, origin: String) throws(IngestError) -> Feed {
        guard !data.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) else {
            throw IngestError(origin: origin, message: "empty feed")
        }
        guard !InputBytes.isBinary(data) else { throw IngestError(origin: origin, message: "binary content, not a feed") }
        guard let tree = XMLTree.xml(data), let root = tree.root else {
            throw IngestError(origin: origin, message: "not an XML document")
        }
        if let problem = tree.problem {
            throw IngestError(origin: origin, message: "refused: \(problem)")
        }
        let base = URL(string: origin).flatMap { $0.scheme?.hasPrefix("http") == true ? $0 : nil }
        switch root.name {
        case "rss":
            let channel = root.element("channel")
            return Feed(format: .rss, title: channel.flatMap { text(of: $0.element("title")) },
                        items: (channel?.elements ?? []).filter { $0.name == "item" }.map { rssItem($0, base: base) })
        case "rdf":
            let channel = root.element("channel")
            let items = root.elements.filter { $0.name == "item" } + (channel?.elements ?? []).filter { $0.name == "item" }
            return Feed(format: .rdf, title: channel.flatMap { text(of: $0.element("title")) }, items: items.map { rssItem($0, base: base) })
        case "feed":
            return Feed(format: .atom, title: text(of: root.element("title")),
                        items: root.elements.filter { $0.name == "entry" }.map { atomEntry($0, base: base) })
        default:
            throw IngestError(origin: origin, message: "not an RSS or Atom feed (root element <\(root.name)>)")
        }
    }

    /// True when the bytes start like a feed: an `<rss`, `<feed` or `<rdf:RDF` element near the top.
    public static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        guard let start = head.range(of: "<rss") ?? head.range(of: "<feed") ?? head.range(of: "<rdf:rdf") else { return false }
        return head.range(of: "<html").map { start.lowerBound < $0.lowerBound } ?? true
    }

    private func rssItem(_ item: XMLNode, base: URL?) -> FeedItem {
        let link = text(of: item.element("link")).map { resolve($0, base) }
        let guid = text(of: item.element("guid"))
        let date = [item.element("pubdate"), item.elements.first { $0.name == "date" }].lazy
            .compactMap { self.text(of: $0).flatMap(DateText.parse) }.first
        let encoded = item.elements.first { $0.name == "encoded" && $0.prefix == "content" }
        let body = [encoded, item.element("description")].lazy.compactMap { $0.map(self.body) }.first { !$0.isEmpty } ?? ""
        return makeItem(id: guid ?? link, title: text(of: item.element("title")), link: link, date: date, text: body)
    }

    private func atomEntry(_ entry: XMLNode, base: URL?) -> FeedItem {
        let links = entry.elements.filter { $0.name == "link" }
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        let link = alternate?.attribute("href").map { resolve($0, base) }
        let date = [entry.element("published"), entry.element("updated")].lazy
            .compactMap { self.text(of: $0).flatMap(DateText.parse) }.first
        let body = [entry.element("content"), entry.element("summary")].lazy.compactMap { $0.map(self.body) }.first { !$0.isEmpty } ?? ""
        return makeItem(id: text(of: entry.element("id")) ?? link, title: text(of: entry.element("title")), link: link, date: date, text: body)
    }

    private func makeItem(id: String?, title: String?, link: String?, date: CalendarDate?, text: String) -> FeedItem {
        let needsPage = link != nil && text.count < minimumTextLength
        return FeedItem(id: id, title: title, link: link, date: date, text: text, needsPage: needsPage)
    }

    /// An element's text, white space collapsed; nil when absent or empty. Titles may hold escaped HTML.
    private func text(of element: XMLNode?) -> String? {
        guard let element else { return nil }
        var value = element.content
        if value.contains("<") { value = Self.paragraphs(ofHTML: value).joined(separator: " ") }
        let collapsed = TextCleaner.collapse(value)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// A body element's text as paragraphs: inline XHTML (Atom `type="xhtml"`), escaped HTML, or plain text.
    private func body(_ element: XMLNode) -> String {
        if element.attribute("type")?.lowercased() == "xhtml" || !element.elements.isEmpty {
            return BlockText().paragraphs(of: element).joined(separator: "\n\n")
        }
        let value = element.content
        if value.contains("<") { return Self.paragraphs(ofHTML: value).joined(separator: "\n\n") }
        return TextCleaner.paragraphs(value).joined(separator: "\n\n")
    }

    /// The paragraphs of an HTML fragment (scripts and page furniture left out).
    static func paragraphs(ofHTML html: String) -> [String] {
        guard let tree = XMLTree.html(Data(html.utf8), encoding: "UTF-8"), let root = tree.root else {
            return TextCleaner.paragraphs(html)
        }
        return BlockText(dropLinkParagraphs: false).paragraphs(of: root)
    }

    private func resolve(_ link: String, _ base: URL?) -> String {
        guard let base, let url = URL(string: link, relativeTo: base) else { return link }
        return url.absoluteString
    }
}
