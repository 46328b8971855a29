/// Lower-case `String`s of token bytes, built straight from the bytes: the hot paths compare
/// lower-cased words many times per token, and `String(decoding:).lowercased()` costs two
/// strings and a Unicode case mapping where an ASCII word needs one byte loop.
extension UTF8Scanning {
    /// `String(decoding: bytes, as: UTF8.self).lowercased()`, with an ASCII fast path.
    static func lowercasedString(_ bytes: ArraySlice<UInt8>) -> String {
        if let ascii = asciiLowercased(bytes) { return ascii }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    /// The bytes with ASCII capitals lowered and every other byte kept (as the time recogniser
    /// reads words): `String(decoding: bytes.map(lower), as: UTF8.self)`.
    static func asciiLowercasedBytesString(_ bytes: ArraySlice<UInt8>) -> String {
        if let ascii = asciiLowercased(bytes) { return ascii }
        return String(decoding: bytes.map(lower), as: UTF8.self)
    }

    /// `asciiLowercasedBytesString` for bytes read in place.
    static func asciiLowercasedBytesString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        for byte in bytes where byte >= 0x80 { return String(decoding: bytes.map(lower), as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for k in 0..<bytes.count { buffer[k] = lower(bytes[k]) }
            return bytes.count
        }
    }

    /// The lower-cased string when every byte is ASCII, else nil.
    @inline(__always)
    private static func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> String? {
        for byte in bytes where byte >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var k = 0
            for byte in bytes {
                buffer[k] = lower(byte)
                k += 1
            }
            return k
        }
    }
}

extension Document {
    /// `text(range).lowercased()` without the intermediate string for ASCII text.
    func lowercasedText(_ range: ByteRange) -> String {
        let lower = max(0, min(range.start, utf8.count)), upper = max(lower, min(range.end, utf8.count))
        return UTF8Scanning.lowercasedString(utf8[lower..<upper])
    }

    /// `text(of: token).lowercased()`.
    func lowercasedText(of token: Token) -> String { lowercasedText(token.bytes) }
}
