/// Why a file, URL or record gave no article: what went wrong and where (the path or URL, and
/// the line for a JSONL record). Ingestion reports it and goes on with the next input.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file path or URL the problem was found in.
    public var origin: String
    /// The 1-based line of a JSONL record, when the problem is one record.
    public var line: Int?
    /// What went wrong, in a few words.
    public var message: String

    public init(origin: String, line: Int? = nil, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    /// `path:line: message`, or `path: message`.
    public var description: String {
        if let line { return "\(origin):\(line): \(message)" }
        return "\(origin): \(message)"
    }
}
