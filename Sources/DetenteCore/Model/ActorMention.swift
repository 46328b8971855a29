/// A mention of an actor in the text: a country, person, organisation or generic agent, with
/// its CAMEO code on the date that governs the mention.
public struct ActorMention: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case country, person, organisation, agent
    }

    public var span: TextSpan
    public var bytes: ByteRange
    /// Token indices (document-wide).
    public var tokens: Range<Int>
    public var sentence: Int
    public var kind: Kind
    /// CAMEO actor code ("USAGOV", "COLMIL", "IGOUNO"); nil for a name that no dictionary knows.
    public var code: String?
    /// The display name of the actor ("Gustavo Petro", "Colombia", "Colombian military").
    public var name: String
    /// The dictionary person, when the mention is (or resolves to) one.
    public var person: Int?
    /// For pronouns and descriptions: the mentions (indices into `Document.actors`) they resolve to.
    public var refersTo: [Int]
    /// The head token (for subjects and objects of verbs).
    public var head: Int
    /// For a generic agent: its CAMEO agent code ("GOV") and title ("president"), if any.
    public var agent: String?
    public var title: String?

    public init(span: TextSpan, bytes: ByteRange, tokens: Range<Int>, sentence: Int, kind: Kind, code: String?,
                name: String, person: Int? = nil, refersTo: [Int] = [], head: Int) {
        self.span = span
        self.bytes = bytes
        self.tokens = tokens
        self.sentence = sentence
        self.kind = kind
        self.code = code
        self.name = name
        self.person = person
        self.refersTo = refersTo
        self.head = head
    }
}
