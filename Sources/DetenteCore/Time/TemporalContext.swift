/// Reads which way an unanchored date points from the clause around it: a future modal or cue
/// ("will", "due to", "plans", "next") points forward; a past or perfect verb points back;
/// "until/through/by" with a non-past verb points forward.
struct TemporalContext: Sendable {
    let words: TimeWords
    let lexicon: Lexicon

    func direction(of match: TimexRecognizer.Match, in sentence: Sentence, _ tokens: [Token], _ bytes: [UInt8]) -> TemporalDirection {
        let at = match.tokens.lowerBound
        let clause = sentence.clauses.first { $0.tokens.contains(at) }?.tokens ?? sentence.tokens
        for index in clause where !match.tokens.contains(index) {
            // The tag first: it is cheaper than the look-up, and a noun ("plans") is no cue.
            guard tokens[index].tag != .noun || tokens[index].tag == .modal else { continue }
            if words.value(bytes[tokens[index].bytes.start..<tokens[index].bytes.end], .future) != nil {
                return .future
            }
        }
        let groups = sentence.verbGroups.filter { clause.contains($0.head) }
        guard let nearest = groups.min(by: { abs($0.head - at) < abs($1.head - at) }) else { return .unknown }
        if nearest.tense == .future || nearest.modal == "will" || nearest.modal == "shall" { return .future }
        if nearest.tense == .past || nearest.isPerfect { return .past }
        let previous = at > sentence.tokens.lowerBound ? String(decoding: bytes[tokens[at - 1].bytes.start..<tokens[at - 1].bytes.end], as: UTF8.self).lowercased() : ""
        if ["until", "through", "till", "by", "before"].contains(previous) { return .future }
        return nearest.tense == .present && !nearest.isProgressive ? .present : .unknown
    }
}
