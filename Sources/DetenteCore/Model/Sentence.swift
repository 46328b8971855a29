/// One sentence and its chunks. Token indices are document-wide.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    public var bytes: ByteRange
    public var tokens: Range<Int>
    /// Index of the paragraph that holds the sentence.
    public var paragraph: Int
    public var verbGroups: [VerbGroup]
    public var nounPhrases: [NounPhrase]
    public var clauses: [Clause]

    public init(span: TextSpan, bytes: ByteRange, tokens: Range<Int>, paragraph: Int,
                verbGroups: [VerbGroup] = [], nounPhrases: [NounPhrase] = [], clauses: [Clause] = []) {
        self.span = span
        self.bytes = bytes
        self.tokens = tokens
        self.paragraph = paragraph
        self.verbGroups = verbGroups
        self.nounPhrases = nounPhrases
        self.clauses = clauses
    }
}
