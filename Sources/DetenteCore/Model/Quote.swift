/// A direct quotation: the words between quote marks (the marks left out) and who said them.
/// A quotation split by its attribution (“…,” he said. “…”) or continued over paragraphs is one
/// `Quote` per contiguous quoted span, the spans of one quotation sharing `group` and speaker.
public struct Quote: Sendable, Hashable {
    /// The quoted text, without its quote marks (and without a trailing comma).
    public var span: TextSpan
    public var bytes: ByteRange
    /// Token indices (document-wide) of the quoted text.
    public var tokens: Range<Int>
    /// The sentence where the quoted span opens.
    public var sentence: Int
    /// Who said it, as named in the text ("Sen. Jeff Sessions of Alabama", "a spokesman") or, for
    /// a pronoun or description, the name it resolves to; nil when no speaker is found.
    public var speaker: String?
    /// The speaker's CAMEO actor code, when the speaker is a known actor.
    public var speakerCode: String?
    /// The actor mention (index into `Document.actors`) that names the speaker, if any.
    public var speakerMention: Int?
    /// The attribution cue as written ("said", "told", "according to"); nil for a speaker found
    /// without one (the sentence before, a dash, a transcript label).
    public var cue: String?
    /// A partial quote: a few quoted words inside a sentence of reported speech (calling him a “sick man”).
    public var isPartial: Bool
    /// Spans of one quotation (split by attribution, continued over paragraphs) share a group.
    public var group: Int

    public init(span: TextSpan, bytes: ByteRange, tokens: Range<Int>, sentence: Int, speaker: String? = nil,
                speakerCode: String? = nil, speakerMention: Int? = nil, cue: String? = nil, isPartial: Bool = false, group: Int = 0) {
        self.span = span
        self.bytes = bytes
        self.tokens = tokens
        self.sentence = sentence
        self.speaker = speaker
        self.speakerCode = speakerCode
        self.speakerMention = speakerMention
        self.cue = cue
        self.isPartial = isPartial
        self.group = group
    }
}
