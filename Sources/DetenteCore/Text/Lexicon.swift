/// The tagger's word knowledge: the authored closed-class list (`function-words.tsv`) and the
/// open-class readings generated from WordNet (`wordnet-lexicon.tsv`), with WordNet-style
/// morphology for inflected forms. Lookups take a token's bytes and allocate nothing.
public struct Lexicon: Sendable {
    /// Plain data (no references), so reading an entry in the per-token hot path costs no retain.
    struct Entry: Sendable {
        /// Authored tags (closed class or frequent ambiguous words); empty when not authored.
        var authored = TagSet()
        /// The first authored tag (the most likely one).
        var authoredBest: PartOfSpeech = .noun
        /// Whether an authored tag is a verb form (`isVerb`).
        var authoredHasVerb = false
        /// Whether an authored tag is neither a verb form, a modal nor a plural noun.
        var authoredHasOther = false
        var authoredLemma: Int32 = -1
        /// WordNet base-form readings: sense-tagged counts, -1 when absent.
        var noun: Int32 = -1, verb: Int32 = -1, adjective: Int32 = -1, adverb: Int32 = -1
        /// Irregular forms: the lemma's entry, -1 when none.
        var irregularVerbOf: Int32 = -1, irregularNounOf: Int32 = -1, irregularAdjectiveOf: Int32 = -1
    }

    private var table: WordTable
    private var entries: [Entry] = []

    /// Builds the lexicon from the two data files; errors name the file and line.
    public init(wordnet: String, functionWords: String) throws(DataFileError) {
        table = WordTable(capacity: 60_000)
        entries.reserveCapacity(60_000)
        var wordnet = wordnet
        let failure = wordnet.withUTF8 { text -> DataFileError? in
            do throws(DataFileError) { try readWordNet(text); return nil } catch { return error }
        }
        if let failure { throw failure }
        for (number, fields) in try DataFile.rows(functionWords, name: "function-words.tsv", columns: 2...3) {
            var tags: [PartOfSpeech] = []
            for name in fields[1].split(separator: " ") {
                guard let tag = PartOfSpeech(name: name) else {
                    throw DataFileError(file: "function-words.tsv", line: number, message: "unknown tag '\(name)'")
                }
                tags.append(tag)
            }
            guard !tags.isEmpty else { throw DataFileError(file: "function-words.tsv", line: number, message: "no tags") }
            let id = entry(fields[0].utf8)
            entries[Int(id)].authored = TagSet(tags)
            entries[Int(id)].authoredBest = tags[0]
            entries[Int(id)].authoredHasVerb = tags.contains { $0.isVerb }
            entries[Int(id)].authoredHasOther = tags.contains { !$0.isVerb && $0 != .modal && $0 != .pluralNoun }
            if fields.count == 3, !fields[2].isEmpty { entries[Int(id)].authoredLemma = entry(fields[2].utf8) }
        }
    }

    /// Reads `wordnet-lexicon.tsv` (`word<TAB>reading reading …`, readings `n12`, `v>lemma`, …)
    /// straight from its bytes: the file has 49,000 lines and is read at every start.
    private mutating func readWordNet(_ text: UnsafeBufferPointer<UInt8>) throws(DataFileError) {
        let name = "wordnet-lexicon.tsv"
        let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        var number = 0
        var start = 0
        while start <= text.count {
            var end = start
            while end < text.count && text[end] != newline { end += 1 }
            defer { start = end + 1 }
            number += 1
            var stop = end
            if stop > start && text[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            if stop == start || text[start] == UInt8(ascii: "#") { continue }
            var split = start
            while split < stop && text[split] != tab { split += 1 }
            var columns = 1
            for k in split..<stop where text[k] == tab { columns += 1 }
            guard columns == 2 else {
                throw DataFileError(file: name, line: number, message: "expected 2–2 tab-separated columns, found \(columns)")
            }
            let id = entry(UnsafeBufferPointer(rebasing: text[start..<split]))
            var readingStart = split + 1
            while readingStart < stop {
                if text[readingStart] == space { readingStart += 1; continue }
                var readingEnd = readingStart
                while readingEnd < stop && text[readingEnd] != space { readingEnd += 1 }
                let reading = UnsafeBufferPointer(rebasing: text[readingStart..<readingEnd])
                readingStart = readingEnd
                try addReading(reading, to: id, line: number)
            }
        }
    }

    /// One WordNet reading of entry `id`: a part of speech and a count, or `>` and a lemma.
    private mutating func addReading(_ reading: UnsafeBufferPointer<UInt8>, to id: Int32, line: Int) throws(DataFileError) {
        func unknown() -> DataFileError {
            DataFileError(file: "wordnet-lexicon.tsv", line: line, message: "unknown reading '\(String(decoding: reading, as: UTF8.self))'")
        }
        let kind = reading[0]
        let rest = UnsafeBufferPointer(rebasing: reading[1...])
        if rest.first == UInt8(ascii: ">") {
            let lemma = entry(UnsafeBufferPointer(rebasing: rest[1...]))
            switch kind {
            case UInt8(ascii: "v"): entries[Int(id)].irregularVerbOf = lemma
            case UInt8(ascii: "n"): entries[Int(id)].irregularNounOf = lemma
            case UInt8(ascii: "a"), UInt8(ascii: "r"): entries[Int(id)].irregularAdjectiveOf = lemma
            default: throw unknown()
            }
            return
        }
        guard let count = Self.count(rest) else { throw unknown() }
        switch kind {
        case UInt8(ascii: "n"): entries[Int(id)].noun = count
        case UInt8(ascii: "v"): entries[Int(id)].verb = count
        case UInt8(ascii: "a"): entries[Int(id)].adjective = count
        case UInt8(ascii: "r"): entries[Int(id)].adverb = count
        default: throw unknown()
        }
    }

    /// `Int32(text)` for the bytes of a count: plain digits are read directly, anything else
    /// (a sign, overflow, junk) goes through `Int32.init` for the same answer.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        if bytes.isEmpty || bytes.count > 9 { return Int32(String(decoding: bytes, as: UTF8.self)) }
        var value: Int32 = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return Int32(String(decoding: bytes, as: UTF8.self)) }
            value = value * 10 + Int32(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private mutating func entry(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let id = table.insert(word)
        if Int(id) == entries.count { entries.append(Entry()) }
        return id
    }

    private mutating func entry(_ word: some Sequence<UInt8>) -> Int32 {
        let id = table.insert(word)
        if Int(id) == entries.count { entries.append(Entry()) }
        return id
    }

    /// The word of a lemma identifier (as stored in `Token.lemma`).
    public func word(_ lemma: Int32) -> String? {
        lemma >= 0 && Int(lemma) < table.count ? table.word(lemma) : nil
    }

    /// The lemma identifier of a word, if the lexicon knows it.
    public func lemma(of word: String) -> Int32? { table.find(word) }

    // MARK: - Analysis

    /// What the lexicon says about one word form.
    public struct Analysis: Sendable {
        public var tags = TagSet()
        /// The reading to take when context says nothing.
        public var best: PartOfSpeech = .noun
        /// The word is in the authored list; its tags are complete.
        public var isAuthored = false
        /// The word is unknown to both lists; tags are a guess from its ending.
        public var isUnknown = false
        public var verbLemma: Int32 = -1
        public var nounLemma: Int32 = -1
        public var otherLemma: Int32 = -1
        /// Evidence for the noun and verb readings (WordNet sense-tagged counts, smoothed).
        public var nounWeight = 0
        public var verbWeight = 0

        /// The lemma to record for a chosen tag.
        public func lemma(for tag: PartOfSpeech) -> Int32 {
            if tag.isVerb || tag == .modal { return verbLemma >= 0 ? verbLemma : otherLemma }
            if tag.isNoun { return nounLemma >= 0 ? nounLemma : otherLemma }
            return otherLemma
        }
    }

    /// Analyses the word in `bytes` (any case).
    public func analyze(_ bytes: UnsafeBufferPointer<UInt8>) -> Analysis {
        var result = Analysis()
        if let id = table.find(bytes) {
            let entry = entries[Int(id)]
            if !entry.authored.isEmpty {
                result.isAuthored = true
                result.tags = entry.authored
                result.best = entry.authoredBest
                // The lemma column names the lemma of the inflected readings only ("left VBD VBN JJ NN leave").
                let lemma = entry.authoredLemma >= 0 ? entry.authoredLemma : id
                result.verbLemma = lemma
                result.nounLemma = entry.authored.contains(.pluralNoun) ? lemma : id
                result.otherLemma = entry.authoredHasOther ? id : lemma
                if entry.authoredLemma < 0 { refineLemmas(&result, bytes, entry) }
                return result
            }
            addBase(entry, id, &result)
            if entry.irregularVerbOf >= 0 {
                // WordNet lists doubled and odd -ing forms too ("trafficking"); the rest are past forms.
                let ing = bytes.count > 4 && bytes[bytes.count - 3] | 0x20 == UInt8(ascii: "i")
                    && bytes[bytes.count - 2] | 0x20 == UInt8(ascii: "n") && bytes[bytes.count - 1] | 0x20 == UInt8(ascii: "g")
                if ing {
                    result.tags.insert(.verbGerund)
                    result.tags.insert(.noun)
                } else {
                    result.tags.insert(.verbPast)
                    result.tags.insert(.verbParticiple)
                }
                result.verbLemma = entry.irregularVerbOf
                result.verbWeight += 2 * (1 + Int(max(0, entries[Int(entry.irregularVerbOf)].verb)))
            }
            if entry.irregularNounOf >= 0 {
                result.tags.insert(.pluralNoun)
                result.nounLemma = entry.irregularNounOf
                result.nounWeight += 1 + Int(max(0, entries[Int(entry.irregularNounOf)].noun))
            }
            if entry.irregularAdjectiveOf >= 0 {
                result.tags.insert(bytes.count > 3 && bytes[bytes.count - 1] == UInt8(ascii: "t") ? .superlativeAdjective : .comparativeAdjective)
                result.otherLemma = entry.irregularAdjectiveOf
            }
        }
        addInflections(bytes, &result)
        if result.tags.isEmpty {
            guess(bytes, &result)
        }
        result.best = preferred(result)
        return result
    }

    private func addBase(_ entry: Entry, _ id: Int32, _ result: inout Analysis) {
        if entry.noun >= 0 {
            result.tags.insert(.noun)
            result.nounLemma = id
            result.nounWeight += 1 + Int(entry.noun)
        }
        if entry.verb >= 0 {
            result.tags.insert(.verbBase)
            result.tags.insert(.verbPresent)
            result.verbLemma = id
            result.verbWeight += 1 + Int(entry.verb)
        }
        if entry.adjective >= 0 {
            result.tags.insert(.adjective)
            result.otherLemma = id
        }
        if entry.adverb >= 0 {
            result.tags.insert(.adverb)
            if result.otherLemma < 0 { result.otherLemma = id }
        }
    }

    /// Authored words without a lemma column still get verb and noun lemmas from morphology ("talks" → talk).
    /// `entry` is the word's own entry (already found).
    private func refineLemmas(_ result: inout Analysis, _ bytes: UnsafeBufferPointer<UInt8>, _ entry: Entry) {
        var morph = Analysis()
        addInflections(bytes, &morph)
        if morph.verbLemma >= 0 { result.verbLemma = morph.verbLemma }
        if morph.nounLemma >= 0 { result.nounLemma = morph.nounLemma }
        if entry.irregularVerbOf >= 0 { result.verbLemma = entry.irregularVerbOf }
    }

    /// WordNet's morphology: strip a regular suffix and look the base up.
    private func addInflections(_ bytes: UnsafeBufferPointer<UInt8>, _ result: inout Analysis) {
        let n = bytes.count
        guard n > 3 else { return }
        // Every rule below needs the word to end in "s", "d", "g", "r" or "t" (-s, -ed, -ing, -er, -est).
        let last = UTF8Scanning.lower(bytes[n - 1])
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g") || last == UInt8(ascii: "r")
                || last == UInt8(ascii: "t") else { return }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard n > length else { return false }
            let s = suffix.utf8Start
            for k in 0..<length where UTF8Scanning.lower(bytes[n - length + k]) != s[k] { return false }
            return true
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 2) { scratch in
            // The rules below often try the same stem twice (as a verb, then as a noun): remember the last two.
            typealias Remembered = (keep: Int, addition: UInt8?, found: (Int32, Entry)?)
            var newer: Remembered?, older: Remembered?
            /// Looks up bytes[0..<keep] + addition.
            func lookup(_ keep: Int, _ addition: UInt8? = nil) -> (Int32, Entry)? {
                if let m = newer, m.keep == keep, m.addition == addition { return m.found }
                if let m = older, m.keep == keep, m.addition == addition { return m.found }
                let found = find(keep, addition)
                older = newer
                newer = (keep, addition, found)
                return found
            }
            func find(_ keep: Int, _ addition: UInt8?) -> (Int32, Entry)? {
                for k in 0..<keep { scratch[k] = bytes[k] }
                var length = keep
                if let addition { scratch[length] = addition; length += 1 }
                guard let id = table.find(UnsafeBufferPointer(rebasing: scratch[0..<length])) else { return nil }
                return (id, entries[Int(id)])
            }
            func verb(_ keep: Int, _ addition: UInt8? = nil, _ tags: [PartOfSpeech]) -> Bool {
                guard let (id, entry) = lookup(keep, addition), entry.verb >= 0 || entry.authoredHasVerb else { return false }
                for tag in tags { result.tags.insert(tag) }
                if result.verbLemma < 0 { result.verbLemma = id }
                result.verbWeight += 2 * (1 + Int(max(0, entry.verb)))
                return true
            }
            func noun(_ keep: Int, _ addition: UInt8? = nil) -> Bool {
                guard let (id, entry) = lookup(keep, addition), entry.noun >= 0 || entry.verb >= 0 || entry.authored.contains(.noun) else { return false }
                result.tags.insert(.pluralNoun)
                if result.nounLemma < 0 { result.nounLemma = id }
                result.nounWeight += 1 + Int(max(0, entry.noun))
                return true
            }
            let e = UInt8(ascii: "e"), y = UInt8(ascii: "y")
            let doubled = n > 5 && UTF8Scanning.lower(bytes[n - 4]) == UTF8Scanning.lower(bytes[n - 5])
            if ends("ies") {
                _ = verb(n - 3, y, [.verbPresentThirdPerson])
                _ = noun(n - 3, y)
            } else if ends("es") {
                if !verb(n - 2, nil, [.verbPresentThirdPerson]) { _ = verb(n - 1, nil, [.verbPresentThirdPerson]) }
                if !noun(n - 2) { _ = noun(n - 1) }
            } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
                _ = verb(n - 1, nil, [.verbPresentThirdPerson])
                _ = noun(n - 1)
            }
            if ends("ied") {
                _ = verb(n - 3, y, [.verbPast, .verbParticiple])
            } else if ends("ed") {
                if !verb(n - 2, nil, [.verbPast, .verbParticiple]), !verb(n - 1, nil, [.verbPast, .verbParticiple]), doubled {
                    _ = verb(n - 3, nil, [.verbPast, .verbParticiple])
                }
            }
            if ends("ing") {
                if !verb(n - 3, nil, [.verbGerund]), !verb(n - 3, e, [.verbGerund]) {
                    if doubled { _ = verb(n - 4, nil, [.verbGerund]) }
                }
                if result.tags.contains(.verbGerund) { result.tags.insert(.noun) }
            }
            if ends("er") || ends("est") {
                let cut = ends("er") ? 2 : 3
                let tag: PartOfSpeech = cut == 2 ? .comparativeAdjective : .superlativeAdjective
                if let (id, entry) = lookup(n - cut) ?? lookup(n - cut + 1), entry.adjective >= 0 {
                    result.tags.insert(tag)
                    if result.otherLemma < 0 { result.otherLemma = id }
                }
            }
        }
    }

    /// Tags for a word neither list knows, from its ending.
    private static let adjectiveSuffixes: [StaticString] =
        ["al", "ous", "ive", "ic", "able", "ible", "ful", "less", "ian", "ese", "ish", "ary"]

    /// Reads the ending on the token's bytes, folding ASCII case as it compares (no lower-cased copy).
    private func guess(_ bytes: UnsafeBufferPointer<UInt8>, _ result: inout Analysis) {
        result.isUnknown = true
        let n = bytes.count
        /// Whether the word is longer than the suffix by two or more and ends with it (ASCII case folded).
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard n > length + 1 else { return false }
            let s = suffix.utf8Start
            for k in 0..<length where UTF8Scanning.lower(bytes[n - length + k]) != s[k] { return false }
            return true
        }
        if ends("ly") {
            result.tags.insert(.adverb)
        } else if ends("ing") {
            result.tags.insert(.verbGerund)
            result.tags.insert(.noun)
            result.verbWeight = 2
        } else if ends("ed") {
            result.tags.insert(.verbPast)
            result.tags.insert(.verbParticiple)
            result.tags.insert(.adjective)
            result.verbWeight = 2
        } else if Self.adjectiveSuffixes.contains(where: ends) || bytes.contains(UInt8(ascii: "-")) {
            result.tags.insert(.adjective)
            result.tags.insert(.noun)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            result.tags.insert(.pluralNoun)
            result.tags.insert(.verbPresentThirdPerson)
            result.nounWeight = 2
            result.verbWeight = 1
        } else {
            result.tags.insert(.noun)
            result.nounWeight = 1
        }
    }

    /// Verb forms in the order `preferred` tries them.
    private static let verbForms: [PartOfSpeech] = [.verbPast, .verbGerund, .verbPresentThirdPerson, .verbParticiple, .verbPresent, .verbBase]

    /// The reading to take without context: the better-attested of noun and verb, then adjective, adverb.
    private func preferred(_ a: Analysis) -> PartOfSpeech {
        let t = a.tags
        let verbTag = Self.verbForms.first { t.contains($0) }
        let nounTag: PartOfSpeech? = t.contains(.pluralNoun) ? .pluralNoun : (t.contains(.noun) ? .noun : nil)
        if let verbTag, let nounTag {
            return a.verbWeight > a.nounWeight ? verbTag : nounTag
        }
        if t.contains(.adjective) && (nounTag != nil || verbTag == .verbBase || verbTag == .verbPresent) { return .adjective }
        if let verbTag { return verbTag }
        if let nounTag { return nounTag }
        for tag in [PartOfSpeech.adjective, .comparativeAdjective, .superlativeAdjective, .adverb] where t.contains(tag) { return tag }
        return .noun
    }
}
