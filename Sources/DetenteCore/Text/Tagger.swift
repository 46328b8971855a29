/// Assigns Penn part-of-speech tags: the lexicon proposes readings, capitalisation finds proper
/// nouns, and left-to-right context rules choose among noun, verb and adjective readings. Good
/// enough to find verb groups, noun phrases and clause boundaries, which is all later stages need.
struct Tagger: Sendable {
    let lexicon: Lexicon
    let be: Int32, have: Int32, doVerb: Int32

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        be = lexicon.lemma(of: "be") ?? -2
        have = lexicon.lemma(of: "have") ?? -2
        doVerb = lexicon.lemma(of: "do") ?? -2
    }

    /// The lexicon's analysis of every word token of a document (an empty analysis for other
    /// tokens), computed once: proper-name finding, tagging and look-ahead all read it.
    func analyses(of tokens: [Token], bytes: [UInt8]) -> [Lexicon.Analysis] {
        bytes.withUnsafeBufferPointer { buffer in
            tokens.map { token in
                token.kind == .word
                    ? lexicon.analyze(UnsafeBufferPointer(rebasing: buffer[token.bytes.start..<token.bytes.end]))
                    : Lexicon.Analysis()
            }
        }
    }

    /// Words seen capitalised inside sentences: a capitalised sentence opener that is one of them is a name too.
    /// `analyses` are the document's, from `analyses(of:bytes:)`.
    func properNames(in tokens: [Token], sentences: [Range<Int>], bytes: [UInt8], analyses: [Lexicon.Analysis]) -> Set<Int> {
        var names = Set<Int>()
        for sentence in sentences {
            for index in sentence.dropFirst() where tokens[index].kind == .word && tokens[index].isCapitalized {
                let previous = tokens[index - 1]
                if previous.kind == .quote || previous.bytes.end == tokens[index].bytes.start { continue }
                let analysis = analyses[index]
                if analysis.isAuthored && !(analysis.best.isNoun || analysis.best.isAdjective) { continue }
                names.insert(hashOf(tokens[index], bytes))
            }
        }
        return names
    }

    private func hashOf(_ token: Token, _ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            WordTable.hash(UnsafeBufferPointer(rebasing: buffer[token.bytes.start..<token.bytes.end]))
        }
    }

    private func analyze(_ token: Token, _ bytes: [UInt8]) -> Lexicon.Analysis {
        bytes.withUnsafeBufferPointer { buffer in
            lexicon.analyze(UnsafeBufferPointer(rebasing: buffer[token.bytes.start..<token.bytes.end]))
        }
    }

    /// The lexicon's analysis of token `index`: the cached one for words, computed for other tokens.
    private func analysis(_ index: Int, _ tokens: [Token], _ bytes: [UInt8], _ analyses: [Lexicon.Analysis]) -> Lexicon.Analysis {
        tokens[index].kind == .word ? analyses[index] : analyze(tokens[index], bytes)
    }

    /// Tags the tokens of one sentence in place; `analyses` are the document's, from `analyses(of:bytes:)`.
    func tag(_ tokens: inout [Token], sentence: Range<Int>, bytes: [UInt8], properNames: Set<Int>, analyses: [Lexicon.Analysis]) {
        var finiteSeen = false
        var sentenceStart = true
        for index in sentence {
            let token = tokens[index]
            var tag: PartOfSpeech
            switch token.kind {
            case .punctuation, .symbol:
                tag = punctuationTag(bytes, token)
            case .quote:
                tag = quoteTag(bytes, token, tokens, index, sentence)
            case .number:
                tag = .cardinal
            case .word:
                let a = analyses[index]
                let next = index + 1 < sentence.upperBound && tokens[index + 1].kind == .word ? analyses[index + 1] : nil
                tag = wordTag(a, token, tokens, index, sentence, bytes, analyses, next: next, finiteSeen: finiteSeen,
                              sentenceStart: sentenceStart, properNames: properNames)
                tokens[index].lemma = a.lemma(for: tag)
            }
            tokens[index].tag = tag
            if tag.isFinite && tag != .modal || tag == .modal { finiteSeen = true }
            if resetsClause(tag, token, bytes) { finiteSeen = false }
            sentenceStart = tag == .openQuote || tag == .colon && sentenceStart || tag == .openBracket && sentenceStart
                || (token.kind == .quote && sentenceStart)
        }
        compoundsBeforeVerb(&tokens, sentence: sentence, bytes: bytes, analyses: analyses)
    }

    /// A present-tense reading right after a singular noun cannot agree with it: "Gollum centre of a
    /// row … called on Gondor", "the palace guard militia was freed". When a noun or "of" follows and
    /// a past-tense verb comes later in the clause, the word is a noun and that later verb the clause's.
    private func compoundsBeforeVerb(_ tokens: inout [Token], sentence: Range<Int>, bytes: [UInt8], analyses: [Lexicon.Analysis]) {
        for index in sentence where index > sentence.lowerBound && index + 1 < sentence.upperBound && tokens[index].tag == .verbPresent {
            let a = analyses[index]
            let previous = tokens[index - 1].tag, next = tokens[index + 1].tag
            guard a.tags.contains(.noun), previous == .noun || previous == .properNoun,
                  next == .noun || next == .pluralNoun || isWord(tokens, index + 1, bytes, "of") else { continue }
            var later: Int?
            for j in (index + 1)..<sentence.upperBound {
                let tag = tokens[j].tag
                if resetsClause(tag, tokens[j], bytes) || tag == .verbPresent || tag == .verbPresentThirdPerson { break }
                if tag == .verbPast || tag == .modal || tag == .verbParticiple && analyses[j].tags.contains(.verbPast) {
                    later = j
                    break
                }
            }
            guard let j = later else { continue }
            tokens[index].tag = .noun
            tokens[index].lemma = a.lemma(for: .noun)
            if tokens[j].tag == .verbParticiple { tokens[j].tag = .verbPast }
        }
    }

    // MARK: - Words

    private func wordTag(_ a: Lexicon.Analysis, _ token: Token, _ tokens: [Token], _ index: Int, _ sentence: Range<Int>,
                         _ bytes: [UInt8], _ analyses: [Lexicon.Analysis], next: Lexicon.Analysis?, finiteSeen: Bool, sentenceStart: Bool,
                         properNames: Set<Int>) -> PartOfSpeech {
        let length = token.bytes.end - token.bytes.start
        // The standalone possessive apostrophe ("leaders’").
        if length <= 3, UTF8Scanning.scalar(at: token.bytes.start, in: bytes).value == 0x2019 || bytes[token.bytes.start] == 0x27, length == 3 || length == 1 {
            return .possessiveEnding
        }
        let previous = previousTag(tokens, index, sentence, skippingAdverbs: false)
        let core = previousTag(tokens, index, sentence, skippingAdverbs: true)
        let coreIndex = previousIndex(tokens, index, sentence, skippingAdverbs: true)

        // Names: capitalised words that are not function words, acronyms, all-caps words.
        if token.isCapitalized {
            let allCaps = length >= 2 && bytes[token.bytes.start..<token.bytes.end].allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) }
            let closedClass = a.isAuthored && !(a.best.isNoun || a.best.isAdjective || a.best.isVerb)
            if allCaps && length >= 2 && !(length == 1) { return .properNoun }
            let adjectiveBeforeNoun = a.tags.hasAdjective && !a.isAuthored && next.map { $0.best.isNoun || $0.tags.hasNoun } == true
                && index + 1 < sentence.upperBound && !tokens[index + 1].isCapitalized
            // A capitalised adjective before a common noun: "Colombian imports".
            if !sentenceStart, adjectiveBeforeNoun { return .adjective }
            if !sentenceStart {
                if !closedClass { return plural(token, bytes, a) ? .pluralProperNoun : .properNoun }
                // A capitalised modal inside a sentence before another capitalised word is a name ("May Day").
                if a.tags.contains(.modal), index + 1 < sentence.upperBound, tokens[index + 1].isCapitalized, tokens[index + 1].kind == .word {
                    return .properNoun
                }
            } else if !closedClass && (a.isUnknown || properNames.contains(hashOf(token, bytes))) {
                return .properNoun
            }
            // A capitalised opener that is a singular noun and the subject of a finite verb is a name ("Trump threatened").
            if sentenceStart, !closedClass, a.tags.contains(.noun), !a.tags.contains(.pluralNoun), !a.tags.hasAdjective,
               let next, next.isAuthored ? next.best.isFinite : (next.best == .verbPast || next.best == .verbPresentThirdPerson) {
                return .properNoun
            }
        }
        let c = a.tags
        if a.isAuthored, c.bits.nonzeroBitCount == 1 { return a.best }
        // "awful and cool minister": an adjective reading coordinated with an adjective, before a noun.
        if previous == .coordinator, index - 2 >= sentence.lowerBound, tokens[index - 2].tag.isAdjective, c.hasAdjective,
           let next, next.best.isNoun || next.tags.hasNoun {
            return firstAdjective(c)
        }
        // "the towers will begin": a modal reading before a base verb is the modal.
        if c.contains(.modal), let next, next.tags.contains(.verbBase) { return .modal }
        // Existential "there" comes before a form of be; elsewhere it is an adverb.
        if c.contains(.existentialThere) {
            let beFollows = index + 1 < sentence.upperBound && analysis(index + 1, tokens, bytes, analyses).verbLemma == be
            return beFollows ? .existentialThere : .adverb
        }
        // A particle right after its verb ("brushed aside", "sat down"); a word that is mostly a
        // preposition ("said on Saturday") is a particle only when no noun phrase follows it.
        if c.contains(.particle), previous.isVerb {
            if a.best != .preposition { return .particle }
            let nextIsWord = index + 1 < sentence.upperBound && (tokens[index + 1].kind == .word || tokens[index + 1].kind == .number)
            if !nextIsWord { return .particle }
        }

        // Clitic 's: a verb after pronouns, else the possessive.
        if c.contains(.possessiveEnding) {
            return Self.cliticVerbAfterTags.contains(previous) || isWord(tokens, index - 1, bytes, Self.cliticVerbAfterWords) ? .verbPresentThirdPerson : .possessiveEnding
        }
        if isWord(tokens, index, bytes, "that") {
            let nextCapitalized = index + 1 < sentence.upperBound && tokens[index + 1].isCapitalized
            if previous.isNoun, let next, next.best.isVerb || next.best == .modal, !nextCapitalized { return .whDeterminer }
            if previous.isVerb || previous == .comma { return .preposition }
            // "… on social media that Trump had given him": a clause with its own subject follows.
            if index + 2 < sentence.upperBound, tokens[index + 1].isCapitalized || next?.best == .personalPronoun,
               analysis(index + 2, tokens, bytes, analyses).tags.hasVerb || analysis(index + 2, tokens, bytes, analyses).best == .modal {
                return .preposition
            }
            if let next, next.best.isNoun || next.best.isAdjective, !(previous.isVerb) { return .determiner }
            return .preposition
        }

        let isBe = coreIndex.map { tokens[$0].lemma == be } ?? false
        let isHave = coreIndex.map { tokens[$0].lemma == have && tokens[$0].tag.isVerb } ?? false
        let isDo = coreIndex.map { tokens[$0].lemma == doVerb && tokens[$0].tag.isVerb } ?? false

        // After a modal, "to", or do-support: the base form; a word that is also an adverb stays one
        // before a verb or another adverb ("won't even ever clash", "did not even respond").
        if (core == .modal || core == .to || isDo), c.contains(.verbBase) {
            if c.contains(.adverb), let next, next.tags.contains(.verbBase) || next.tags.bits == Self.adverbOnly.bits { return .adverb }
            return .verbBase
        }
        if isHave, c.contains(.verbParticiple) { return .verbParticiple }
        if isBe {
            if c.contains(.verbParticiple) { return .verbParticiple }
            if c.contains(.verbGerund) { return .verbGerund }
            if c.hasAdjective { return firstAdjective(c) }
        }
        // Inside a noun phrase: noun, else adjective.
        if Self.nounPhraseInside.contains(previous) {
            if c.hasAdjective, let next, next.best.isNoun || next.best.isAdjective || next.tags.hasNoun && !next.isAuthored {
                return firstAdjective(c)
            }
            if c.contains(.verbParticiple), let next, next.best.isNoun, !c.hasNoun { return .verbParticiple }
            if c.hasNoun, !(previous.isAdjective && c.hasVerb && next.map({ $0.best == .determiner }) == true) {
                return nounForm(c)
            }
            if c.hasAdjective { return firstAdjective(c) }
            if c.contains(.verbGerund) || c.contains(.verbParticiple) { return c.contains(.verbGerund) ? .verbGerund : .verbParticiple }
        }
        // A gerund closing a noun compound in object position: "suspended intelligence sharing with".
        if previous == .noun, finiteSeen, c.contains(.verbGerund), c.hasNoun, next.map({ $0.best == .preposition }) ?? true {
            return .noun
        }
        if previous == .preposition {
            if c.contains(.verbGerund) { return .verbGerund }
            if c.hasAdjective, !(next.map { $0.best.isNoun } ?? false) || c.contains(.adjective) && !c.hasNoun { return firstAdjective(c) }
            if c.hasNoun { return nounForm(c) }
            if c.hasAdjective { return firstAdjective(c) }
        }
        // After a subject: a finite verb.
        let finite = finiteForm(c, finiteSeen: finiteSeen)
        // A participle before "by" is passive ("a note accompanied by …").
        // … unless a gerund follows "by": "Iran responded by firing missiles" is active.
        // (Read only when a participle comes before "by".)
        func gerundAfterBy() -> Bool {
            index + 2 < sentence.upperBound && analysis(index + 2, tokens, bytes, analyses).tags.contains(.verbGerund)
        }
        if c.contains(.verbParticiple), isWord(tokens, index + 1, bytes, "by"), !(gerundAfterBy() && !finiteSeen && c.contains(.verbPast)) {
            return .verbParticiple
        }
        // A pronoun subject takes a finite verb, whatever came before.
        if Self.pronounSubjects.contains(core),
           let finite = finiteForm(c, finiteSeen: false) {
            return finite
        }
        // A name right after a verb starts a reported clause: "said Trump imposed sanctions".
        if core == .properNoun, finiteSeen, c.contains(.verbPast), !isWord(tokens, index + 1, bytes, "by"),
           let before = coreIndex.flatMap({ previousIndex(tokens, $0, sentence, skippingAdverbs: true) }), tokens[before].tag.isVerb {
            return .verbPast
        }
        // After a lexical verb, a noun reading is its object ("brushed aside questions").
        if core.isVerb, !(coreIndex.map { isAuxiliaryLemma(tokens[$0].lemma) } ?? true), c.hasNoun,
           !isWord(tokens, index - 1, bytes, "to") {
            return c.hasAdjective ? firstAdjective(c) : nounForm(c)
        }
        if core.isVerb, c.hasAdjective, !c.hasNoun, c.contains(.verbGerund) || c.contains(.verbParticiple),
           let next, next.best.isNoun, index + 1 < sentence.upperBound, !tokens[index + 1].isCapitalized {
            return firstAdjective(c)
        }
        // Before a finite verb, a noun reading heads the subject ("volleyball crowds burned", "the official said").
        let finiteFollows = next.map { $0.isAuthored ? $0.best.isFinite : ($0.best == .verbPast || $0.best == .modal) } ?? false
        if c.hasNoun, finiteFollows, !(a.isAuthored && a.best.isVerb) { return nounForm(c) }
        if let finite, core.isNoun {
            if !finiteSeen {
                let objectFollows = next.map { Self.objectStarts.contains($0.best) || $0.tags.contains(.properNoun) } ?? false
                let verbLikely = a.isAuthored ? !a.best.isNoun : a.verbWeight * 3 >= a.nounWeight
                if !c.hasNoun || objectFollows || verbLikely { return finite }
            } else if c.contains(.verbParticiple), !c.hasNoun {
                return .verbParticiple
            }
            if c.hasNoun { return nounForm(c) }
        }
        // Otherwise the lexicon's preference, with the past/participle choice made by the clause.
        if (a.best == .verbPast || a.best == .verbParticiple), c.contains(.verbPast), c.contains(.verbParticiple) {
            return finiteSeen ? .verbParticiple : .verbPast
        }
        if a.best == .verbPresent, sentenceStart { return .verbBase }
        // An adjective reading with nothing to modify is the noun ("a senior official said").
        if a.best.isAdjective, c.hasNoun, !(next.map { $0.best.isNoun || $0.tags.hasNoun || $0.best.isAdjective } ?? false) {
            return nounForm(c)
        }
        return a.best
    }

    // Tag and word lists of the rules above, built once.
    private static let cliticVerbAfterTags = TagSet([.personalPronoun, .whPronoun, .whDeterminer, .existentialThere])
    private static let cliticVerbAfterWords: [StaticString] = ["that", "there", "here", "what", "who", "it"]
    private static let adverbOnly = TagSet([.adverb])
    private static let nounPhraseInside = TagSet([.determiner, .possessivePronoun, .possessiveEnding, .adjective, .comparativeAdjective,
                                                 .superlativeAdjective, .cardinal, .predeterminer, .whPossessive])
    private static let pronounSubjects = TagSet([.personalPronoun, .whDeterminer, .whPronoun, .existentialThere])
    private static let objectStarts = TagSet([.determiner, .possessivePronoun, .personalPronoun, .cardinal, .to])

    /// Whether a lemma is be, have or do.
    private func isAuxiliaryLemma(_ lemma: Int32) -> Bool { lemma == be || lemma == have || lemma == doVerb }

    private func finiteForm(_ c: TagSet, finiteSeen: Bool) -> PartOfSpeech? {
        if c.contains(.verbPast) { return finiteSeen && c.contains(.verbParticiple) ? .verbParticiple : .verbPast }
        if c.contains(.verbPresentThirdPerson) { return .verbPresentThirdPerson }
        if c.contains(.verbPresent) { return .verbPresent }
        if c.contains(.modal) { return .modal }
        return nil
    }

    private func nounForm(_ c: TagSet) -> PartOfSpeech { c.contains(.pluralNoun) ? .pluralNoun : .noun }

    private func firstAdjective(_ c: TagSet) -> PartOfSpeech {
        c.contains(.adjective) ? .adjective : (c.contains(.comparativeAdjective) ? .comparativeAdjective : .superlativeAdjective)
    }

    private func plural(_ token: Token, _ bytes: [UInt8], _ a: Lexicon.Analysis) -> Bool {
        a.tags.contains(.pluralNoun) && bytes[token.bytes.end - 1] == UInt8(ascii: "s") && !a.tags.contains(.noun)
    }

    private func previousIndex(_ tokens: [Token], _ index: Int, _ sentence: Range<Int>, skippingAdverbs: Bool) -> Int? {
        var i = index - 1
        while i >= sentence.lowerBound {
            let tag = tokens[i].tag
            if skippingAdverbs, tag.isAdverb || tag == .particle { i -= 1; continue }
            return i
        }
        return nil
    }

    private func previousTag(_ tokens: [Token], _ index: Int, _ sentence: Range<Int>, skippingAdverbs: Bool) -> PartOfSpeech {
        previousIndex(tokens, index, sentence, skippingAdverbs: skippingAdverbs).map { tokens[$0].tag } ?? .sentenceEnd
    }

    /// Whether token `index` (if any) is one of `words` (lower case), ignoring ASCII case.
    private func isWord(_ tokens: [Token], _ index: Int, _ bytes: [UInt8], _ words: [StaticString]) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return words.contains { isWord(tokens[index].bytes, bytes, $0) }
    }

    /// Whether token `index` (if any) is `word` (lower case), ignoring ASCII case.
    private func isWord(_ tokens: [Token], _ index: Int, _ bytes: [UInt8], _ word: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return isWord(tokens[index].bytes, bytes, word)
    }

    /// Whether the bytes of `range` are `word` (lower case), ignoring ASCII case.
    private func isWord(_ range: ByteRange, _ bytes: [UInt8], _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard length == range.end - range.start else { return false }
        let w = word.utf8Start
        for k in 0..<length where w[k] != UTF8Scanning.lower(bytes[range.start + k]) { return false }
        return true
    }

    private static let subordinators: [StaticString] = ["after", "before", "because", "since", "while", "although", "though", "if", "until",
                                                         "till", "as", "that", "whether", "unless", "once", "whereas", "than"]

    /// A coordinator, subordinator, relative pronoun or punctuation that opens a new clause.
    private func resetsClause(_ tag: PartOfSpeech, _ token: Token, _ bytes: [UInt8]) -> Bool {
        switch tag {
        case .coordinator, .whDeterminer, .whPronoun, .whAdverb, .colon, .openQuote, .closeQuote, .comma: return true
        // Only a subordinating preposition opens a clause ("after he addressed"); "agreed on Thursday to" does not.
        case .preposition: return Self.subordinators.contains { isWord(token.bytes, bytes, $0) }
        default: return false
        }
    }

    // MARK: - Punctuation

    private func punctuationTag(_ bytes: [UInt8], _ token: Token) -> PartOfSpeech {
        let cp = UTF8Scanning.scalar(at: token.bytes.start, in: bytes).value
        switch cp {
        case 0x2E, 0x21, 0x3F, 0x2026: return .sentenceEnd
        case 0x2C: return .comma
        case 0x3A, 0x3B, 0x2D, 0x2013, 0x2014, 0x2015, 0x2012: return .colon
        case 0x28, 0x5B, 0x7B: return .openBracket
        case 0x29, 0x5D, 0x7D: return .closeBracket
        case 0x24, 0xA3, 0x20AC, 0xA5: return .dollar
        case 0x23: return .hash
        case 0x25: return .noun
        case 0x26: return .coordinator
        default: return .symbol
        }
    }

    private func quoteTag(_ bytes: [UInt8], _ token: Token, _ tokens: [Token], _ index: Int, _ sentence: Range<Int>) -> PartOfSpeech {
        let cp = UTF8Scanning.scalar(at: token.bytes.start, in: bytes).value
        switch cp {
        case 0x201C, 0x2018, 0x201E, 0xAB, 0x2039, 0x300C: return .openQuote
        case 0x201D, 0x2019, 0xBB, 0x203A, 0x300D: return .closeQuote
        default:
            // Straight quotes: opening when nothing touches them on the left.
            let touchesLeft = index > sentence.lowerBound && tokens[index - 1].bytes.end == token.bytes.start
            return touchesLeft ? .closeQuote : .openQuote
        }
    }
}
