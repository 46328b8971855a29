/// The sizes Détente accepts from its inputs: a bigger input is refused with an error naming it
/// and its size, and the rest of a batch goes on. Every command takes them as options
/// (`--max-line-bytes`, `--max-article-bytes`, `--max-file-bytes`); the defaults are generous for
/// news and keep one process's memory bounded (the pipeline needs about 40 bytes of memory per
/// byte of article text).
public struct InputLimits: Sendable, Hashable {
    /// One line of a JSONL input (`detente code`, `.jsonl` files). Longer lines are skipped
    /// without being held in memory.
    public var maxLineBytes: Int
    /// One article's text, in UTF-8 bytes, whatever it came from.
    public var maxArticleBytes: Int
    /// One input file read whole: a text, HTML or feed file, a fetched page, a `.jsonl` file given
    /// to `analyze` (`ingest` and `code` stream JSONL, so their corpora have no size limit).
    public var maxFileBytes: Int

    public init(maxLineBytes: Int = 16 << 20, maxArticleBytes: Int = 8 << 20, maxFileBytes: Int = 32 << 20) {
        self.maxLineBytes = maxLineBytes
        self.maxArticleBytes = maxArticleBytes
        self.maxFileBytes = maxFileBytes
    }

    public static let `default` = InputLimits()

    /// The error for an article over ``maxArticleBytes``, nil when it fits.
    public func articleProblem(_ text: String) -> String? {
        let size = text.utf8.count
        guard size > maxArticleBytes else { return nil }
        return "article text is \(Self.describe(size)), over the \(Self.describe(maxArticleBytes)) limit (--max-article-bytes)"
    }

    /// The error for a JSONL line of `size` bytes over ``maxLineBytes``, nil when it fits.
    public func lineProblem(size: Int) -> String? {
        size > maxLineBytes ? "line is \(Self.describe(size)), over the \(Self.describe(maxLineBytes)) limit (--max-line-bytes); skipped" : nil
    }

    /// The error for a file (or fetched resource) of `size` bytes over ``maxFileBytes``, nil when it fits.
    public func fileProblem(size: Int) -> String? {
        size > maxFileBytes ? "\(Self.describe(size)), over the \(Self.describe(maxFileBytes)) limit (--max-file-bytes)" : nil
    }

    /// "12,345 bytes" / "100.0 MB": a size for a message.
    public static func describe(_ bytes: Int) -> String {
        if bytes < 1 << 20 { return "\(bytes) bytes" }
        let megabytes = Double(bytes) / 1_048_576
        return "\((megabytes * 10).rounded() / 10) MiB"
    }
}
