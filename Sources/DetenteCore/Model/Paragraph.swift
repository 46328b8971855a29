/// A paragraph of the analysed body: text between blank lines (or one line of a bulleted list).
public struct Paragraph: Sendable, Hashable {
    public var span: TextSpan
    public var bytes: ByteRange
    /// Indices into the document's sentences.
    public var sentences: Range<Int>

    public init(span: TextSpan, bytes: ByteRange, sentences: Range<Int> = 0..<0) {
        self.span = span
        self.bytes = bytes
        self.sentences = sentences
    }
}
