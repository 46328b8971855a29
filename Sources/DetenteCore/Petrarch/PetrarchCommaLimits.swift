/// PETRARCH's comma-clause limits (`comma_min`/`comma_max`, `comma_emin`/`comma_emax`): before
/// coding, a clause after the sentence's last comma, and a clause between two commas, whose length
/// in words lies within the limits is dropped (PETRARCH's `check_commas`), so ", a senior official
/// said on Saturday" codes nothing. A pair whose maximum is 0 is off. Defaults are PETRARCH2's
/// (`PETR_config.ini`). Only a stretch that holds a finite verb is a clause (a comma in a list of
/// names or before an apposition is none, as PETRARCH absorbs those into the noun phrase).
public struct PetrarchCommaLimits: Sendable, Hashable {
    public var internalMin = 2
    public var internalMax = 8
    public var terminalMin = 2
    public var terminalMax = 8

    public init() {}

    /// Limits from `<Config>` options, PETRARCH's defaults otherwise.
    public init(options: [String: Int]) {
        if let v = options["comma_min"] { internalMin = v }
        if let v = options["comma_max"] { internalMax = v }
        if let v = options["comma_emin"] { terminalMin = v }
        if let v = options["comma_emax"] { terminalMax = v }
    }

    /// The sentence without the comma clauses within the limits (their verbs, phrases and clauses
    /// removed; a terminal clause also cut from the token range), and the dropped token stretches.
    func pruned(_ sentence: Sentence, tokens: [Token]) -> (Sentence, [Range<Int>]) {
        let commas = sentence.tokens.filter { tokens[$0].tag == .comma }
        guard let last = commas.last else { return (sentence, []) }
        func words(_ r: Range<Int>) -> Int { r.filter { !tokens[$0].tag.isPunctuation }.count }
        func hasClause(_ r: Range<Int>) -> Bool {
            sentence.verbGroups.contains { r.contains($0.tokens.lowerBound) && !$0.isInfinitive }
        }
        var dropped: [Range<Int>] = []
        var end = sentence.tokens.upperBound
        let terminal = last + 1..<sentence.tokens.upperBound
        if terminalMax > 0, (terminalMin...max(terminalMin, terminalMax)).contains(words(terminal)), hasClause(terminal),
           hasClause(sentence.tokens.lowerBound..<last) {
            dropped.append(last..<sentence.tokens.upperBound)
            end = last
        }
        if internalMax > 0 {
            for (a, b) in zip(commas, commas.dropFirst()) where b <= end {
                let inner = a + 1..<b
                if (internalMin...max(internalMin, internalMax)).contains(words(inner)), hasClause(inner) {
                    dropped.append(a..<b)
                }
            }
        }
        guard !dropped.isEmpty else { return (sentence, []) }
        func kept(_ r: Range<Int>) -> Bool { r.upperBound <= end && !dropped.contains { $0.overlaps(r) } }
        var s = sentence
        s.tokens = sentence.tokens.lowerBound..<end
        s.verbGroups = sentence.verbGroups.filter { kept($0.tokens) }
        s.nounPhrases = sentence.nounPhrases.filter { kept($0.tokens) }
        s.clauses = sentence.clauses.compactMap { c in
            guard c.tokens.lowerBound < end else { return nil }
            var c = c
            c.tokens = c.tokens.lowerBound..<min(c.tokens.upperBound, end)
            return c
        }
        return (s, dropped)
    }
}
