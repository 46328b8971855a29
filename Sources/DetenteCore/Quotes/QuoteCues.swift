/// Reads attribution clauses around a quote in one document: the cue (a speech verb of
/// `speech-verbs.tsv`, "according to", "signed by", a dash before a name) and the phrase that
/// names the speaker ("Sen. Jeff Sessions of Alabama", "Flynn, a top Trump surrogate,", "he",
/// "a spokesman"), before the cue ("X said"), after it ("said X") or after the quote (“…,” X said).
struct QuoteCues {
    /// A cue and the tokens of its speaker phrase (nil: the subject of the sentence, for a
    /// participle such as "saying").
    struct Attribution: Sendable, Hashable {
        var phrase: Range<Int>?
        var cue: String?
        var cueToken: Int?
    }

    let document: Document
    let speechVerbs: SpeechVerbs
    /// Token → sentence, token → actor mention (-1: none), tokens inside time expressions, tokens inside quotes.
    let sentenceOf: [Int]
    let mentionAt: [Int]
    /// The actor mentions of each sentence, in text order.
    let mentionsIn: [[Int]]
    let inTime: [Bool]
    var quoted: [Bool]

    /// Longest speaker phrase, in tokens.
    private let maxPhrase = 12
    private let auxiliaries: Set<String> = ["has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "did",
                                            "does", "do", "'s", "’s", "also", "later", "then", "again", "once", "not", "n't", "n’t"]
    private let clauseWords: Set<String> = ["who", "which", "that", "whom", "whose", "when", "while", "as", "if", "because", "after", "before"]

    init(document: Document, speechVerbs: SpeechVerbs) {
        self.document = document
        self.speechVerbs = speechVerbs
        var sentenceOf = [Int](repeating: -1, count: document.tokens.count)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens where t < sentenceOf.count { sentenceOf[t] = s }
        }
        var mentionAt = [Int](repeating: -1, count: document.tokens.count)
        var mentionsIn = [[Int]](repeating: [], count: document.sentences.count)
        for (m, mention) in document.actors.enumerated() {
            if mention.sentence >= 0 && mention.sentence < mentionsIn.count { mentionsIn[mention.sentence].append(m) }
            for t in mention.tokens where t < mentionAt.count && mentionAt[t] < 0 { mentionAt[t] = m }
        }
        var inTime = [Bool](repeating: false, count: document.tokens.count)
        for time in document.times where time.sentence >= 0 && time.sentence < document.sentences.count {
            for t in document.sentences[time.sentence].tokens where t < inTime.count {
                let token = document.tokens[t]
                if token.bytes.start >= time.bytes.start && token.bytes.end <= time.bytes.end { inTime[t] = true }
            }
        }
        self.sentenceOf = sentenceOf
        self.mentionAt = mentionAt
        self.mentionsIn = mentionsIn
        self.inTime = inTime
        self.quoted = [Bool](repeating: false, count: document.tokens.count)
    }

    // MARK: - Tokens

    func lower(_ t: Int) -> String { document.lowercasedText(of: document.tokens[t]) }

    private func tag(_ t: Int) -> PartOfSpeech { document.tokens[t].tag }

    private func isWord(_ t: Int) -> Bool { document.tokens[t].kind == .word || document.tokens[t].kind == .number }

    private func isCapitalized(_ t: Int) -> Bool { document.tokens[t].kind == .word && document.tokens[t].isCapitalized }

    private func first(_ t: Int) -> UInt32 { UTF8Scanning.scalar(at: document.tokens[t].bytes.start, in: document.utf8).value }

    func isComma(_ t: Int) -> Bool { document.tokens[t].kind == .punctuation && first(t) == 0x2C }

    func isColon(_ t: Int) -> Bool { document.tokens[t].kind == .punctuation && first(t) == 0x3A }

    func isDash(_ t: Int) -> Bool { [0x2014, 0x2015, 0x2013].contains(first(t)) || document.text(of: document.tokens[t]) == "--" }

    private func isPronoun(_ t: Int) -> Bool { tag(t) == .personalPronoun }

    /// A speech verb used as a verb ("said", "told", "joked"; not "the report", "a call").
    func isCue(_ t: Int) -> Bool {
        guard t >= 0, t < document.tokens.count, document.tokens[t].kind == .word, !quoted[t] else { return false }
        let bytes = Array(lower(t).utf8)
        guard speechVerbs.contains(bytes[...]) else { return false }
        if tag(t).isVerb { return true }
        // A verb the tagger read as a noun after its subject ("the note read,").
        let previous = t - 1
        return previous >= 0 && (tag(previous).isNoun || isPronoun(previous)) && !tag(t).isAdjective
            && (t + 1 >= document.tokens.count || document.tokens[t + 1].kind == .punctuation)
    }

    // MARK: - Attribution after a quote: “…,” Petro said / “…,” said Caddell / “…” ― Jane Doe

    /// The attribution in `range` (the tokens after a closing mark, up to the sentence's end or the next quote).
    func after(_ range: Range<Int>) -> Attribution? {
        var i = range.lowerBound
        while i < range.upperBound, isComma(i) || document.tokens[i].kind == .quote { i += 1 }
        guard i < range.upperBound else { return nil }
        // “…” ― Francisco Herrero
        if isDash(i), i + 1 < range.upperBound, isCapitalized(i + 1), let phrase = phraseAfter(i + 1, range.upperBound) {
            return Attribution(phrase: phrase, cue: nil, cueToken: nil)
        }
        // “…,” according to Senator Maria Lopez.
        if lower(i) == "according", i + 1 < range.upperBound, lower(i + 1) == "to", let phrase = phraseAfter(i + 2, range.upperBound) {
            return Attribution(phrase: phrase, cue: "according to", cueToken: i)
        }
        // “…,” said Caddell / “…,” added the spokesman
        if isCue(i) {
            if i + 1 < range.upperBound, let phrase = phraseAfter(i + 1, range.upperBound) {
                return Attribution(phrase: phrase, cue: document.text(of: document.tokens[i]), cueToken: i)
            }
            return nil
        }
        // “…,” Petro said / “…,” Rep. Gwen Moore (D-Wis.) said / “…,” Flynn, a top Trump surrogate, said
        guard let phrase = phraseAfter(i, range.upperBound) else { return nil }
        var j = skipInterruption(from: phrase.upperBound, range.upperBound)
        while j < range.upperBound, !isCue(j), auxiliaries.contains(lower(j)) || tag(j).isAdverb || tag(j) == .modal { j += 1 }
        guard j < range.upperBound, isCue(j) else { return nil }
        // “…,” the note read, signed by Trump.
        if let signed = (j + 1..<range.upperBound).first(where: { lower($0) == "signed" && $0 + 1 < range.upperBound && lower($0 + 1) == "by" }),
           let signer = phraseAfter(signed + 2, range.upperBound) {
            return Attribution(phrase: signer, cue: document.text(of: document.tokens[j]), cueToken: j)
        }
        return Attribution(phrase: phrase, cue: document.text(of: document.tokens[j]), cueToken: j)
    }

    /// Whether an attribution closes its sentence: only a time, place or audience follows its verb
    /// (", Warren said on Friday.").
    func endsSentence(_ attribution: Attribution, _ sentence: Range<Int>) -> Bool {
        guard let cue = attribution.cueToken else { return false }
        let end = max(cue, attribution.phrase?.upperBound ?? cue) + 1
        let rest = (end..<sentence.upperBound).filter { isWord($0) }
        return rest.count <= 6 && !rest.contains { tag($0).isFinite || isCue($0) || quoted[$0] }
    }

    /// Past a parenthesis "(D-N.C.)" and appositions ", the foreign minister of France, a permanent
    /// member of the Security Council,".
    private func skipInterruption(from start: Int, _ upper: Int) -> Int {
        var j = start
        if j < upper, first(j) == 0x28, let close = (j..<min(upper, j + 20)).first(where: { first($0) == 0x29 }) { j = close + 1 }
        var appositions = 0
        while appositions < 3, j < upper, isComma(j), let next = (j + 1..<min(upper, j + 25)).first(where: { isComma($0) }) {
            j = next + 1
            appositions += 1
            var k = j
            while k < upper, !isCue(k), auxiliaries.contains(lower(k)) || tag(k).isAdverb || tag(k) == .modal { k += 1 }
            if k < upper, isCue(k) { break }
            // Not yet at the verb: another apposition follows, or this was not one.
            if !(j < upper && next + 1 < upper) { break }
            j = next
        }
        return j
    }

    // MARK: - Attribution before a quote: Trump said, “…” / according to X / calling him a “…”

    /// The cue nearest to the quote in `range` (the tokens before an opening mark, from the sentence's
    /// start or the previous quote) and its speaker.
    func before(_ range: Range<Int>) -> Attribution? {
        guard !range.isEmpty else { return nil }
        var t = range.upperBound - 1
        while t >= range.lowerBound {
            if lower(t) == "according", t + 1 < document.tokens.count, lower(t + 1) == "to",
               let phrase = phraseAfter(t + 2, min(document.tokens.count, t + 2 + maxPhrase)) {
                return Attribution(phrase: phrase, cue: "according to", cueToken: t)
            }
            if isCue(t) {
                let cue = document.text(of: document.tokens[t])
                if let phrase = subject(ofCue: t, lower: range.lowerBound) { return Attribution(phrase: phrase, cue: cue, cueToken: t) }
                // ", saying": the subject of the clause the participle hangs on.
                if tag(t) == .verbGerund { return Attribution(phrase: nil, cue: cue, cueToken: t) }
                // "said Caddell:" at the start of the range.
                if t + 1 < range.upperBound, let phrase = phraseAfter(t + 1, range.upperBound) {
                    return Attribution(phrase: phrase, cue: cue, cueToken: t)
                }
            }
            t -= 1
        }
        return nil
    }

    /// The subject of a cue verb: the phrase before it, past auxiliaries, adverbs, a time
    /// expression, a parenthesis and an apposition.
    func subject(ofCue cue: Int, lower: Int) -> Range<Int>? {
        var e = cue - 1
        while e >= lower, !quoted[e], auxiliaries.contains(self.lower(e)) || tag(e) == .modal || tag(e).isAdverb { e -= 1 }
        if e >= lower, inTime[e] {
            while e >= lower, inTime[e] { e -= 1 }
            if e >= lower, tag(e) == .preposition { e -= 1 }
        }
        if e >= lower, first(e) == 0x29, let open = stride(from: e, through: max(lower, e - 20), by: -1).first(where: { first($0) == 0x28 }) {
            e = open - 1
        }
        var comma = e
        var appositions = 0
        while appositions < 3, comma >= lower, isComma(comma),
              let previous = stride(from: comma - 1, through: max(lower, comma - 25), by: -1).first(where: { isComma($0) }),
              previous + 1 < comma, !isCapitalized(previous + 1) || tag(previous + 1) == .determiner, isApposition(previous + 1..<comma) {
            e = previous - 1
            comma = previous
            appositions += 1
        }
        guard e >= lower else { return nil }
        return phraseBefore(e, lower: lower)
    }

    /// A description between commas ("a historian who attended the session"): no verb of its own
    /// outside a relative clause.
    private func isApposition(_ range: Range<Int>) -> Bool {
        guard let first = range.first, !(tag(first) == .preposition || tag(first) == .to || tag(first).isVerb || tag(first).isAdverb)
                || clauseWords.contains(lower(first)) else { return false }
        for t in range {
            if clauseWords.contains(lower(t)) { return true }
            if tag(t).isFinite || isCue(t) { return false }
        }
        return true
    }

    /// The finite verbs of a sentence's main clause, outside quotes: not in a subordinate or
    /// reported clause, unless a comma closes that clause before the verb ("After Maduro was
    /// removed, Trump issued …").
    func mainVerbs(_ s: Int) -> [VerbGroup] {
        let sentence = document.sentences[s]
        return sentence.verbGroups.filter { group in
            guard !group.isInfinitive, group.tense != .none, !quoted[group.head] else { return false }
            guard let clause = sentence.clauses.first(where: { $0.tokens.contains(group.head) }) else { return true }
            switch clause.kind {
            case .main: return true
            case .complement: return false
            case .adverbial, .relative: return (clause.tokens.lowerBound..<group.head).contains { isComma($0) }
            }
        }
    }

    /// The subject of a sentence's first main verb (for participles: "…, saying “…”").
    func sentenceSubject(_ s: Int) -> Range<Int>? {
        guard let group = mainVerbs(s).first else { return nil }
        return subject(ofCue: group.tokens.lowerBound, lower: document.sentences[s].tokens.lowerBound)
    }

    /// The subject of the main verb nearest before token `t` (who speaks through a partial quote
    /// without a cue: "Trump issued a warning that he had better “…”").
    func governingSubject(before t: Int, sentence s: Int) -> Range<Int>? {
        let verbs = mainVerbs(s)
        let lower = document.sentences[s].tokens.lowerBound
        for group in [verbs.last { $0.head < t }, verbs.first].compactMap({ $0 }) {
            if let phrase = subject(ofCue: group.tokens.lowerBound, lower: lower),
               isCapitalized(phrase.upperBound - 1) || isPronoun(phrase.upperBound - 1) { return phrase }
        }
        return nil
    }

    // MARK: - Speaker phrases

    /// A speaker phrase that ends at token `e`: a pronoun, a name with its titles and an
    /// "of"-complement ("Mr. Morgan of the Sierra Club"), or a description ("the note", "a spokesman").
    func phraseBefore(_ e: Int, lower: Int) -> Range<Int>? {
        guard e >= lower, isWord(e), !quoted[e] else { return nil }
        if isPronoun(e) { return e..<(e + 1) }
        guard tag(e).isNoun || isCapitalized(e) && (tag(e).isAdjective || tag(e) == .cardinal) else { return nil }
        var start = e
        var named = isCapitalized(e)
        var i = e - 1
        while i >= lower, e - i < maxPhrase, !quoted[i] {
            let word = self.lower(i)
            if word == "of", named, i - 1 >= lower, isCapitalized(i - 1) {
                start = i; i -= 1; continue
            }
            if tag(i) == .possessiveEnding { start = i; i -= 1; continue }
            guard isWord(i) else { break }
            if tag(i) == .determiner || tag(i) == .possessivePronoun {
                if !named || word == "the" { start = i }
                break
            }
            if isCapitalized(i) {
                guard tag(i).isNoun || tag(i).isAdjective || tag(i) == .cardinal || word.hasSuffix(".") else { break }
                // Another actor before a person's name is not part of it ("the Washington Post Trump said").
                if mentionAt[i] >= 0, mentionAt[i] != mentionAt[i + 1], mentionAt[i + 1] >= 0,
                   document.actors[mentionAt[i + 1]].kind == .person, document.actors[mentionAt[i]].kind != .person { break }
                start = i; named = true; i -= 1; continue
            }
            // Lower-case words belong to a description, not before a name ("campaign chairman John Podesta").
            if named { break }
            guard tag(i).isNoun || tag(i).isAdjective || tag(i) == .cardinal else { break }
            start = i
            i -= 1
        }
        return start..<(e + 1)
    }

    /// A lower-case word that can belong to a title or description ("campaign", "chairman", "former");
    /// the tagger may read a title noun as a present-tense verb ("chairman/VBP").
    private func isTitleWord(_ i: Int) -> Bool {
        let t = tag(i)
        return t.isNoun || t.isAdjective || t == .cardinal || (t == .verbPresent || t == .verbBase) && !isCue(i)
    }

    /// Whether lower-case words from `i` lead to a capitalised name ("campaign spokesman Brian").
    private func titleFollows(_ i: Int, _ upper: Int) -> Bool {
        var k = i
        while k < upper, k - i < 4, isWord(k), !isCapitalized(k), isTitleWord(k) { k += 1 }
        return k > i && k < upper && isCapitalized(k) && tag(k).isNoun
    }

    /// A speaker phrase that starts at token `s` (after "said", a dash or "according to"), up to `upper`.
    func phraseAfter(_ s: Int, _ upper: Int) -> Range<Int>? {
        guard s < upper, s < document.tokens.count, isWord(s), !quoted[s] else { return nil }
        if isPronoun(s) { return s..<(s + 1) }
        var end = s
        var named = false
        var i = s
        while i < upper, i - s < maxPhrase, !quoted[i] {
            let word = self.lower(i)
            if tag(i) == .possessiveEnding, end > s { end = i + 1; i += 1; continue }
            guard isWord(i) else { break }
            if word == "of", named, i + 1 < upper {
                // "Rangel of New York", "Morgan of the Sierra Club".
                var j = i + 1
                if tag(j) == .determiner, j + 1 < upper { j += 1 }
                guard isCapitalized(j) else { break }
                i = j
                continue
            }
            if i == s, tag(i) == .determiner || tag(i) == .possessivePronoun { end = i + 1; i += 1; continue }
            if clauseWords.contains(word) || isCue(i) { break }
            if isCapitalized(i) {
                guard tag(i).isNoun || tag(i).isAdjective || tag(i) == .cardinal || word.hasSuffix(".") || !tag(i).isVerb else { break }
                named = true
                end = i + 1
                i += 1
                continue
            }
            // Title words between names ("Clinton campaign spokesman Brian Fallon") or a description
            // ("the police chief"); a name ends the phrase unless a title follows.
            guard isTitleWord(i) else { break }
            if named, !titleFollows(i, upper) { break }
            end = i + 1
            i += 1
        }
        // A description ends on its noun ("the spokesman", not "the").
        while end > s, !(tag(end - 1).isNoun || isCapitalized(end - 1)) { end -= 1 }
        return end > s ? s..<end : nil
    }
}
