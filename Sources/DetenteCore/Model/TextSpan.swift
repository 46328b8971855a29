/// A stretch of a document's text, in Unicode code points (scalars) from the start of the input
/// text, so that Python's `text[start:end]` reproduces it; `end` is exclusive.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
}

/// A stretch of a document's text in UTF-8 bytes from the start of the input; `end` is exclusive.
public struct ByteRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { end <= start }
}
