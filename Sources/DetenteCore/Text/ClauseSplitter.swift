/// Cuts a sentence into flat clauses at subordinators (after, because, when …), relative
/// pronouns (which, who), complementisers and speech verbs ("said (that) …"), coordinators and
/// semicolons that open a new verb, and participial phrases after a comma. Each clause holds at
/// most one finite verb group.
struct ClauseSplitter: Sendable {
    /// Compared on bytes (`UTF8Scanning.equalsFolded`): none has a "k".
    static let subordinators: [StaticString] = [
        "after", "before", "because", "when", "whenever", "while", "although", "though", "if", "unless",
        "until", "since", "whereas", "once", "as", "so", "whether",
    ]
    let speechVerbs: SpeechVerbs

    func split(_ tokens: [Token], _ sentence: Range<Int>, verbGroups: [VerbGroup], bytes: [UInt8]) -> [Clause] {
        guard !sentence.isEmpty else { return [] }
        var starts: [(Int, Clause.Kind, Int?)] = [(sentence.lowerBound, .main, nil)]
        var groupIndex = 0
        for i in sentence {
            while groupIndex < verbGroups.count, verbGroups[groupIndex].tokens.upperBound <= i { groupIndex += 1 }
            let tag = tokens[i].tag
            // Read only by the tags that need it (most tokens do not).
            func verbAhead() -> Bool { verbBefore(tokens, from: i + 1, sentence: sentence, groups: verbGroups, from: groupIndex) }
            var opened: (Clause.Kind, Int?)?
            switch tag {
            case .whDeterminer, .whPronoun, .whPossessive:
                if verbAhead() { opened = (.relative, i) }
            case .whAdverb:
                if verbAhead() { opened = (.adverbial, i) }
            case .preposition:
                if UTF8Scanning.equalsFolded(bytes, tokens[i].bytes, "that"), verbAhead() {
                    opened = (.complement, i)
                } else if Self.subordinators.contains(where: { UTF8Scanning.equalsFolded(bytes, tokens[i].bytes, $0) }), verbAhead(), finiteNext(tokens, from: i + 1, sentence: sentence, groups: verbGroups) {
                    opened = (.adverbial, i)
                }
            case .coordinator:
                // "and" joins clauses only once the current clause has its verb ("The US and Mexico agreed" is one clause).
                let clauseStart = starts.last?.0 ?? sentence.lowerBound
                let clauseHasVerb = verbGroups.contains { $0.tokens.lowerBound >= clauseStart && $0.tokens.lowerBound < i }
                if verbAhead(), clauseHasVerb, i > sentence.lowerBound { opened = (.main, i) }
            case .colon:
                if tokens[i].bytes.end - tokens[i].bytes.start == 1, bytes[tokens[i].bytes.start] == UInt8(ascii: ";"), verbAhead() {
                    opened = (.main, i)
                }
            case .comma:
                if i + 1 < sentence.upperBound, tokens[i + 1].tag == .verbGerund || tokens[i + 1].tag == .verbParticiple {
                    opened = (.adverbial, i)
                }
            default:
                // A speech verb followed by a subject and a verb: the reported clause ("said he felt").
                if tag.isVerb, speechVerbs.contains(bytes[tokens[i].bytes.start..<tokens[i].bytes.end]), i + 1 < sentence.upperBound,
                   tokens[i + 1].tag == .personalPronoun || tokens[i + 1].tag.isProperNoun || tokens[i + 1].tag == .determiner,
                   finiteNext(tokens, from: i + 1, sentence: sentence, groups: verbGroups) {
                    starts.append((i + 1, .complement, nil))
                }
            }
            if let (kind, marker) = opened, i > sentence.lowerBound || kind != .main {
                if starts.last?.0 == i { starts.removeLast() }
                starts.append((i, kind, marker))
            }
        }
        var clauses: [Clause] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].0 : sentence.upperBound
            guard end > start.0 else { continue }
            clauses.append(Clause(tokens: start.0..<end, kind: start.1, marker: start.2))
        }
        return clauses
    }

    /// Whether a verb group begins after `start` before any clause-ending punctuation.
    private func verbBefore(_ tokens: [Token], from start: Int, sentence: Range<Int>, groups: [VerbGroup], from groupIndex: Int) -> Bool {
        var limit = sentence.upperBound
        for j in start..<sentence.upperBound where tokens[j].tag == .sentenceEnd || tokens[j].tag == .colon {
            limit = j
            break
        }
        return groups[groupIndex...].contains { $0.tokens.lowerBound >= start && $0.tokens.lowerBound < limit }
    }

    /// Whether the next verb group after `start` is finite (has tense of its own).
    private func finiteNext(_ tokens: [Token], from start: Int, sentence: Range<Int>, groups: [VerbGroup]) -> Bool {
        guard let group = groups.first(where: { $0.tokens.lowerBound >= start }) else { return false }
        return group.tense != .none || tokens[group.tokens.lowerBound].tag.isFinite
    }
}
