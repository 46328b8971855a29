/// The date of an event and where it came from.
public struct EventDate: Sendable, Hashable {
    public enum Source: String, Sendable {
        /// A time expression in the event's own clause or sentence.
        case expression
        /// The last date of the narrative earlier in the article.
        case context
        /// The article's publication date.
        case publication
    }

    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` (or a TimeML week, quarter or season value).
    public var value: String
    public var source: Source
    /// Index into `Document.times` of the expression used, when there is one.
    public var expression: Int?
}

/// Dates events by the time expression that governs them: the same clause first, then the same
/// sentence (nearest first); a sentence with none inherits the last date of the narrative
/// earlier in the article (a feature's background paragraphs follow the dates it has given:
/// "On January 26, 2025, the two leaders clashed … [later] Trump revoked Petro's visa");
/// before any date, the publication date. Durations, sets and reference
/// values (PRESENT_REF) never date an event.
public struct EventDater: Sendable {
    private let document: Document
    private let timesBySentence: [Int: [Int]]

    public init(document: Document) {
        self.document = document
        var index: [Int: [Int]] = [:]
        for (i, time) in document.times.enumerated() where time.eventDate != nil {
            index[time.sentence, default: []].append(i)
        }
        timesBySentence = index
    }

    /// The date of an event whose verb (or trigger) is token `token` of sentence `sentence`.
    public func date(sentence: Int, token: Int) -> EventDate? {
        let times = document.times
        if let candidates = timesBySentence[sentence], !candidates.isEmpty {
            let clause = document.sentences[sentence].clauses.first { $0.tokens.contains(token) }?.tokens
            let inClause = clause.map { range in candidates.filter { range.contains(times[$0].tokens.lowerBound) } } ?? []
            let pool = inClause.isEmpty ? candidates : inClause
            if let best = pool.min(by: { distance(times[$0], token) < distance(times[$1], token) }), let value = times[best].eventDate {
                return EventDate(value: value, source: .expression, expression: best)
            }
        }
        var previous = sentence - 1
        while previous >= 0 {
            if let last = timesBySentence[previous]?.last, let value = times[last].eventDate {
                return EventDate(value: value, source: .context, expression: last)
            }
            previous -= 1
        }
        return document.metadata.publicationDate.map { EventDate(value: $0.description, source: .publication, expression: nil) }
    }

    private func distance(_ time: TimeExpression, _ token: Int) -> Int {
        token < time.tokens.lowerBound ? time.tokens.lowerBound - token : max(0, token - time.tokens.upperBound + 1)
    }
}
