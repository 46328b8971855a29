/// The time stage: recognises each sentence's time expressions and normalises them to TimeML
/// values, anchored on the publication date (and, for "two days later", on the narrative's last
/// explicit date).
public struct TimeTagger: Sendable {
    let recognizer: TimexRecognizer
    let context: TemporalContext
    let normalizer = TimexNormalizer()

    public init(words: TimeWords, lexicon: Lexicon) {
        recognizer = TimexRecognizer(words: words)
        context = TemporalContext(words: words, lexicon: lexicon)
    }

    public func tag(_ document: Document) -> Document {
        var document = document
        let bytes = document.utf8
        let tokens = document.tokens
        let dct = document.metadata.publicationDate
        var narrative: CalendarDate?
        var times: [TimeExpression] = []
        for (index, sentence) in document.sentences.enumerated() {
            for match in recognizer.matches(tokens, sentence.tokens, bytes) {
                let direction = context.direction(of: match, in: sentence, tokens, bytes)
                guard let value = normalizer.value(match.meaning, anchor: dct, narrative: narrative, direction: direction) else { continue }
                let (span, range) = place(match, tokens, bytes)
                let expression = TimeExpression(span: span, bytes: range, tokens: match.tokens, sentence: index, kind: match.kind, value: value)
                // `eventDate.flatMap(CalendarDate.init(iso:))`, without cutting the value at its "T":
                // the ISO reader looks at 11 bytes and takes a "T" at the eleventh, while one
                // earlier fails either way (it stands where a digit or "-" must be).
                if expression.isCalendarDate, let day = CalendarDate(iso: expression.value) { narrative = day }
                times.append(expression)
            }
        }
        document.times = times
        return document
    }

    /// Code-point and byte ranges of a match (a part of one token, or whole tokens).
    private func place(_ match: TimexRecognizer.Match, _ tokens: [Token], _ bytes: [UInt8]) -> (TextSpan, ByteRange) {
        let first = tokens[match.tokens.lowerBound], last = tokens[match.tokens.upperBound - 1]
        guard let part = match.bytes else {
            return (TextSpan(start: first.span.start, end: last.span.end), ByteRange(start: first.bytes.start, end: last.bytes.end))
        }
        let start = first.span.start + UTF8Scanning.scalarCount(bytes, first.bytes.start..<part.start)
        let length = UTF8Scanning.scalarCount(bytes, part.start..<part.end)
        return (TextSpan(start: start, end: start + length), part)
    }
}
