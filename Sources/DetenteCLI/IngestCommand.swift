import ArgumentParser
import DetenteCore
import DetenteIngest
import DetenteStore
import Foundation

/// `detente ingest PATH…`: analyse articles and keep their events in the store.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles (files, folders, JSONL, HTML pages, RSS/Atom feeds, URLs) into the store.",
        discussion: """
        Each article is stored in its own transaction; an article whose text is already stored is
        skipped, so ingesting again adds nothing. Events that several articles report (same parties,
        code and date) are stored once, with each report as a mention.
        """
    )

    @Argument(help: "Files, folders (recursively), .jsonl corpora, .html pages, .xml/.rss/.atom feeds, or http(s) URLs.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Publication date (YYYY-MM-DD) for articles without one.")
    var date: CalendarDate?

    @Flag(help: "Do not fetch anything over the network (feed items keep their summaries).")
    var offline = false

    @Flag(help: "No progress bar.")
    var quiet = false

    @OptionGroup var limits: LimitOptions

    @Option(help: "Articles analysed at once, one per thread (default: the active processor count). They are stored in input order.")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let pipeline: Pipeline
        do { pipeline = try Pipeline.builtIn() } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
        let eventStore = try store.open()
        var walker = SourceWalker(fetcher: offline ? nil : URLSessionFetcher())
        walker.limits = limits.limits
        var sources: [IngestSource] = []
        var failures = 0
        for path in paths {
            let found = walker.sources(path)
            sources += found.sources
            for error in found.errors { StandardError.write("detente: \(error)"); failures += 1 }
        }
        var progress = Progress(total: sources.count, enabled: !quiet && isatty(2) == 1)
        var added = 0, duplicates = 0, newEvents = 0, merged = 0
        let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        // Articles are analysed in batches on all threads, then stored one by one in input order.
        var pending: [(item: IngestItem, input: ArticleInput)] = []
        func flush() async {
            let documents = ParallelMap.map(pending.map(\.input), jobs: threads) { pipeline.analyze($0) }
            for ((item, _), document) in zip(pending, documents) {
                do {
                    switch try await eventStore.store(StoredArticle(document, key: item.identity.key, contentHash: item.identity.contentHash)) {
                    case .added(let n, let m): added += 1; newEvents += n; merged += m
                    case .duplicate: duplicates += 1
                    }
                } catch {
                    progress.clear()
                    StandardError.write("detente: \(error)")
                    failures += 1
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        for source in sources {
            // A .jsonl corpus is streamed record by record; anything else is read whole.
            let items: any Sequence<JSONLStream.Element>
            if case .file(let path, .jsonl?) = source {
                items = JSONLStream(path: path, limits: limits.limits)
            } else {
                let batch = await walker.read(source)
                items = batch.errors.map(JSONLStream.Element.error) + batch.items.map(JSONLStream.Element.item)
            }
            for element in items {
                guard case .item(let item) = element else {
                    if case .error(let error) = element { progress.clear(); StandardError.write("detente: \(error)"); failures += 1 }
                    continue
                }
                var input = item.input
                if input.metadata.publicationDate == nil { input.metadata.publicationDate = date }
                if let problem = limits.limits.articleProblem(input.text) {
                    progress.clear()
                    StandardError.write("detente: \(item.identity.origin)\(item.identity.record.map { " (\($0))" } ?? ""): \(problem); skipped")
                    failures += 1
                    continue
                }
                pending.append((item, input))
                if pending.count >= 16 * threads { await flush() }
            }
            if pending.count >= 4 * threads { await flush() }
            progress.advance(note: "\(added) new, \(duplicates) already stored, \(newEvents) events")
        }
        await flush()
        progress.clear()
        StandardError.write("detente: \(added) articles stored (\(duplicates) already stored), \(newEvents) new events, \(merged) reports of known events"
                            + (failures > 0 ? ", \(failures) inputs failed" : ""))
        if failures > 0 { throw ExitCode.failure }
    }
}

/// A one-line progress bar on standard error.
struct Progress {
    let total: Int
    let enabled: Bool
    private var done = 0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    mutating func advance(note: String) {
        done += 1
        guard enabled, total > 0 else { return }
        let width = 30, filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)  \(note)\u{1B}[K".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
