/// A verb group: auxiliaries, modals, negation and adverbs around one main verb
/// ("had not been sanctioned", "will meet", "threatened to impose").
public struct VerbGroup: Sendable, Hashable {
    public enum Tense: String, Sendable { case past, present, future, none }

    /// Token indices (document-wide) of the whole group.
    public var tokens: Range<Int>
    /// Token index of the main (last lexical) verb.
    public var head: Int
    public var tense: Tense
    /// `be` + past participle: the grammatical subject is the patient.
    public var isPassive: Bool
    /// "not", "n't", "never" inside the group.
    public var isNegated: Bool
    /// The modal that governs the group ("would", "could", "will"), lower-cased, if any.
    public var modal: String?
    public var isPerfect: Bool
    public var isProgressive: Bool
    /// "to" + base form, without a finite verb of its own ("to impose").
    public var isInfinitive: Bool

    public init(tokens: Range<Int>, head: Int, tense: Tense, isPassive: Bool = false, isNegated: Bool = false,
                modal: String? = nil, isPerfect: Bool = false, isProgressive: Bool = false, isInfinitive: Bool = false) {
        self.tokens = tokens
        self.head = head
        self.tense = tense
        self.isPassive = isPassive
        self.isNegated = isNegated
        self.modal = modal
        self.isPerfect = isPerfect
        self.isProgressive = isProgressive
        self.isInfinitive = isInfinitive
    }
}
