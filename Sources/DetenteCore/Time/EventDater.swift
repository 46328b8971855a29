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
    /// Each time expression's event date (`TimeExpression.eventDate`), read once.
    private let eventDates: [String?]
    /// By sentence: the expressions that can date an event, in text order.
    private let timesBySentence: [[Int]]
    /// By sentence: the last dating expression of the nearest earlier sentence that has one (the
    /// narrative's date so far); one more entry, for a sentence past the end, holds the last of all.
    private let narrativeBefore: [Int?]
    private let publication: String?

    public init(document: Document) {
        self.document = document
        let dates = document.times.map(\.eventDate)
        eventDates = dates
        let count = max(document.sentences.count, (document.times.map(\.sentence).max() ?? -1) + 1)
        var index = [[Int]](repeating: [], count: count)
        for (i, time) in document.times.enumerated() where dates[i] != nil && time.sentence >= 0 {
            index[time.sentence].append(i)
        }
        timesBySentence = index
        var before: [Int?] = []
        before.reserveCapacity(count + 1)
        var running: Int?
        for s in 0..<count {
            before.append(running)
            if let last = index[s].last { running = last }
        }
        before.append(running)
        narrativeBefore = before
        publication = document.metadata.publicationDate?.description
    }

    /// The date of an event whose verb (or trigger) is token `token` of sentence `sentence`.
    public func date(sentence: Int, token: Int) -> EventDate? {
        guard sentence >= 0 else { return publication.map { EventDate(value: $0, source: .publication, expression: nil) } }
        let times = document.times
        if sentence < timesBySentence.count, !timesBySentence[sentence].isEmpty {
            let candidates = timesBySentence[sentence]
            let clause = document.sentences[sentence].clauses.first { $0.tokens.contains(token) }?.tokens
            let inClause = clause.map { range in candidates.filter { range.contains(times[$0].tokens.lowerBound) } } ?? []
            let pool = inClause.isEmpty ? candidates : inClause
            if let best = pool.min(by: { distance(times[$0], token) < distance(times[$1], token) }), let value = eventDates[best] {
                return EventDate(value: value, source: .expression, expression: best)
            }
        }
        if let last = narrativeBefore[min(sentence, narrativeBefore.count - 1)], let value = eventDates[last] {
            return EventDate(value: value, source: .context, expression: last)
        }
        return publication.map { EventDate(value: $0, source: .publication, expression: nil) }
    }

    private func distance(_ time: TimeExpression, _ token: Int) -> Int {
        token < time.tokens.lowerBound ? time.tokens.lowerBound - token : max(0, token - time.tokens.upperBound + 1)
    }
}
