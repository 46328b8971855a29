/// Finds sentence ends among a paragraph's tokens: terminal punctuation (with the closing quotes
/// and brackets after it) before a word that can start a sentence. Abbreviations end a sentence
/// only as their kind allows, and a question or exclamation inside quotes followed by its
/// attribution (“…?” Petro joked) stays one sentence.
struct SentenceSplitter: Sendable {
    let abbreviations: Abbreviations
    let lexicon: Lexicon
    let speechVerbs: SpeechVerbs
    /// No sentence is longer than this many tokens: a longer run without a sentence end (a list,
    /// a table, text without punctuation) is cut, after a comma or semicolon where one is near, so
    /// that the later stages, some of which look at every pair of a sentence's chunks, stay fast.
    var maxTokens = 250

    /// Sentence token ranges for the tokens `range` of one paragraph.
    func split(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            let terminal = isTerminal(token, bytes)
            let abbreviation = !terminal && token.kind == .word && bytes[token.bytes.end - 1] == 0x2E
            guard terminal || abbreviation else { i += 1; continue }
            var end = i + 1
            var quoted = false
            while end < range.upperBound, isClosing(tokens[end], bytes) && tokens[end].bytes.start == tokens[end - 1].bytes.end
                    || isTerminal(tokens[end], bytes) {
                if tokens[end].kind == .quote { quoted = true }
                end += 1
            }
            if end >= range.upperBound { break }
            if endsSentence(tokens, at: i, next: end, quoted: quoted, abbreviation: abbreviation, range: range, bytes: bytes) {
                sentences.append(start..<end)
                start = end
            }
            i = end
        }
        if start < range.upperBound { sentences.append(start..<range.upperBound) }
        return sentences.count == 1 && sentences[0].count <= maxTokens ? sentences : sentences.flatMap { capped($0, tokens, bytes) }
    }

    /// A sentence cut into pieces of at most `maxTokens` tokens, each ending after the last comma,
    /// semicolon or colon of its second half when there is one.
    private func capped(_ sentence: Range<Int>, _ tokens: [Token], _ bytes: [UInt8]) -> [Range<Int>] {
        guard sentence.count > maxTokens else { return [sentence] }
        var pieces: [Range<Int>] = []
        var start = sentence.lowerBound
        while sentence.upperBound - start > maxTokens {
            var end = start + maxTokens
            if let comma = (start + maxTokens / 2..<end).last(where: { isBreak(tokens[$0], bytes) }) { end = comma + 1 }
            pieces.append(start..<end)
            start = end
        }
        pieces.append(start..<sentence.upperBound)
        return pieces
    }

    private func isBreak(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.bytes.end - token.bytes.start == 1 && [0x2C, 0x3B, 0x3A].contains(bytes[token.bytes.start])
    }

    private func endsSentence(_ tokens: [Token], at index: Int, next: Int, quoted: Bool, abbreviation: Bool,
                              range: Range<Int>, bytes: [UInt8]) -> Bool {
        // The word that would start the next sentence (past opening quotes and brackets).
        var first = next
        while first < range.upperBound, tokens[first].kind == .quote || isOpening(tokens[first], bytes) { first += 1 }
        // Only closing marks left: they belong to this sentence.
        guard first < range.upperBound else { return false }
        let word = tokens[first]
        let startsLower = word.kind == .word && !word.isCapitalized && UTF8Scanning.isASCIILetter(bytes[word.bytes.start])
        if startsLower { return false }
        if abbreviation {
            let text = String(decoding: bytes[tokens[index].bytes.start..<tokens[index].bytes.end], as: UTF8.self)
            let isInitial = text.utf8.count == 2
            switch abbreviations.kind(of: text) {
            case .title?, .month?: return false
            case .other?: return word.isCapitalized || word.kind == .quote
            case .name?, nil:
                if isInitial && abbreviations.kind(of: text) == nil { return false }
                return startsSentence(word, bytes)
            }
        }
        // “…?” Petro joked / “…!” said Trump: the attribution continues the sentence.
        let mark = bytes[tokens[index].bytes.start]
        if quoted, mark == UInt8(ascii: "?") || mark == UInt8(ascii: "!") || mark == 0xE2, isAttribution(tokens, from: next, range: range, bytes: bytes) {
            return false
        }
        return true
    }

    /// A capitalised function word that opens sentences ("The", "He", "But", "In").
    private func startsSentence(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.kind == .word, token.isCapitalized else { return token.kind == .quote }
        let analysis = bytes.withUnsafeBufferPointer { buffer in
            lexicon.analyze(UnsafeBufferPointer(rebasing: buffer[token.bytes.start..<token.bytes.end]))
        }
        return analysis.isAuthored && !analysis.best.isNoun
    }

    /// Up to four name words (or a pronoun) and a speech verb, or a speech verb and a name.
    private func isAttribution(_ tokens: [Token], from start: Int, range: Range<Int>, bytes: [UInt8]) -> Bool {
        var i = start
        let limit = min(range.upperBound, start + 5)
        if i < limit, speechVerbs.contains(bytes[tokens[i].bytes.start..<tokens[i].bytes.end]) { return true }
        while i < limit, tokens[i].kind == .word, tokens[i].isCapitalized || isPronoun(tokens[i], bytes) {
            i += 1
            if i < limit, speechVerbs.contains(bytes[tokens[i].bytes.start..<tokens[i].bytes.end]) { return true }
        }
        return false
    }

    private func isPronoun(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let word = bytes[token.bytes.start..<token.bytes.end].map(UTF8Scanning.lower)
        return [Array("he".utf8), Array("she".utf8), Array("they".utf8), Array("we".utf8), Array("i".utf8)].contains(word)
    }

    private func isTerminal(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.kind == .punctuation else { return false }
        let b = bytes[token.bytes.start]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") { return true }
        return UTF8Scanning.scalar(at: token.bytes.start, in: bytes).value == 0x2026
    }

    private func isClosing(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let cp = UTF8Scanning.scalar(at: token.bytes.start, in: bytes).value
        if token.kind == .quote { return cp != 0x201C && cp != 0x2018 && cp != 0xAB }
        return token.kind == .punctuation && (cp == 0x29 || cp == 0x5D)
    }

    private func isOpening(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let cp = UTF8Scanning.scalar(at: token.bytes.start, in: bytes).value
        return token.kind == .punctuation && (cp == 0x28 || cp == 0x5B)
    }
}
