/// One sentence as the event coder reads it: tokens, chunks and actor mentions, with the
/// questions event assembly asks (subject, object, target, by-agent, other party).
struct SentenceContext {
    let document: Document
    let sentence: Sentence
    let index: Int
    /// Indices into `document.actors` of this sentence's mentions, in text order.
    let mentions: [Int]
    let lexicon: Lexicon
    let speechVerbs: SpeechVerbs
    /// Speech verbs that code an event of their own ("threatened", "warned") are not mere reporting.
    let patterns: VerbPatterns
    /// PETRARCH's conventions: pattern words anywhere after the verb in the sentence, and the
    /// first actor after the verb a possible target even when it is a later verb's subject.
    var petrarch = false
    /// Each sentence token's lower-cased text, built once: the coder asks for the same words many
    /// times per verb group and pattern.
    private let lowered: [String]
    /// The lemma of each verb group's head, in the order of `sentence.verbGroups`.
    private let headLemmas: [String]
    /// `participants(_:)` of each of `mentions`, built once (each builds its text).
    private let mentionParticipants: [[Participant]]

    init(document: Document, sentence: Sentence, index: Int, mentions: [Int], lexicon: Lexicon,
         speechVerbs: SpeechVerbs, patterns: VerbPatterns, petrarch: Bool) {
        self.document = document
        self.sentence = sentence
        self.index = index
        self.mentions = mentions
        self.lexicon = lexicon
        self.speechVerbs = speechVerbs
        self.patterns = patterns
        self.petrarch = petrarch
        let tokens = document.tokens
        let lowered = sentence.tokens.map { document.lowercasedText(of: tokens[$0]) }
        let base = sentence.tokens.lowerBound
        self.lowered = lowered
        mentionParticipants = mentions.map { Self.participants($0, document) }
        headLemmas = sentence.verbGroups.map { g in
            Self.lemma(of: tokens[g.head], lowered: sentence.tokens.contains(g.head) ? lowered[g.head - base] : "",
                       patterns: patterns, lexicon: lexicon)
        }
    }

    var tokens: [Token] { document.tokens }

    func lower(_ i: Int) -> String {
        guard sentence.tokens.contains(i) else { return "" }
        return lowered[i - sentence.tokens.lowerBound]
    }

    /// Whether the tokens from `i` on are `words`, as written (lower-cased); a token outside the sentence is "".
    func spellsWritten(_ words: [String], at i: Int) -> Bool {
        for (k, word) in words.enumerated() where lower(i + k) != word { return false }
        return true
    }

    /// The token's lemma: a form the verb dictionary lists ("left" → leave), else the lexicon's.
    func lemma(_ i: Int) -> String {
        if let g = sentence.verbGroups.firstIndex(where: { $0.head == i }) { return headLemmas[g] }
        return Self.lemma(of: tokens[i], lowered: lower(i), patterns: patterns, lexicon: lexicon)
    }

    private static func lemma(of token: Token, lowered: String, patterns: VerbPatterns, lexicon: Lexicon) -> String {
        if !patterns.forms.isEmpty, let form = patterns.forms[lowered] { return form }
        return lexicon.word(token.lemma) ?? lowered
    }

    // MARK: - Participants

    /// The participants a mention stands for (none for an uncoded one); read from the cache for the sentence's own mentions.
    func participants(_ m: Int) -> [Participant] {
        if let k = position(ofMention: m) { return mentionParticipants[k] }
        return Self.participants(m, document)
    }

    /// Where mention `m` stands in `mentions` (which is in ascending order), if it is one of them.
    private func position(ofMention m: Int) -> Int? {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid] < m { low = mid + 1 } else { high = mid }
        }
        return low < mentions.count && mentions[low] == m ? low : nil
    }

    private static func participants(_ m: Int, _ document: Document) -> [Participant] {
        // Fields read in place: a copy of the mention would retain and release all its strings and arrays.
        if document.actors[m].refersTo.count >= 2 { return document.actors[m].refersTo.flatMap { participants($0, document) } }
        let code = document.actors[m].code
        if code == nil && document.actors[m].agent == nil { return [] }
        let bytes = document.actors[m].bytes
        // PETRARCH "[FRO/BIL/SAM]": one name for several actors.
        if let code, code.utf8.contains(UInt8(ascii: "/")), code.contains("/") {
            return code.split(separator: "/").map { Participant(code: String($0), text: document.text(bytes), person: nil) }
        }
        return [Participant(code: code, text: document.text(bytes), person: document.actors[m].person,
                            agent: code == nil ? document.actors[m].agent : nil)]
    }

    /// The subject of a verb group: the last actor mention between the previous verb group and
    /// this one (with any actors coordinated with it by "and"); a relative pronoun's antecedent.
    func subject(before group: VerbGroup, gapStart: Int) -> [Participant] {
        let start = group.tokens.lowerBound
        // A mention inside a prepositional phrase ("in Bogota", "talks with Iran") is not the subject; "of" is ("the leaders of France and Germany").
        let inGap = mentions.filter { document.actors[$0].head >= gapStart && document.actors[$0].head < start && !afterPreposition($0, except: Self.clauseOpeners) }
        guard let last = inGap.last else { return [] }
        var chosen = [last]
        var k = inGap.count - 1
        var sawAnd = false
        while k > 0 {
            let previous = document.actors[inGap[k - 1]], current = document.actors[inGap[k]]
            // "Fornost and the evil awful Gondor", "Mordor, the Shire, Fornost and Bree": a comma or coordinator,
            // then determiners and adjectives.
            let between = previous.tokens.upperBound..<current.tokens.lowerBound
            guard !between.isEmpty, between.count <= 4 else { break }
            let word = lower(between.lowerBound)
            if word == "and" || word == "&" || word == "nor" { sawAnd = true } else if word != "," { break }
            var rest = between.dropFirst()
            if let w = rest.first, ["and", "&", "nor"].contains(lower(w)) { sawAnd = true; rest = rest.dropFirst() }
            guard rest.allSatisfy({ tokens[$0].tag == .determiner || tokens[$0].tag.isAdjective }) else { break }
            chosen.insert(inGap[k - 1], at: 0)
            k -= 1
        }
        // Commas join a list only when it closes with "and" ("China, Russia and Iran").
        if !sawAnd { chosen = [last] }
        // A mention inside a prepositional phrase right before the verb is not its subject ("talks with Iran collapsed").
        return chosen.flatMap { participants($0) }
    }

    /// The verb continues the previous one's subject: after "and", or as a participle after a comma.
    func sharesSubject(_ group: VerbGroup, previousEnd: Int) -> Bool {
        if isByGerund(group) { return true }
        var i = group.tokens.lowerBound - 1
        while i >= previousEnd, tokens[i].tag.isAdverb { i -= 1 }
        guard i >= sentence.tokens.lowerBound else { return false }
        if tokens[i].tag == .coordinator { return true }
        let head = tokens[group.head].tag
        return group.tokens.count == 1 && (head == .verbGerund || head == .verbParticiple) && (tokens[i].tag == .comma || tokens[i].tag.isNoun)
    }

    /// A gerund after a comma that continues the previous verb: "fired rockets into Thailand, killing 12".
    func isOutcomeParticiple(_ group: VerbGroup, previousEnd: Int) -> Bool {
        let first = group.tokens.lowerBound
        return group.tokens.count == 1 && tokens[group.head].tag == .verbGerund && first > previousEnd
            && first > sentence.tokens.lowerBound && tokens[first - 1].tag == .comma
    }

    /// The verb sits in a clause reported by a denial ("denied that Russian forces had targeted …").
    func governedByDenial(_ group: VerbGroup, _ verbs: Set<String>) -> Bool {
        guard let clause = sentence.clauses.first(where: { $0.tokens.contains(group.head) }), clause.kind == .complement else { return false }
        return sentence.verbGroups.contains { $0.head < clause.tokens.lowerBound && verbs.contains(lemma($0.head)) }
    }

    /// Whether only time expressions, adverbs, commas and prepositional phrases stand between two
    /// token positions ("agreed in a phone call with Trump on Tuesday to pause …").
    func onlyCircumstance(from start: Int, to end: Int) -> Bool {
        guard start <= end else { return false }
        let timeTokens = Set(document.times[document.times.indexRange(ofSentence: index)].flatMap { Array($0.tokens) })
        var inPhrase = false
        for i in start..<end {
            let tag = tokens[i].tag
            if timeTokens.contains(i) || tag.isAdverb || tag == .comma { continue }
            if tag == .preposition { inPhrase = true; continue }
            if inPhrase, tag.isNoun || tag.isAdjective || tag == .determiner || tag == .cardinal || tag == .possessiveEnding
                || tag == .possessivePronoun || tag == .coordinator { continue }
            return false
        }
        return true
    }

    /// A gerund right after a preposition ("accused Y of violating", "thanked X for hosting") modifies, it does not report;
    /// after "by" it is the act itself ("responded by firing missiles").
    func followsPreposition(_ group: VerbGroup) -> Bool {
        let first = group.tokens.lowerBound
        guard first > sentence.tokens.lowerBound, tokens[group.head].tag == .verbGerund else { return false }
        return tokens[first - 1].tag == .preposition && !isByGerund(group)
    }

    /// "responded by firing": a gerund after "by" that follows a verb.
    func isByGerund(_ group: VerbGroup) -> Bool {
        let first = group.tokens.lowerBound
        guard first - 2 >= sentence.tokens.lowerBound, tokens[group.head].tag == .verbGerund, lower(first - 1) == "by" else { return false }
        return tokens[first - 2].tag.isVerb || tokens[first - 2].tag.isAdverb
    }

    /// Whether the verb belongs to the sentence's main clause (or one coordinated with it).
    func isInMainClause(_ group: VerbGroup) -> Bool {
        sentence.clauses.first { $0.tokens.contains(group.head) }.map { $0.kind == .main } ?? true
    }

    /// A verb inside "if …", "unless …" or "whether …": a hypothesis, not an event.
    func isConditional(_ group: VerbGroup) -> Bool {
        guard let clause = sentence.clauses.first(where: { $0.tokens.contains(group.head) }), clause.kind != .main else { return false }
        var i = clause.tokens.lowerBound
        while i < group.tokens.lowerBound, tokens[i].tag == .comma || tokens[i].tag.isAdverb { i += 1 }
        return ["if", "unless", "whether"].contains(lower(i))
    }

    /// "Afghan nationals convicted of crimes": a bare participle after a common noun, with no by-agent.
    func isReducedRelativeWithoutAgent(_ group: VerbGroup) -> Bool {
        let first = group.tokens.lowerBound
        guard group.tokens.count == 1, tokens[group.head].tag == .verbParticiple, first > sentence.tokens.lowerBound else { return false }
        let before = tokens[first - 1].tag
        return (before == .noun || before == .pluralNoun) && lower(group.tokens.upperBound) != "by"
    }

    /// The actor between a verb and the next infinitive ("prompting Mexico to suspend").
    func objectBefore(_ infinitive: VerbGroup, after verb: VerbGroup) -> [Participant]? {
        let candidates = mentions.filter { document.actors[$0].tokens.lowerBound >= verb.tokens.upperBound && document.actors[$0].tokens.upperBound <= infinitive.tokens.lowerBound }
        guard let n = candidates.last, document.actors[n].tokens.upperBound == infinitive.tokens.lowerBound else { return nil }
        let ps = participants(n)
        return ps.isEmpty ? nil : ps
    }

    // MARK: - Objects and targets

    /// The end of the stretch that belongs to a verb: the next finite verb group or the sentence end.
    private func regionEnd(after group: VerbGroup) -> Int {
        // PETRARCH: a complement clause right after the verb belongs to its verb phrase ("to question whether he has …").
        var complement = petrarch && ["whether", "that", "if"].contains(lower(group.tokens.upperBound))
        for g in sentence.verbGroups where g.tokens.lowerBound >= group.tokens.upperBound {
            if tokens[g.head].tag == .verbGerund || tokens[g.head].tag == .verbParticiple, g.tokens.count == 1 { continue }
            // PETRARCH: an infinitive belongs to the verb phrase ("signed an accord to supply Gondor").
            if petrarch, g.isInfinitive { continue }
            if complement, !g.isInfinitive {
                complement = false
                continue
            }
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
        // A phrase the chunker began on the verb itself ("by firing missiles") starts after it.
        // Only the first three phrases can count.
        var phrases: [NounPhrase] = []
        phrases.reserveCapacity(3)
        for p in sentence.nounPhrases where p.tokens.upperBound > group.tokens.upperBound {
            let phrase = p.tokens.lowerBound >= group.tokens.upperBound ? p : NounPhrase(tokens: group.tokens.upperBound..<p.tokens.upperBound, head: p.head)
            guard phrase.tokens.lowerBound >= i && phrase.tokens.lowerBound < end else { continue }
            phrases.append(phrase)
            if phrases.count == 3 { break }
        }
        if let first = phrases.first, first.tokens.lowerBound == i || (first.tokens.lowerBound == i + 1 && (tokens[i].tag == .preposition || tokens[i].tag == .to)) {
            found.append(words(of: first))
            phrases.removeFirst()
            // A second object ("gave Petro a copy of his book") and a phrase after one more preposition
            // ("placed X under house arrest", "the presence of U.S. fighter jets") count too; so does the
            // of-phrase after the second object.
            var last = first
            for next in phrases.prefix(2) {
                let gap = last.tokens.upperBound
                let adjacent = next.tokens.lowerBound >= gap
                    && (gap..<next.tokens.lowerBound).allSatisfy({ tokens[$0].tag == .determiner || tokens[$0].tag == .openQuote })
                let afterPreposition = next.tokens.lowerBound == gap + 1 && (tokens[gap].tag == .preposition || tokens[gap].tag == .to)
                guard adjacent && last.tokens == first.tokens || afterPreposition && (last.tokens == first.tokens || lower(gap) == "of") else { break }
                found.append(words(of: next))
                last = next
            }
        }
        return found
    }

    private func words(of phrase: NounPhrase) -> [String] {
        // One array, sized once (not a filtered index array mapped into a second one).
        var words: [String] = []
        words.reserveCapacity(phrase.tokens.count)
        for i in phrase.tokens where !(tokens[i].tag == .determiner || tokens[i].tag == .possessivePronoun || tokens[i].tag == .cardinal) {
            words.append(lower(i))
        }
        if !words.isEmpty {
            let head = tokens[phrase.head]
            words[words.count - 1] = head.tag == .pluralNoun ? (lexicon.word(head.lemma) ?? words[words.count - 1]) : words[words.count - 1]
        }
        return words
    }

    // MARK: - PETRARCH word conditions

    /// Whether token `i` (and those after it) spell `words`: as written; a synset member (`inflected`)
    /// also as the lemma or a plural, as PETRARCH matches synsets. Returns the end of the match.
    private func spells(_ words: [String], at i: Int, end: Int, inflected: Bool) -> Int? {
        var k = i
        for w in words {
            guard k < end else { return nil }
            let text = lower(k)
            if text != w {
                guard inflected else { return nil }
                let l = lexicon.word(tokens[k].lemma) ?? text
                guard l == w || w == l + "s" || w == l + "es" || text == w + "s" || text == w + "es" else { return nil }
            }
            k += 1
        }
        return k
    }

    /// PETRARCH words after the verb: each slot in order in the verb's stretch, gaps allowed unless `adjacent`.
    func matches(after slots: [VerbPatterns.WordSlot], from start: Int, objectGroup: VerbGroup) -> Bool {
        matchEnd(after: slots[...], from: start, objectGroup: objectGroup) != nil
    }

    /// PETRARCH `… WITH +`: the actor after the words of the pattern's first slots, past `skips`
    /// noun phrases (`^`), within the verb's stretch.
    func markedTarget(after slots: ArraySlice<VerbPatterns.WordSlot>, from start: Int, skips: Int, objectGroup: VerbGroup) -> [Participant]? {
        guard var pos = matchEnd(after: slots, from: start, objectGroup: objectGroup) else { return nil }
        let end = regionEnd(after: objectGroup)
        if skips > 0 {
            let phrases = sentence.nounPhrases.filter { $0.tokens.lowerBound >= pos && $0.tokens.lowerBound < end }
            guard skips < phrases.count else { return nil }
            pos = phrases[skips].tokens.lowerBound
        }
        guard let m = mentions.first(where: { document.actors[$0].tokens.lowerBound >= pos && document.actors[$0].tokens.lowerBound < end }) else { return nil }
        let found = participants(m)
        return found.isEmpty ? nil : found
    }

    /// Where the slots' words end when they all occur in order in the verb's stretch.
    private func matchEnd(after slots: ArraySlice<VerbPatterns.WordSlot>, from start: Int, objectGroup: VerbGroup) -> Int? {
        let end = max(petrarch ? sentence.tokens.upperBound : regionEnd(after: objectGroup), start)
        var pos = start
        for slot in slots {
            var found: Int?
            var i = pos
            while i < end {
                for alternative in slot.alternatives {
                    if let e = spells(alternative, at: i, end: end, inflected: slot.alternatives.count > 1) { found = e; break }
                }
                if found != nil || slot.adjacent { break }
                i += 1
            }
            guard let next = found else { return nil }
            pos = next
        }
        return pos
    }

    /// PETRARCH words before the verb: in order, nearest last, within the ten tokens before it.
    func matches(before slots: [VerbPatterns.WordSlot], verb: VerbGroup, abutsVerb: Bool = false) -> Bool {
        let lowest = max(sentence.tokens.lowerBound, verb.head - 10)
        var pos = verb.head
        for j in slots.indices.reversed() {
            let slot = slots[j]
            // `DEATH_TOTAL *`: a slot joined by `_` to the next one ends where that one starts.
            let abuts = j + 1 < slots.count ? slots[j + 1].adjacent : abutsVerb
            var found: Int?
            var i = pos - 1
            while i >= lowest, found == nil {
                for alternative in slot.alternatives where i - alternative.count + 1 >= lowest {
                    if spells(alternative, at: i - alternative.count + 1, end: pos, inflected: slot.alternatives.count > 1) == i + 1 {
                        found = i - alternative.count + 1
                        break
                    }
                }
                if abuts { break }
                i -= 1
            }
            guard let next = found else { return false }
            pos = next
        }
        return true
    }

    /// A bare participle followed by "by" after a noun: "a plan brokered by the United States".
    func isReducedPassive(_ group: VerbGroup) -> Bool {
        let first = group.tokens.lowerBound
        return group.tokens.count == 1 && tokens[group.head].tag == .verbParticiple && first > sentence.tokens.lowerBound
            && tokens[first - 1].tag.isNoun && lower(group.tokens.upperBound) == "by"
    }

    /// The verb's object is a clause ("guaranteed migrants were treated …"): its first noun phrase
    /// is the subject of the next verb.
    func objectIsClause(after group: VerbGroup) -> Bool {
        let start = group.tokens.upperBound
        guard let phrase = sentence.nounPhrases.first(where: { $0.tokens.lowerBound >= start }), phrase.tokens.lowerBound == start else { return false }
        guard let next = sentence.verbGroups.first(where: { $0.tokens.lowerBound >= phrase.tokens.upperBound }) else { return false }
        return next.tokens.lowerBound == phrase.tokens.upperBound && !next.isInfinitive
            && !(next.tokens.count == 1 && (tokens[next.head].tag == .verbGerund || tokens[next.head].tag == .verbParticiple))
    }

    /// A country named as the place of an attack ("struck nine sites in Pakistan").
    func placeAttacked(after group: VerbGroup) -> Participant? {
        let end = regionEnd(after: group)
        for n in mentions where document.actors[n].tokens.lowerBound > group.tokens.upperBound && document.actors[n].tokens.lowerBound < end && isPlace(n) {
            if let p = participants(n).first, p.code != nil { return p }
        }
        return nil
    }

    /// Whether one of the prepositions occurs in the verb's stretch.
    func hasPreposition(_ words: [String], after group: VerbGroup) -> Bool {
        (group.tokens.upperBound..<regionEnd(after: group)).contains { (tokens[$0].tag == .preposition || tokens[$0].tag == .to || tokens[$0].tag == .particle) && words.contains(lower($0)) }
    }

    /// Mentions that are subjects of a later verb ("guaranteed migrants were treated", ", the first
    /// time a NATO member has fired"): not objects of an earlier one.
    private func laterSubjects(after group: VerbGroup) -> Set<Int> {
        var out = Set<Int>()
        for g in sentence.verbGroups where g.tokens.lowerBound > group.tokens.upperBound && !g.isInfinitive {
            if g.tokens.count == 1, tokens[g.head].tag == .verbGerund || tokens[g.head].tag == .verbParticiple { continue }
            var i = g.tokens.lowerBound - 1
            while i > group.tokens.upperBound, tokens[i].tag.isAdverb { i -= 1 }
            for n in mentions where document.actors[n].tokens.upperBound == i + 1 { out.insert(n) }
        }
        return out
    }

    /// A mention of a countryless agent that only modifies another noun ("joint military exercises").
    private func isModifier(_ n: Int) -> Bool {
        let m = document.actors[n]
        guard m.code == nil, m.refersTo.isEmpty else { return false }
        guard let phrase = sentence.nounPhrases.first(where: { $0.tokens.contains(m.head) }) else { return false }
        return !m.tokens.contains(phrase.head)
    }

    /// "of" and the subordinators tagged as prepositions: the mention after them can be a subject.
    static let clauseOpeners: Set<String> = ["of", "after", "before", "since", "until", "till", "as", "because", "while", "although",
                                             "though", "if", "once", "that", "than", "whether", "unless", "whereas"]

    /// A mention that is the object of a preposition (determiners and adjectives between).
    func afterPreposition(_ n: Int, except: Set<String> = []) -> Bool {
        var i = document.actors[n].tokens.lowerBound - 1
        while i >= sentence.tokens.lowerBound, tokens[i].tag == .determiner || tokens[i].tag.isAdjective { i -= 1 }
        return i >= sentence.tokens.lowerBound && tokens[i].tag == .preposition && !except.contains(lower(i))
    }

    /// A mention introduced by a place preposition ("in London", "near the border").
    private func isPlace(_ n: Int) -> Bool {
        let start = document.actors[n].tokens.lowerBound
        var i = start - 1
        while i >= sentence.tokens.lowerBound, tokens[i].tag == .determiner || tokens[i].tag.isAdjective { i -= 1 }
        return i >= sentence.tokens.lowerBound && Self.placePrepositions.contains(lower(i))
    }

    /// Prepositions that introduce a place (read once: a literal array is built and destroyed at each call).
    private static let placePrepositions = ["in", "near", "inside", "outside", "across", "within", "throughout", "around", "off", "through"]

    /// Meetings named in the verb's stretch ("in a phone call with Trump") and their partners.
    func settings(after group: VerbGroup, _ list: [VerbPatterns.Setting]) -> [(VerbPatterns.Setting, [Participant])] {
        guard !list.isEmpty else { return [] }
        let end = regionEnd(after: group)
        var out: [(VerbPatterns.Setting, [Participant])] = []
        for phrase in sentence.nounPhrases where phrase.tokens.lowerBound > group.tokens.upperBound && phrase.tokens.upperBound < end {
            let introducer = lower(phrase.tokens.lowerBound - 1)
            guard list.contains(where: { $0.introducers.contains(introducer) }) else { continue }
            let words = words(of: phrase)
            for setting in list where setting.introducers.contains(introducer)
                && setting.nouns.contains(where: { words.count >= $0.count && Array(words.suffix($0.count)) == $0 }) {
                let after = phrase.tokens.upperBound
                guard setting.partners.contains(lower(after)),
                      let n = mentions.first(where: { document.actors[$0].tokens.lowerBound > after && document.actors[$0].tokens.lowerBound <= after + 3 }) else { continue }
                let ps = participants(n)
                if !ps.isEmpty { out.append((setting, ps)); break }
            }
        }
        return out
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
        // A handful of subjects: arrays answer membership without hashing.
        let subjectCodes = subject.compactMap { $0.code }
        let subjectCountries = subject.compactMap { $0.country }
        // PETRARCH: the subject of a clause inside the verb phrase ("allowed that Mordor isn't …") is a
        // target; one after a comma (", a senior official said") is not.
        let later = petrarch ? laterSubjects(after: group).filter { n in
            (group.tokens.upperBound..<document.actors[n].tokens.lowerBound).contains { tokens[$0].tag == .comma }
        } : laterSubjects(after: group)
        func usable(_ n: Int) -> Bool {
            let ps = participants(n)
            if !allowAgents, ps.contains(where: { $0.code == nil }) { return false }
            if later.contains(n) || isModifier(n) { return false }
            // "the two leaders clashed over flights to Colombia": a compound subject's own countries are not its target,
            // nor is a countryless agent ("officials from both sides").
            if subject.count >= 2, ps.contains(where: { $0.country.map(subjectCountries.contains) ?? true }) { return false }
            return !ps.isEmpty && !ps.contains { $0.code != nil && subjectCodes.contains($0.code ?? "") }
        }
        func candidates(_ foreign: Bool) -> Int? {
            // First pass: actors of another country than the source ("withdrawing the United States from the WHO").
            func fits(_ n: Int) -> Bool {
                usable(n) && (!foreign || !participants(n).contains { $0.country.map(subjectCountries.contains) ?? false })
            }
            if pattern.targetIsObject { return direct.first(where: fits) }
            if !pattern.prepositions.isEmpty {
                let listed = prepositional.first { pattern.prepositions.contains($0.0) && fits($0.1) }?.1
                return pattern.objectAllowed ? direct.first(where: fits) ?? listed : listed
            }
            return direct.first(where: fits) ?? prepositional.first { prepositions.contains($0.0) && fits($0.1) }?.1
        }
        guard let chosen = candidates(true) ?? candidates(false) else { return [] }
        // "tariffs on the European Union and Mexico", "warned Brazil, China and India": coordinated targets.
        var result = participants(chosen)
        var k = mentions.firstIndex(of: chosen) ?? mentions.count
        while k + 1 < mentions.count {
            let current = document.actors[mentions[k]], next = document.actors[mentions[k + 1]]
            let between = current.tokens.upperBound..<next.tokens.lowerBound
            guard between.count == 1 || between.count == 2 && lower(between.lowerBound) == ",",
                  between.allSatisfy({ ["and", ",", "or", "&"].contains(lower($0)) }), usable(mentions[k + 1]) else { break }
            result += participants(mentions[k + 1])
            k += 1
        }
        return result
    }

    /// PETRARCH: an adverbial clause inside the verb's phrase ("restore ties with Gondor almost five
    /// years after Calenardhon crowds burned down its embassy"): the index of its verb group and its
    /// actors up to the next comma. Only adverbs, particles, nouns, prepositions, infinitives and
    /// non-finite participles stand between the verb and the subordinator.
    func subordinateClause(after group: VerbGroup) -> (group: Int, mentions: [Int])? {
        guard petrarch else { return nil }
        for clause in sentence.clauses where clause.kind == .adverbial {
            guard let marker = clause.marker, marker >= group.tokens.upperBound, tokens[marker].tag == .preposition,
                  !["if", "unless", "whether", "as", "so"].contains(lower(marker)) else { continue }
            let between = sentence.verbGroups.contains { g in
                g.tokens.lowerBound >= group.tokens.upperBound && g.tokens.upperBound <= marker && !g.isInfinitive
                    && !(g.tokens.count == 1 && (tokens[g.head].tag == .verbGerund || tokens[g.head].tag == .verbParticiple))
            }
            if between { return nil }
            guard let gi = sentence.verbGroups.firstIndex(where: { $0.tokens.lowerBound > marker && clause.tokens.contains($0.head) }),
                  !(marker..<sentence.verbGroups[gi].tokens.lowerBound).contains(where: { tokens[$0].tag == .comma }) else { return nil }
            let verb = sentence.verbGroups[gi]
            let end = (verb.tokens.upperBound..<clause.tokens.upperBound).first { tokens[$0].tag == .comma } ?? clause.tokens.upperBound
            let inside = mentions.filter { document.actors[$0].tokens.lowerBound > marker && document.actors[$0].tokens.upperBound <= end }
            return (gi, inside)
        }
        return nil
    }

    /// Whether "by" follows the verb in its stretch (PETRARCH reads a passive only with it).
    func hasBy(after group: VerbGroup) -> Bool {
        (group.tokens.upperBound..<regionEnd(after: group)).contains { lower($0) == "by" }
    }

    /// The actor after "by" behind a passive verb.
    func byAgent(after group: VerbGroup) -> [Participant] {
        let end = regionEnd(after: group)
        guard let by = (group.tokens.upperBound..<end).first(where: { lower($0) == "by" }) else { return [] }
        guard let m = mentions.first(where: { document.actors[$0].tokens.lowerBound > by && document.actors[$0].tokens.lowerBound < end }) else { return [] }
        return participants(m)
    }

    /// The nearest other country-coded actor of the sentence, for a verb whose target is implicit
    /// ("Mexico agreed to send troops … after Trump threatened …"); in a sentence with no other
    /// actor, the last other actor of the sentence before ("Trump threatened sanctions. Petro
    /// ultimately reversed course.").
    func otherParty(than sources: [Participant], after group: VerbGroup, previous: [Int]) -> Participant? {
        let countries = sources.compactMap { $0.country }
        // Distances read once, not at each comparison (the same comparisons, so the same order).
        let ordered = mentions.map { (n: $0, distance: abs(document.actors[$0].head - group.head)) }
            .sorted { $0.distance < $1.distance }.map { $0.n }
        // The source of the report ("…, South Korea's military said") is not a party to the act.
        let speakers = Set(sentence.verbGroups.filter { speechVerbs.contains(document.utf8[tokens[$0.head].bytes.start..<tokens[$0.head].bytes.end]) && !patterns.hasPatterns(for: lemma($0.head)) }
            .flatMap { g in subject(before: g, gapStart: sentence.tokens.lowerBound).isEmpty ? [] : mentions.filter { document.actors[$0].tokens.upperBound <= g.tokens.lowerBound && document.actors[$0].tokens.upperBound >= g.tokens.lowerBound - 1 } })
        for n in ordered where !isPlace(n) && !speakers.contains(n) {
            for p in participants(n) where p.code != nil && !countries.contains(p.country ?? "") { return p }
        }
        if mentions.allSatisfy({ participants($0).allSatisfy { $0.country.map(countries.contains) ?? true } }) {
            for n in previous.reversed() where !isPlace(n) {
                for p in participants(n) where p.code != nil && !countries.contains(p.country ?? "") { return p }
            }
        }
        return nil
    }

    /// The country of a place named after "in" ("marched in Mexico City").
    var locationCountry: String? {
        for n in mentions {
            let m = document.actors[n]
            if m.kind == .country, m.tokens.lowerBound > sentence.tokens.lowerBound, isPlace(n) { return m.code.map { String($0.prefix(3)) } }
        }
        return nil
    }
}
