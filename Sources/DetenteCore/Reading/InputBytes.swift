/// What every reader checks of raw bytes before it reads them as text: binary content, and the
/// encoding (UTF-8, else Windows-1252, with the position of the first byte that is not UTF-8).
public enum InputBytes {
    /// True when the bytes look like binary data rather than text: a NUL byte, or more than 2 %
    /// control characters other than tab, line feed, form feed, carriage return and escape, in the first 8 KB.
    public static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        var controls = 0, count = 0
        for byte in bytes.prefix(8192) {
            count += 1
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D, byte != 0x1B { controls += 1 }
        }
        return controls * 50 > count
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, nil when all are valid.
    public static func firstInvalidUTF8(_ bytes: some Collection<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The bytes as text: UTF-8 (a byte-order mark dropped); bytes that are not UTF-8 are read as
    /// Windows-1252, and `note` then says where the first such byte is.
    public static func decode(_ bytes: some Collection<UInt8>) -> (text: String, note: String?) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, nil) }
        let offset = firstInvalidUTF8(body) ?? 0
        var text = ""
        text.unicodeScalars.reserveCapacity(body.count)
        for byte in body { text.unicodeScalars.append(windows1252(byte)) }
        return (text, "not UTF-8 (byte offset \(offset)); read as Windows-1252")
    }

    /// Windows-1252's character for a byte (its 0x80–0x9F block; Latin-1 elsewhere).
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let block: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                               0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(block[Int(byte) - 0x80]) { return scalar }
        return Unicode.Scalar(byte)
    }
}
