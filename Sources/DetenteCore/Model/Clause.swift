/// A clause of a sentence: the stretch of tokens one verb group belongs to.
public struct Clause: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// The sentence's own clause, or one joined by a coordinator.
        case main
        /// Opened by a subordinator: after, before, because, when, while, although, if, until …
        case adverbial
        /// Opened by a relative pronoun: which, who, whom, whose, that after a noun.
        case relative
        /// A reported or complement clause: "said (that) …", "accused him of …".
        case complement
    }

    /// Token indices (document-wide).
    public var tokens: Range<Int>
    public var kind: Kind
    /// The token that opens the clause (the subordinator or relative pronoun), if any.
    public var marker: Int?

    public init(tokens: Range<Int>, kind: Kind, marker: Int? = nil) {
        self.tokens = tokens
        self.kind = kind
        self.marker = marker
    }
}
