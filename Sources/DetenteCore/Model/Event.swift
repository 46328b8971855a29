/// A coded event: who did what to whom, and when, with the evidence in the text.
public struct Event: Sendable, Hashable {
    /// CAMEO actor codes.
    public var source: String
    public var target: String?
    public var sourceText: String
    public var targetText: String?
    /// CAMEO event code ("1312") and its root ("13").
    public var code: String
    public var root: String { String(code.prefix(2)) }
    public var quadClass: Int
    public var goldstein: Double
    public var plover: String?
    public var ploverMode: String?
    /// The event's own date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY` …) and where it came from.
    public var date: String?
    public var dateSource: EventDate.Source?
    public var sentence: Int
    /// The verb phrase as written, and its place in the text.
    public var evidence: String
    public var span: TextSpan
    public var bytes: ByteRange

    public init(source: String, target: String?, sourceText: String, targetText: String?, code: String, quadClass: Int,
                goldstein: Double, plover: String?, ploverMode: String?, date: String?, dateSource: EventDate.Source?,
                sentence: Int, evidence: String, span: TextSpan, bytes: ByteRange) {
        self.source = source
        self.target = target
        self.sourceText = sourceText
        self.targetText = targetText
        self.code = code
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.plover = plover
        self.ploverMode = ploverMode
        self.date = date
        self.dateSource = dateSource
        self.sentence = sentence
        self.evidence = evidence
        self.span = span
        self.bytes = bytes
    }
}
