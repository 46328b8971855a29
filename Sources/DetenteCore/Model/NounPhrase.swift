/// A base noun phrase: determiners, modifiers and nouns up to the head ("the Colombian president",
/// "Trump's book", "sweeping sanctions"), or a pronoun.
public struct NounPhrase: Sendable, Hashable {
    /// Token indices (document-wide).
    public var tokens: Range<Int>
    /// Token index of the head noun (the last noun of the phrase).
    public var head: Int

    public init(tokens: Range<Int>, head: Int) {
        self.tokens = tokens
        self.head = head
    }
}
