/// Splits a paragraph's bytes into tokens in one forward scan: words (with acronyms "U.S.",
/// listed abbreviations "Gen.", initials "J."), clitics split Penn-style ("did|n’t", "Trump|’s"),
/// numbers ("10,000", "2.5", "1/26/2025", "2025-01-26"), quotes and punctuation. Offsets are
/// bytes and code points into the document's text.
struct Tokenizer {
    let abbreviations: Abbreviations

    /// Appends the tokens of `range` (which starts at code point `scalarStart`) to `tokens`.
    func tokenize(_ bytes: [UInt8], _ range: ByteRange, scalarStart: Int, into tokens: inout [Token]) {
        var cursor = ScalarCursor(bytes: bytes, byte: range.start, scalar: scalarStart)
        var i = range.start
        let end = range.end
        while i < end {
            let (cp, length) = UTF8Scanning.scalar(at: i, in: bytes)
            if UTF8Scanning.isSpace(cp) { i += length; continue }
            let start = i
            var kind = TokenKind.punctuation
            if let clitic = cliticLength(bytes, at: i, end: end, afterWord: tokens.last.map { $0.bytes.end == i && $0.kind == .word } ?? false) {
                i += clitic
                kind = .word
            } else if isWordScalar(cp) {
                (i, kind) = scanWord(bytes, from: i, end: end)
            } else if Self.isQuote(cp) {
                i += length
                kind = .quote
                // A closing apostrophe after a plural noun is a possessive ("leaders’ appearances").
                if cp == 0x2019 || cp == 0x27, let last = tokens.last, last.bytes.end == start, last.kind == .word,
                   bytes[last.bytes.end - 1] | 0x20 == UInt8(ascii: "s"), i >= end || !isWordScalar(UTF8Scanning.scalar(at: i, in: bytes).value) {
                    kind = .word
                }
            } else if cp == 0x2E, i + 2 < end, bytes[i + 1] == 0x2E, bytes[i + 2] == 0x2E {
                i += 3
            } else {
                i += length
                kind = Self.isPunctuation(cp) ? .punctuation : .symbol
            }
            let span = TextSpan(start: cursor.scalar(at: start), end: cursor.scalar(at: i))
            let first = UTF8Scanning.scalar(at: start, in: bytes).value
            tokens.append(Token(bytes: ByteRange(start: start, end: i), span: span, kind: kind,
                                isCapitalized: UTF8Scanning.isUpperScalar(first)))
        }
    }

    // MARK: - Words

    private func isWordScalar(_ cp: UInt32) -> Bool {
        if cp < 0x80 { return UTF8Scanning.isASCIILetter(UInt8(cp)) || UTF8Scanning.isDigit(UInt8(cp)) }
        return UTF8Scanning.isLetterScalar(cp) || (0x660...0x669).contains(cp)
    }

    private func isLetterOrDigit(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Bool {
        index < end && isWordScalar(UTF8Scanning.scalar(at: index, in: bytes).value)
    }

    private func isDigitAt(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Bool {
        index < end && UTF8Scanning.isDigit(bytes[index])
    }

    /// Scans a word or number from `start`; returns its end and kind.
    private func scanWord(_ bytes: [UInt8], from start: Int, end: Int) -> (Int, TokenKind) {
        var i = start
        let numeric = UTF8Scanning.isDigit(bytes[start])
        var allDigits = true
        var acronymDots = 0
        var lettersSinceDot = 0
        while i < end {
            // ASCII letters and digits, the bulk of every word, need no scalar decoding.
            let byte = bytes[i]
            if UTF8Scanning.isASCIILetter(byte) {
                allDigits = false
                lettersSinceDot += 1
                i += 1
                continue
            }
            if UTF8Scanning.isDigit(byte) {
                lettersSinceDot += 1
                i += 1
                continue
            }
            let (cp, length) = UTF8Scanning.scalar(at: i, in: bytes)
            if isWordScalar(cp) {
                if cp >= 0x80 || !UTF8Scanning.isDigit(UInt8(cp)) { allDigits = false }
                lettersSinceDot += 1
                i += length
                continue
            }
            let previousIsDigit = i > start && UTF8Scanning.isDigit(bytes[i - 1])
            switch cp {
            case 0x2D, 0x2010, 0x2011:  // hyphens join words and dates: pro-Palestinian, 2025-01-26
                guard isLetterOrDigit(bytes, i + length, end), acronymDots == 0 else { return finish(bytes, start, i, numeric && allDigits, acronymDots) }
                if !(numeric && previousIsDigit && isDigitAt(bytes, i + length, end)) { allDigits = false }
            case 0x2C, 0x3A:  // 10,000 · 10:30
                guard numeric, allDigits, previousIsDigit, isDigitAt(bytes, i + 1, end) else { return finish(bytes, start, i, numeric && allDigits, acronymDots) }
            case 0x2F:  // 1/26/2025
                guard numeric, previousIsDigit, isDigitAt(bytes, i + 1, end) else { return finish(bytes, start, i, numeric && allDigits, acronymDots) }
            case 0x2E:  // 2.5 · U.S.
                if numeric, allDigits, previousIsDigit, isDigitAt(bytes, i + 1, end) { break }
                if lettersSinceDot == 1, !numeric, i + 1 < end, UTF8Scanning.isASCIILetter(bytes[i + 1]),
                   i + 2 >= end || !UTF8Scanning.isASCIILetter(bytes[i + 2]) {
                    acronymDots += 1
                    lettersSinceDot = 0
                    break
                }
                return finish(bytes, start, i, numeric && allDigits, acronymDots)
            case 0x27, 0x2019:  // O'Brien stays whole; clitics ('s, n't, 'll …) are split off
                if i > start + 1, bytes[i - 1] | 0x20 == UInt8(ascii: "n"),
                   cliticLength(bytes, at: i - 1, end: end, afterWord: true) != nil {
                    return (i - 1, .word)
                }
                guard !numeric, isLetterOrDigit(bytes, i + length, end),
                      cliticLength(bytes, at: i, end: end, afterWord: true) == nil
                else { return finish(bytes, start, i, numeric && allDigits, acronymDots) }
            default:
                return finish(bytes, start, i, numeric && allDigits, acronymDots)
            }
            i += length
            lettersSinceDot = 0
        }
        return finish(bytes, start, i, numeric && allDigits, acronymDots)
    }

    /// Decides whether a period after the word belongs to it: acronyms, listed abbreviations, initials.
    private func finish(_ bytes: [UInt8], _ start: Int, _ end: Int, _ isNumber: Bool, _ acronymDots: Int) -> (Int, TokenKind) {
        if isNumber { return (end, .number) }
        if numberLike(bytes, start, end) { return (end, .number) }
        guard end < bytes.count, bytes[end] == 0x2E else { return (end, .word) }
        if acronymDots > 0 { return (end + 1, .word) }
        let length = end - start
        if length == 1, UTF8Scanning.isUpper(bytes[start]), bytes[start] != UInt8(ascii: "I") { return (end + 1, .word) }  // an initial, not the pronoun
        if length <= 12 {
            let candidate = String(decoding: bytes[start...end], as: UTF8.self)
            if abbreviations.kind(of: candidate) != nil { return (end + 1, .word) }
        }
        return (end, .word)
    }

    private func numberLike(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard UTF8Scanning.isDigit(bytes[start]) else { return false }
        // 2025-01-26, 1990s, 21st stay numbers only when digits dominate.
        var digits = 0
        for b in bytes[start..<end] where UTF8Scanning.isDigit(b) { digits += 1 }
        return digits * 2 > end - start
    }

    /// Length in bytes of a clitic starting at `index` ('s, 'd, 'll, 're, 've, 'm, n't with ' or ’),
    /// when it follows a word directly and ends before a non-letter.
    func cliticLength(_ bytes: [UInt8], at index: Int, end: Int, afterWord: Bool) -> Int? {
        guard afterWord else { return nil }
        var i = index
        var sawN = false
        if i < end, bytes[i] | 0x20 == UInt8(ascii: "n") { sawN = true; i += 1 }
        guard i < end else { return nil }
        let apostrophe: Int
        if bytes[i] == 0x27 { apostrophe = 1 } else if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { apostrophe = 3 } else { return nil }
        i += apostrophe
        var letters = 0
        while i + letters < end, UTF8Scanning.isASCIILetter(bytes[i + letters]) { letters += 1 }
        guard letters > 0, letters <= 2 else { return nil }
        if i + letters < end, isWordScalar(UTF8Scanning.scalar(at: i + letters, in: bytes).value) { return nil }
        let lowered = bytes[i..<(i + letters)].map(UTF8Scanning.lower)
        if sawN { return lowered == [UInt8(ascii: "t")] ? i + letters - index : nil }
        let clitics: [[UInt8]] = [Array("s".utf8), Array("d".utf8), Array("ll".utf8), Array("re".utf8), Array("ve".utf8), Array("m".utf8)]
        return clitics.contains(lowered) ? i + letters - index : nil
    }

    // MARK: - Character classes

    static func isQuote(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0x201E, 0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x300C, 0x300D: return true
        default: return false
        }
    }

    static func isPunctuation(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return !(cp == 0x24 || cp == 0x25 || cp == 0x26 || cp == 0x2B || cp == 0x3D || cp == 0x40 || cp == 0x23)
        case 0x2010...0x205E, 0xA1, 0xBF, 0x3001, 0x3002: return true
        default: return false
        }
    }
}

/// Turns forward-moving byte offsets into code-point offsets without rescanning from the start.
struct ScalarCursor {
    let bytes: [UInt8]
    var byte: Int
    var scalar: Int

    mutating func scalar(at target: Int) -> Int {
        if target >= byte {
            for index in byte..<target where UTF8Scanning.startsScalar(bytes[index]) { scalar += 1 }
        } else {
            for index in target..<byte where UTF8Scanning.startsScalar(bytes[index]) { scalar -= 1 }
        }
        byte = target
        return scalar
    }
}
