/// Byte-level helpers shared by the reader, tokenizer and lexicon: the pipeline scans UTF-8 bytes
/// and never builds a `String` per token.
enum UTF8Scanning {
    /// Whether the byte starts a code point (is not a continuation byte).
    @inline(__always)
    static func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

    /// Number of code points in `bytes[range]`.
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where startsScalar(bytes[index]) { count += 1 }
        return count
    }

    /// The code point starting at `index` and the number of bytes it takes (invalid bytes count as U+FFFD, one byte).
    @inline(__always)
    static func scalar(at index: Int, in bytes: [UInt8]) -> (value: UInt32, length: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        func continuation(_ offset: Int) -> UInt32? {
            let i = index + offset
            guard i < bytes.count, bytes[i] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[i] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = continuation(1) { return ((UInt32(b0 & 0x1F) << 6) | c1, 2) }
        if b0 & 0xF0 == 0xE0, let c1 = continuation(1), let c2 = continuation(2) {
            return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
        }
        if b0 & 0xF8 == 0xF0, let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) {
            return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        }
        return (0xFFFD, 1)
    }

    /// White space, including the Unicode spaces news text carries (no-break, thin, ideographic …).
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

    /// Whether a code point is upper case (ASCII, Latin-1 and Latin Extended-A capitals, Greek and Cyrillic capitals).
    static func isUpperScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        if let s = Unicode.Scalar(scalar) { return s.properties.isUppercase }
        return false
    }

    /// Whether a code point is a letter or mark (for words in any script).
    static func isLetterScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isASCIILetter(UInt8(scalar)) }
        guard let s = Unicode.Scalar(scalar) else { return false }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
            || s.properties.generalCategory == .spacingMark || s.properties.generalCategory == .enclosingMark
    }

    /// Whether `bytes[range]` spell `word` (given in lower case), ASCII capitals folded. For a word
    /// of ASCII letters other than "k" this equals comparing `lowercasedString`: no other code
    /// point lower-cases to such a letter (the Kelvin sign becomes "k").
    static func equalsFolded(_ bytes: [UInt8], _ range: ByteRange, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard range.end - range.start == length else { return false }
        let w = word.utf8Start
        for k in 0..<length where w[k] != lower(bytes[range.start + k]) { return false }
        return true
    }
}
