/// Groups auxiliaries, modals, negation and adverbs with their main verb, and reads off tense,
/// voice, negation and modality. "to" + base form is a group of its own (infinitive).
struct VerbGroupChunker: Sendable {
    let lexicon: Lexicon
    let be: Int32, have: Int32, doVerb: Int32
    /// Negations, compared on bytes with ASCII case folded: no other code point lower-cases to
    /// these letters, so this equals comparing `lowercased()` strings.
    static let negations: [StaticString] = ["not", "n't", "n’t", "never"]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        be = lexicon.lemma(of: "be") ?? -2
        have = lexicon.lemma(of: "have") ?? -2
        doVerb = lexicon.lemma(of: "do") ?? -2
    }

    func chunk(_ tokens: [Token], _ sentence: Range<Int>, bytes: [UInt8]) -> [VerbGroup] {
        var groups: [VerbGroup] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let tag = tokens[i].tag
            let infinitive = tag == .to && i + 1 < sentence.upperBound && startsGroup(tokens, i + 1, sentence)
                && (tokens[i + 1].tag == .verbBase || tokens[i + 1].tag.isAdverb)
            guard infinitive || (tag.isVerb || tag == .modal) && !isAdjectival(tokens, i, sentence) else { i += 1; continue }
            var end = i + 1
            var last = infinitive ? i + 1 : i
            // Extend over adverbs and further verbs while the group is open (after an auxiliary or modal).
            var j = infinitive ? i + 1 : i
            while j < sentence.upperBound {
                let t = tokens[j].tag
                if t.isVerb || t == .modal {
                    if j > last, !isAuxiliary(tokens[last]) { break }
                    last = j
                    end = j + 1
                } else if !(t.isAdverb && isAuxiliary(tokens[last]) && j + 1 < sentence.upperBound) {
                    break
                }
                j += 1
            }
            groups.append(describe(tokens, i..<end, head: last, infinitive: infinitive, bytes: bytes))
            i = end
        }
        return groups
    }

    private func startsGroup(_ tokens: [Token], _ i: Int, _ sentence: Range<Int>) -> Bool {
        tokens[i].tag == .verbBase || tokens[i].tag.isAdverb && i + 1 < sentence.upperBound && tokens[i + 1].tag == .verbBase
    }

    /// A participle used as an adjective inside a noun phrase ("the signed copy", "sweeping sanctions").
    private func isAdjectival(_ tokens: [Token], _ i: Int, _ sentence: Range<Int>) -> Bool {
        let tag = tokens[i].tag
        guard tag == .verbGerund || tag == .verbParticiple, i > sentence.lowerBound else { return false }
        let previous = tokens[i - 1].tag
        let nextIsNoun = i + 1 < sentence.upperBound && tokens[i + 1].tag.isNoun
        return (previous == .determiner || previous.isAdjective || previous == .possessivePronoun || previous == .possessiveEnding) && nextIsNoun
    }

    private func isAuxiliary(_ token: Token) -> Bool {
        token.tag == .modal || (token.lemma == be || token.lemma == have || token.lemma == doVerb) && token.tag.isVerb
    }

    private func describe(_ tokens: [Token], _ range: Range<Int>, head: Int, infinitive: Bool, bytes: [UInt8]) -> VerbGroup {
        var group = VerbGroup(tokens: range, head: head, tense: .none, isInfinitive: infinitive)
        var sawBe = false, sawHave = false
        // "never attacked": a negating adverb right before the group.
        if range.lowerBound > 0 {
            let before = tokens[range.lowerBound - 1]
            if before.tag.isAdverb, isNegation(before, bytes) {
                group.isNegated = true
            }
        }
        for index in range {
            let token = tokens[index]
            if isNegation(token, bytes) { group.isNegated = true }
            // The word itself stands in for a modal the lexicon does not know.
            func word() -> String { UTF8Scanning.lowercasedString(bytes[token.bytes.start..<token.bytes.end]) }
            if token.tag == .modal {
                let modal = lexicon.word(token.lemma) ?? word()
                group.modal = group.modal ?? (modal == "’ll" || modal == "'ll" ? "will" : modal)
            }
            if group.tense == .none, !infinitive {
                switch token.tag {
                case .verbPast: group.tense = .past
                case .verbPresent, .verbPresentThirdPerson: group.tense = .present
                case .modal:
                    let m = lexicon.word(token.lemma) ?? word()
                    group.tense = ["will", "shall", "’ll", "'ll", "wo"].contains(m) ? .future : (["would", "could", "might"].contains(m) ? .past : .present)
                default: break
                }
            }
            if index != head, token.tag.isVerb {
                if token.lemma == be { sawBe = true }
                if token.lemma == have { sawHave = true }
            }
        }
        let headTag = tokens[head].tag
        group.isPassive = sawBe && headTag == .verbParticiple
        group.isPerfect = sawHave && (headTag == .verbParticiple || sawBe)
        group.isProgressive = sawBe && headTag == .verbGerund
        return group
    }

    /// Whether the token is a negation ("not", "n't", "never"), in any case.
    private func isNegation(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let length = token.bytes.end - token.bytes.start
        return Self.negations.contains { word in
            guard word.utf8CodeUnitCount == length else { return false }
            let w = word.utf8Start
            for k in 0..<length where w[k] != UTF8Scanning.lower(bytes[token.bytes.start + k]) { return false }
            return true
        }
    }
}
