/// One sentence as the event coder reads it: tokens, chunks and actor mentions, with the
/// questions event assembly asks (subject, object, target, by-agent, other party).
struct SentenceContext {
    let document: Document
    let sentence: Sentence
    let index: Int
    /// Indices into `document.actors` of this sentence's mentions, in text order.
    let mentions: [Int]
    let lexicon: Lexicon

    var tokens: [Token] { document.tokens }

    func lower(_ i: Int) -> String {
        guard sentence.tokens.contains(i) else { return "" }
        return document.text(of: tokens[i]).lowercased()
    }

    func lemma(_ i: Int) -> String { lexicon.word(tokens[i].lemma) ?? lower(i) }

    // MARK: - Participants

    func participants(_ m: Int) -> [Participant] {
        let mention = document.actors[m]
        if mention.refersTo.count >= 2 { return mention.refersTo.flatMap { participants($0) } }
        if mention.code == nil && mention.agent == nil { return [] }
        return [Participant(code: mention.code, text: document.text(mention.bytes), person: mention.person,
                            agent: mention.code == nil ? mention.agent : nil)]
    }

    /// The subject of a verb group: the last actor mention between the previous verb group and
    /// this one (with any actors coordinated with it by "and"); a relative pronoun's antecedent.
    func subject(before group: VerbGroup, gapStart: Int) -> [Participant] {
        let start = group.tokens.lowerBound
        let inGap = mentions.filter { document.actors[$0].head >= gapStart && document.actors[$0].head < start }
        guard let last = inGap.last else { return [] }
        var chosen = [last]
        var k = inGap.count - 1
        while k > 0 {
            let previous = document.actors[inGap[k - 1]], current = document.actors[inGap[k]]
            let between = previous.tokens.upperBound..<current.tokens.lowerBound
            guard between.count == 1, ["and", "&"].contains(lower(between.lowerBound)) || between.count == 1 && lower(between.lowerBound) == "," else { break }
            chosen.insert(inGap[k - 1], at: 0)
            k -= 1
        }
        // A mention inside a prepositional phrase right before the verb is not its subject ("talks with Iran collapsed").
        return chosen.flatMap { participants($0) }
    }

    /// The verb continues the previous one's subject: after "and", or as a participle after a comma.
    func sharesSubject(_ group: VerbGroup, previousEnd: Int) -> Bool {
        var i = group.tokens.lowerBound - 1
        while i >= previousEnd, tokens[i].tag.isAdverb { i -= 1 }
        guard i >= sentence.tokens.lowerBound else { return false }
        if tokens[i].tag == .coordinator { return true }
        let head = tokens[group.head].tag
        return (head == .verbGerund || head == .verbParticiple) && (tokens[i].tag == .comma || tokens[i].tag.isNoun)
    }

    /// The verb sits in a clause reported by a denial ("denied that Russian forces had targeted …").
    func governedByDenial(_ group: VerbGroup, _ verbs: Set<String>) -> Bool {
        guard let clause = sentence.clauses.first(where: { $0.tokens.contains(group.head) }), clause.kind == .complement else { return false }
        return sentence.verbGroups.contains { $0.head < clause.tokens.lowerBound && verbs.contains(lemma($0.head)) }
    }

    /// Whether only time expressions, adverbs and commas stand between two token positions.
    func onlyCircumstance(from start: Int, to end: Int) -> Bool {
        guard start <= end else { return false }
        let timeTokens = Set(document.times.filter { $0.sentence == index }.flatMap { Array($0.tokens) })
        for i in start..<end where !(timeTokens.contains(i) || tokens[i].tag.isAdverb || tokens[i].tag == .comma
                                      || (tokens[i].tag == .preposition && i + 1 < end && timeTokens.contains(i + 1))) {
            return false
        }
        return true
    }

    /// A gerund right after a preposition ("accused Y of violating", "thanked X for hosting") modifies, it does not report.
    func followsPreposition(_ group: VerbGroup) -> Bool {
        let first = group.tokens.lowerBound
        guard first > sentence.tokens.lowerBound, tokens[group.head].tag == .verbGerund else { return false }
        return tokens[first - 1].tag == .preposition
    }

    // MARK: - Objects and targets

    /// The end of the stretch that belongs to a verb: the next finite verb group or the sentence end.
    private func regionEnd(after group: VerbGroup) -> Int {
        for g in sentence.verbGroups where g.tokens.lowerBound >= group.tokens.upperBound {
            if tokens[g.head].tag == .verbGerund || tokens[g.head].tag == .verbParticiple, g.tokens.count == 1 { continue }
            return g.tokens.lowerBound
        }
        return sentence.tokens.upperBound
    }

    /// Head-word sequences of the verb's object: the first noun phrase after it, and the noun phrase
    /// after a preposition that directly follows it ("agree to a ceasefire"); last word lemmatised.
    func objectWords(after group: VerbGroup) -> [[String]] {
        let end = regionEnd(after: group)
        var found: [[String]] = []
        var i = group.tokens.upperBound
        while i < end, tokens[i].tag == .particle || tokens[i].tag.isAdverb { i += 1 }
        var phrases = sentence.nounPhrases.filter { $0.tokens.lowerBound >= i && $0.tokens.lowerBound < end }
        if let first = phrases.first, first.tokens.lowerBound == i || (first.tokens.lowerBound == i + 1 && (tokens[i].tag == .preposition || tokens[i].tag == .to)) {
            found.append(words(of: first))
            phrases.removeFirst()
            // "the presence of U.S. fighter jets", "a ceasefire in Gaza": a following of-phrase counts too.
            if let next = phrases.first, next.tokens.lowerBound == first.tokens.upperBound + 1, lower(first.tokens.upperBound) == "of" {
                found.append(words(of: next))
            }
        }
        return found
    }

    private func words(of phrase: NounPhrase) -> [String] {
        var words = phrase.tokens.filter { !(tokens[$0].tag == .determiner || tokens[$0].tag == .possessivePronoun || tokens[$0].tag == .cardinal) }
            .map { lower($0) }
        if !words.isEmpty {
            let head = tokens[phrase.head]
            words[words.count - 1] = head.tag == .pluralNoun ? (lexicon.word(head.lemma) ?? words[words.count - 1]) : words[words.count - 1]
        }
        return words
    }

    /// The target: the direct object's actor, or the actor after a listed preposition.
    func target(after group: VerbGroup, pattern: VerbPatterns.Pattern, prepositions: [String], excluding subject: [Participant],
                allowAgents: Bool = true) -> [Participant] {
        let end = regionEnd(after: group)
        var direct: [Int] = []
        var prepositional: [(String, Int)] = []
        var preposition: String?
        var m = mentions.makeIterator()
        var next = m.next()
        for i in group.tokens.upperBound..<end {
            if tokens[i].tag == .preposition || tokens[i].tag == .to {
                let word = lower(i)
                if word != "of" { preposition = word }
            }
            while let n = next, document.actors[n].tokens.lowerBound < i { next = m.next() }
            if let n = next, document.actors[n].tokens.lowerBound == i {
                if let p = preposition { prepositional.append((p, n)) } else { direct.append(n) }
                next = m.next()
            }
        }
        let subjectCodes = Set(subject.compactMap(\.code))
        func usable(_ n: Int) -> Bool {
            let ps = participants(n)
            if !allowAgents, ps.contains(where: { $0.code == nil }) { return false }
            return !ps.isEmpty && !ps.contains { $0.code != nil && subjectCodes.contains($0.code ?? "") }
        }
        let chosen: Int?
        if pattern.targetIsObject {
            chosen = direct.first(where: usable)
        } else if !pattern.prepositions.isEmpty {
            chosen = prepositional.first { pattern.prepositions.contains($0.0) && usable($0.1) }?.1
        } else {
            chosen = direct.first(where: usable) ?? prepositional.first { prepositions.contains($0.0) && usable($0.1) }?.1
        }
        guard let chosen else { return [] }
        return participants(chosen)
    }

    /// The actor after "by" behind a passive verb.
    func byAgent(after group: VerbGroup) -> [Participant] {
        let end = regionEnd(after: group)
        guard let by = (group.tokens.upperBound..<end).first(where: { lower($0) == "by" }) else { return [] }
        guard let m = mentions.first(where: { document.actors[$0].tokens.lowerBound > by && document.actors[$0].tokens.lowerBound < end }) else { return [] }
        return participants(m)
    }

    /// The nearest other country-coded actor of the sentence, for a verb whose target is implicit
    /// ("Mexico agreed to send troops … after Trump threatened …").
    func otherParty(than sources: [Participant], after group: VerbGroup) -> Participant? {
        let countries = Set(sources.compactMap(\.country))
        let ordered = mentions.sorted { abs(document.actors[$0].head - group.head) < abs(document.actors[$1].head - group.head) }
        for n in ordered {
            for p in participants(n) where p.code != nil && !countries.contains(p.country ?? "") { return p }
        }
        return nil
    }

    /// The country of a place named after "in" ("marched in Mexico City").
    var locationCountry: String? {
        for n in mentions {
            let m = document.actors[n]
            if m.kind == .country, m.tokens.lowerBound > sentence.tokens.lowerBound, lower(m.tokens.lowerBound - 1) == "in" { return m.code.map { String($0.prefix(3)) } }
        }
        return nil
    }
}
