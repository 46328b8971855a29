public import DetenteCore
public import Foundation

/// One input a walk reads: a file of a known kind, or a URL.
public enum IngestSource: Sendable, Hashable {
    /// A file; `kind` nil means "sniff the content" (an explicitly named file with another extension).
    case file(path: String, kind: SourceKind?)
    case url(URL)
}

/// PATH → articles. A file is read by its extension (`.txt` plain text, `.jsonl`/`.ndjson`
/// records, `.html`/`.htm` pages, `.xml`/`.rss`/`.atom` feeds); a folder recursively (sorted,
/// hidden files and folders skipped, other extensions ignored); an `http(s)` URL is fetched and
/// read as a feed or a page. Feed items with only a summary have their page fetched and extracted
/// (`followFeedLinks`). Every unreadable file, bad record or failed fetch becomes an
/// ``IngestError`` and the walk goes on.
public struct SourceWalker: Sendable {
    /// Fetches URLs; nil disables the network (URLs then give an error, summaries stay `needsPage`).
    public var fetcher: (any Fetcher)?
    public var extractor: HTMLArticleExtractor
    public var feedReader: FeedReader
    /// Fetch the page of a feed item marked `needsPage` and use its extracted text when longer.
    public var followFeedLinks: Bool
    /// Files (and fetched resources) over `maxFileBytes` are refused, and JSONL lines over `maxLineBytes` skipped.
    public var limits: InputLimits = .default

    public init(fetcher: (any Fetcher)? = URLSessionFetcher(), extractor: HTMLArticleExtractor = HTMLArticleExtractor(),
                feedReader: FeedReader = FeedReader(), followFeedLinks: Bool = true) {
        self.fetcher = fetcher
        self.extractor = extractor
        self.feedReader = feedReader
        self.followFeedLinks = followFeedLinks
    }

    /// Everything the paths hold, in order.
    public func walk(_ paths: [String]) async -> IngestBatch {
        var batch = IngestBatch()
        for path in paths { batch.append(await walk(path)) }
        return batch
    }

    /// Everything one path (file, folder or URL) holds.
    public func walk(_ path: String) async -> IngestBatch {
        let (sources, errors) = sources(path)
        var batch = IngestBatch(errors: errors)
        for source in sources { batch.append(await read(source)) }
        return batch
    }

    /// The inputs a path names, without reading them: a URL, a file, or a folder's files of known
    /// kinds (recursively, sorted by name, hidden entries skipped). A missing path is an error.
    public func sources(_ path: String) -> (sources: [IngestSource], errors: [IngestError]) {
        if let url = URL(string: path), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" {
            return ([.url(url)], [])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [IngestError(origin: path, message: "no such file or directory")])
        }
        guard isDirectory.boolValue else {
            return ([.file(path: path, kind: SourceKind(pathExtension: (path as NSString).pathExtension))], [])
        }
        var sources: [IngestSource] = []
        var errors: [IngestError] = []
        func visit(_ folder: String) {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
                errors.append(IngestError(origin: folder, message: "cannot list folder"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = (folder as NSString).appendingPathComponent(name)
                let attributes = try? FileManager.default.attributesOfItem(atPath: child)
                let type = attributes?[.type] as? FileAttributeType
                if type == .typeDirectory {
                    visit(child)
                } else if type != .typeSymbolicLink || !Self.isFolder(child), let kind = SourceKind(pathExtension: (name as NSString).pathExtension) {
                    sources.append(.file(path: child, kind: kind))
                }
            }
        }
        visit(path)
        return (sources, errors)
    }

    /// Reads one input into items (and errors).
    public func read(_ source: IngestSource) async -> IngestBatch {
        switch source {
        case .file(let path, let kind):
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, let problem = limits.fileProblem(size: size) {
                return IngestBatch(errors: [IngestError(origin: path, message: "file is \(problem)")])
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return IngestBatch(errors: [IngestError(origin: path, message: "cannot be read")])
            }
            let name = (path as NSString).lastPathComponent
            return await read(data, kind: kind ?? Self.sniff(data, contentType: nil), origin: path, id: name, pageURL: nil)
        case .url(let url):
            guard let fetcher else {
                return IngestBatch(errors: [IngestError(origin: url.absoluteString, message: "fetching is disabled")])
            }
            do {
                let resource = try await fetcher.fetch(url)
                if let problem = limits.fileProblem(size: resource.data.count) {
                    return IngestBatch(errors: [IngestError(origin: url.absoluteString, message: "response is \(problem)")])
                }
                let kind = Self.sniff(resource.data, contentType: resource.contentType)
                return await read(resource.data, kind: kind, origin: url.absoluteString, id: url.absoluteString, pageURL: resource.url)
            } catch {
                return IngestBatch(errors: [Self.fetchError(error, url: url)])
            }
        }
    }

    /// Reads bytes of a known kind. `origin` names the items' identity and errors, `id` the article id.
    public func read(_ data: Data, kind: SourceKind, origin: String, id: String, pageURL: URL?) async -> IngestBatch {
        switch kind {
        case .text:
            if data.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
                return IngestBatch(errors: [IngestError(origin: origin, message: "empty file")])
            }
            guard !InputBytes.isBinary(data) else {
                return IngestBatch(errors: [IngestError(origin: origin, message: "binary content, not text")])
            }
            let input = ArticleInput(text: InputBytes.decode(data).text, metadata: ArticleMetadata(id: id, url: pageURL?.absoluteString))
            return IngestBatch(items: [IngestItem(input: input, kind: .text, origin: origin)])
        case .jsonl:
            return readJSONL(data, origin: origin, name: id)
        case .html:
            do {
                let input = try extractor.extract(data, origin: origin, id: id, pageURL: pageURL)
                return IngestBatch(items: [IngestItem(input: input, kind: .html, origin: origin)])
            } catch {
                return IngestBatch(errors: [error])
            }
        case .feed:
            do {
                let feed = try feedReader.read(data, origin: origin)
                return await items(of: feed, origin: origin)
            } catch {
                return IngestBatch(errors: [error])
            }
        }
    }

    private func readJSONL(_ data: Data, origin: String, name: String) -> IngestBatch {
        guard !InputBytes.isBinary(data) else {
            return IngestBatch(errors: [IngestError(origin: origin, message: "binary content, not JSONL")])
        }
        var batch = IngestBatch()
        let text = InputBytes.decode(data).text
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
            let number = index + 1
            if let problem = limits.lineProblem(size: line.utf8.count) {
                batch.errors.append(IngestError(origin: origin, line: number, message: problem))
                continue
            }
            switch JSONLRecord.parse(line, defaultID: "\(name):\(number)") {
            case .success(let input):
                batch.items.append(IngestItem(input: input, kind: .jsonl, origin: origin, record: input.metadata.id))
            case .failure(let failure):
                batch.errors.append(IngestError(origin: origin, line: number, message: failure.message))
            }
        }
        if batch.items.isEmpty, batch.errors.isEmpty {
            batch.errors.append(IngestError(origin: origin, message: "empty file"))
        }
        return batch
    }

    private func items(of feed: Feed, origin: String) async -> IngestBatch {
        var batch = IngestBatch()
        if feed.items.isEmpty { batch.errors.append(IngestError(origin: origin, message: "feed has no items")) }
        for (index, item) in feed.items.enumerated() {
            let record = item.id ?? item.link ?? "item \(index + 1)"
            var metadata = ArticleMetadata(id: record, title: item.title, source: feed.title, url: item.link, publicationDate: item.date)
            var text = item.text
            var needsPage = item.needsPage
            if needsPage, followFeedLinks, let fetcher, let link = item.link, let url = URL(string: link),
               ["http", "https"].contains(url.scheme?.lowercased() ?? "") {
                do {
                    let resource = try await fetcher.fetch(url)
                    let page = try extractor.extract(resource.data, origin: link, id: record, pageURL: resource.url)
                    if page.text.count > text.count {
                        text = page.text
                        metadata.title = metadata.title ?? page.metadata.title
                        metadata.publicationDate = metadata.publicationDate ?? page.metadata.publicationDate
                        metadata.source = page.metadata.source ?? metadata.source
                        metadata.byline = page.metadata.byline
                        needsPage = false
                    }
                } catch let error as IngestError {
                    batch.errors.append(error)
                } catch {
                    batch.errors.append(Self.fetchError(error, url: url))
                }
            }
            guard !text.isEmpty || needsPage else {
                batch.errors.append(IngestError(origin: origin, message: "feed item \(index + 1) (\(record)) has no text"))
                continue
            }
            let input = ArticleInput(text: text, metadata: metadata)
            batch.items.append(IngestItem(input: input, kind: .feed, origin: origin, record: record, needsPage: needsPage))
        }
        return batch
    }

    /// The kind of fetched or unnamed content: by content type, else by its first bytes.
    public static func sniff(_ data: Data, contentType: String?) -> SourceKind {
        let type = contentType?.lowercased() ?? ""
        if type.contains("rss") || type.contains("atom") { return .feed }
        if type.contains("html") { return .html }
        if type.contains("ndjson") || type.contains("jsonl") { return .jsonl }
        if FeedReader.looksLikeFeed(data) { return .feed }
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p>") { return .html }
        if type.contains("xml") { return .feed }
        return .text
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func fetchError(_ error: any Error, url: URL) -> IngestError {
        if let error = error as? IngestError { return error }
        return IngestError(origin: url.absoluteString, message: "fetch failed: \(error.localizedDescription)")
    }
}
