/// An article as the pipeline sees it: the input text, untouched, with every annotation pointing
/// into it. Each stage returns a new `Document` with its own layer added.
public struct Document: Sendable {
    /// The input text exactly as given; every offset refers to it.
    public let text: String
    /// The text's UTF-8 bytes, the form every stage scans.
    public let utf8: [UInt8]
    public var metadata: ArticleMetadata
    /// Lines the reader recognised as layout (headline, source, date, byline, footer …), kept out of the body.
    public var layoutLines: [LayoutLine]
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var tokens: [Token]
    /// Time expressions, in text order.
    public var times: [TimeExpression]
    /// Actor mentions (names, descriptions, pronouns), in text order.
    public var actors: [ActorMention] = []
    /// Coded events, in text order.
    public var events: [Event] = []
    /// Direct quotations with their speakers, in text order.
    public var quotes: [Quote] = []

    public init(text: String, metadata: ArticleMetadata, layoutLines: [LayoutLine] = [], paragraphs: [Paragraph] = [],
                sentences: [Sentence] = [], tokens: [Token] = [], times: [TimeExpression] = []) {
        self.text = text
        self.utf8 = Array(text.utf8)
        self.metadata = metadata
        self.layoutLines = layoutLines
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.times = times
    }

    /// The text of a byte range.
    public func text(_ range: ByteRange) -> String {
        let lower = max(0, min(range.start, utf8.count)), upper = max(lower, min(range.end, utf8.count))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    public func text(of token: Token) -> String { text(token.bytes) }
    public func text(of sentence: Sentence) -> String { text(sentence.bytes) }
    public func text(of paragraph: Paragraph) -> String { text(paragraph.bytes) }

    /// The text of a run of tokens, from the first one's start to the last one's end.
    public func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(ByteRange(start: tokens[first].bytes.start, end: tokens[last].bytes.end))
    }
}

/// A line of the article's layout that is not body text.
public struct LayoutLine: Sendable, Hashable {
    public enum Role: String, Sendable {
        case sections, headline, source, published, byline, footer
    }

    public var role: Role
    public var span: TextSpan
    public var bytes: ByteRange

    public init(role: Role, span: TextSpan, bytes: ByteRange) {
        self.role = role
        self.span = span
        self.bytes = bytes
    }
}
