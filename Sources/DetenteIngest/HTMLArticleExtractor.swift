public import DetenteCore
public import Foundation

/// An HTML page → an article: title, publication date, source, canonical URL and byline from the
/// page's metadata, and the main text without navigation and boilerplate, as paragraphs separated
/// by blank lines (so the core reader sees paragraphs).
///
/// The main text is the `itemprop=articleBody` element, else the `<article>` holding the most
/// paragraph text, else the element with the most `<p>` text (links counted out; a paragraph
/// also counts half for its grandparent). Scripts, styles, nav, header, footer, aside, form,
/// noscript and figure are never read; inside the main text, elements whose class, id or role
/// names page furniture (share, related, newsletter, comments, ads …) are left out too.
public struct HTMLArticleExtractor: Sendable {
    /// Meta tags (`name`, `property` or `itemprop`, lower-cased) holding the publication date, in order of preference.
    public var dateMetaNames = [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "datepublished",
    ]

    public init() {}

    /// Extracts the article of a page. `origin` (path or URL) names the page in errors, `id` is the
    /// article's identifier (default `origin`), `pageURL` resolves relative links.
    /// Throws when the page is empty, binary or has no readable text.
    public func extract(_ data: Data, origin: String, id: String? = nil, pageURL: URL? = nil) throws(IngestError) -> ArticleInput {
        guard !data.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) else {
            throw IngestError(origin: origin, message: "empty page")
        }
        guard !InputBytes.isBinary(data) else { throw IngestError(origin: origin, message: "binary content, not HTML") }
        guard let tree = XMLTree.html(data, encoding: TextCleaner.isUTF8(data) ? "UTF-8" : nil), let root = tree.root else {
            throw IngestError(origin: origin, message: "no HTML found")
        }
        let page = PageMetadata(root: root)
        var metadata = ArticleMetadata(id: id ?? origin)
        metadata.source = page.first("og:site_name") ?? page.jsonLDPublisher
        metadata.title = title(page, root: root, source: metadata.source)
        metadata.publicationDate = publicationDate(page, root: root)
        let links = [page.canonical, page.first("og:url")].compactMap { $0.flatMap { resolve($0, against: pageURL) } }
        metadata.url = links.first { $0.contains("://") } ?? pageURL?.absoluteString ?? links.first
        if let author = page.first("author") ?? page.first("article:author") ?? page.first("parsely-author"),
           !author.contains("://") {
            metadata.byline = author
        }

        var paragraphs = MainText(root: root).paragraphs()
        if let title = metadata.title, let index = paragraphs.prefix(3).firstIndex(of: title) {
            paragraphs.remove(at: index)
        }
        guard !paragraphs.isEmpty else {
            throw IngestError(origin: origin, message: "no article text found" + (tree.problem.map { " (HTML parser: \($0))" } ?? ""))
        }
        return ArticleInput(text: paragraphs.joined(separator: "\n\n"), metadata: metadata)
    }

    /// `extract` on a string.
    public func extract(html: String, origin: String, id: String? = nil, pageURL: URL? = nil) throws(IngestError) -> ArticleInput {
        try extract(Data(html.utf8), origin: origin, id: id, pageURL: pageURL)
    }

    private func title(_ page: PageMetadata, root: XMLNode, source: String?) -> String? {
        if let title = page.first("og:title") ?? page.first("twitter:title") ?? page.jsonLDHeadline { return title }
        if let element = root.descendants(where: { $0.name == "title" }).first {
            var title = TextCleaner.collapse(element.content)
            if let source, !source.isEmpty {
                for separator in [" | ", " - ", " – ", " — ", " :: "] where title.lowercased().hasSuffix((separator + source).lowercased()) {
                    title = String(title.dropLast(separator.count + source.count))
                    break
                }
            }
            if !title.isEmpty { return title }
        }
        let heading = root.descendants(where: { $0.name == "h1" }).lazy.map { TextCleaner.collapse($0.content) }.first { !$0.isEmpty }
        return heading
    }

    private func publicationDate(_ page: PageMetadata, root: XMLNode) -> CalendarDate? {
        for name in dateMetaNames {
            for value in page.meta[name] ?? [] {
                if let date = DateText.parse(value) { return date }
            }
        }
        // Microdata on any element, then JSON-LD, then <time datetime> (one marked pubdate first).
        let elements = root.descendants()
        for element in elements where element.attribute("itemprop")?.lowercased() == "datepublished" {
            let value = element.attribute("datetime") ?? element.attribute("content") ?? element.content
            if let date = DateText.parse(value) { return date }
        }
        if let value = page.jsonLDDatePublished, let date = DateText.parse(value) { return date }
        let times = elements.filter { $0.name == "time" && $0.attribute("datetime") != nil }
        for time in times.filter({ $0.attribute("pubdate") != nil }) + times {
            if let value = time.attribute("datetime"), let date = DateText.parse(value) { return date }
        }
        return nil
    }

    private func resolve(_ link: String, against base: URL?) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let base, let url = URL(string: trimmed, relativeTo: base) { return url.absoluteString }
        return trimmed
    }
}

/// The page's meta tags, canonical link and JSON-LD, read once.
struct PageMetadata {
    /// Meta tag values by lower-cased `name`, `property`, `itemprop` or `http-equiv`, in document order.
    var meta: [String: [String]] = [:]
    var canonical: String?
    var jsonLD: [Any] = []

    init(root: XMLNode) {
        for element in root.descendants(where: { ["meta", "link", "script"].contains($0.name) }) {
            switch element.name {
            case "meta":
                guard let content = element.attribute("content") else { continue }
                let value = TextCleaner.collapse(content)
                guard !value.isEmpty else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = element.attribute(key)?.lowercased() { meta[name, default: []].append(value) }
                }
            case "link":
                let rel = element.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if canonical == nil, rel.contains("canonical"), let href = element.attribute("href") { canonical = href }
            default:
                guard element.attribute("type")?.lowercased().contains("ld+json") == true,
                      let object = try? JSONSerialization.jsonObject(with: Data(element.content.utf8), options: [.fragmentsAllowed]) else { continue }
                jsonLD.append(object)
            }
        }
    }

    /// The first value of a meta tag.
    func first(_ name: String) -> String? { meta[name]?.first }

    var jsonLDDatePublished: String? { Self.find("datePublished", in: jsonLD) as? String }

    var jsonLDHeadline: String? {
        (Self.find("headline", in: jsonLD) as? String).map { TextCleaner.collapse($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    var jsonLDPublisher: String? {
        switch Self.find("publisher", in: jsonLD) {
        case let publisher as [String: Any]: return publisher["name"] as? String
        case let publishers as [Any]: return (publishers.first as? [String: Any])?["name"] as? String
        default: return nil
        }
    }

    /// The first value of `key` in a JSON-LD object graph (depth first, `@graph` and arrays included).
    static func find(_ key: String, in value: Any, depth: Int = 0) -> Any? {
        guard depth < 12 else { return nil }
        switch value {
        case let object as [String: Any]:
            if let found = object[key] { return found }
            for (_, child) in object.sorted(by: { $0.key < $1.key }) {
                if let found = find(key, in: child, depth: depth + 1) { return found }
            }
        case let array as [Any]:
            for child in array {
                if let found = find(key, in: child, depth: depth + 1) { return found }
            }
        default: break
        }
        return nil
    }
}
