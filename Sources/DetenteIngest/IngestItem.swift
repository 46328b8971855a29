public import DetenteCore
import Foundation

/// What kind of input an item was read from.
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A plain-text article (`.txt`).
    case text
    /// A JSONL record (`.jsonl`, `.ndjson`).
    case jsonl
    /// An HTML page (`.html`, `.htm`, or a fetched page).
    case html
    /// An RSS or Atom feed item (`.xml`, `.rss`, `.atom`, or a fetched feed).
    case feed

    /// The kind a file extension names (case-insensitive), or nil for other files.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt": self = .text
        case "jsonl", "ndjson": self = .jsonl
        case "html", "htm", "xhtml": self = .html
        case "xml", "rss", "atom": self = .feed
        default: return nil
        }
    }
}

/// Who an item is, for idempotent ingestion: where it came from and a hash of its text. The same
/// file, record or feed item read twice gives the same identity; an edited text a new hash.
public struct IngestIdentity: Sendable, Hashable, Codable {
    /// The file path or URL the item was read from.
    public var origin: String
    /// The record within the origin: a JSONL record's id, a feed item's guid or link; nil for a whole file or page.
    public var record: String?
    /// SHA-256 (hex) of the normalised text: see ``IngestIdentity/normalise(_:)``.
    public var contentHash: String

    public init(origin: String, record: String? = nil, contentHash: String) {
        self.origin = origin
        self.record = record
        self.contentHash = contentHash
    }

    /// The identity of `text` read from `origin` (and `record`).
    public init(origin: String, record: String? = nil, text: String) {
        self.init(origin: origin, record: record, contentHash: SHA256.hex(Self.normalise(text)))
    }

    /// `origin`, or `origin#record`: names the item whatever its text.
    public var key: String { record.map { "\(origin)#\($0)" } ?? origin }

    /// The text the hash is taken of: Unicode NFC, every run of white space (no-break spaces
    /// included) one space, trimmed. Re-wrapped or re-indented text hashes the same.
    public static func normalise(_ text: String) -> String {
        TextCleaner.collapse(text.precomposedStringWithCanonicalMapping)
    }
}

/// One article found by ingestion: the input for the pipeline, where it came from, and its identity.
public struct IngestItem: Sendable {
    /// The text and metadata, ready for `Pipeline.analyze`.
    public var input: ArticleInput
    /// What it was read from.
    public var kind: SourceKind
    /// Origin and content hash, for skipping what was already stored.
    public var identity: IngestIdentity
    /// A feed item whose text is only a summary: fetch its page (`input.metadata.url`) and extract it.
    public var needsPage: Bool

    public init(input: ArticleInput, kind: SourceKind, origin: String, record: String? = nil, needsPage: Bool = false) {
        self.input = input
        self.kind = kind
        self.identity = IngestIdentity(origin: origin, record: record, text: input.text)
        self.needsPage = needsPage
    }
}

/// What a walk produced: the items, and an error for every input that gave none.
public struct IngestBatch: Sendable {
    public var items: [IngestItem]
    public var errors: [IngestError]

    public init(items: [IngestItem] = [], errors: [IngestError] = []) {
        self.items = items
        self.errors = errors
    }

    /// Appends another batch's items and errors.
    public mutating func append(_ other: IngestBatch) {
        items += other.items
        errors += other.errors
    }
}
