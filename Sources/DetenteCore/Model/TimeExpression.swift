/// A time expression found in the text, with its TimeML TIMEX3 type and normalised value.
public struct TimeExpression: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    public var span: TextSpan
    public var bytes: ByteRange
    /// Token indices (document-wide) the expression covers.
    public var tokens: Range<Int>
    /// Index of the sentence that holds it.
    public var sentence: Int
    public var kind: Kind
    /// TimeML value: `2026-02-03`, `2025-10`, `2025`, `2026-W06`, `2025-Q3`, `2025-SU`, `PRESENT_REF`, `P2H` …
    public var value: String

    public init(span: TextSpan, bytes: ByteRange, tokens: Range<Int>, sentence: Int, kind: Kind, value: String) {
        self.span = span
        self.bytes = bytes
        self.tokens = tokens
        self.sentence = sentence
        self.kind = kind
        self.value = value
    }

    /// A date or time that names a calendar period (starts with a year), as opposed to
    /// a reference word (PRESENT_REF), a duration or an unresolved value.
    public var isCalendarDate: Bool {
        (kind == .date || kind == .time) && value.utf8.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && value.utf8.count >= 4
    }

    /// The value as an event date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), when it is one: weeks,
    /// quarters and seasons are kept as TimeML writes them; times drop their time of day.
    public var eventDate: String? {
        guard isCalendarDate else { return nil }
        if let t = value.firstIndex(of: "T") { return String(value[..<t]) }
        return value
    }
}
