/// What a token is made of, before tagging.
public enum TokenKind: UInt8, Sendable {
    case word, number, punctuation, quote, symbol
}

/// One token of a document: where it stands (in bytes and in code points), what it is, and its tag.
public struct Token: Sendable, Hashable {
    /// UTF-8 byte range in the document's text.
    public var bytes: ByteRange
    /// Code-point span in the document's text.
    public var span: TextSpan
    public var kind: TokenKind
    public var tag: PartOfSpeech
    /// Index of the token's lemma in the lexicon, when the lexicon knows it.
    public var lemma: Int32
    /// Whether the token begins with an upper-case letter.
    public var isCapitalized: Bool

    public init(bytes: ByteRange, span: TextSpan, kind: TokenKind, tag: PartOfSpeech = .noun,
                lemma: Int32 = -1, isCapitalized: Bool = false) {
        self.bytes = bytes
        self.span = span
        self.kind = kind
        self.tag = tag
        self.lemma = lemma
        self.isCapitalized = isCapitalized
    }
}
