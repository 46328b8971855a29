/// A fast reader for the common JSONL record: one flat JSON object whose values are all strings
/// or null, read straight from UTF-8 bytes. Anything else (numbers, nested values, duplicate
/// keys, surrogate escapes, invalid JSON) gives nil, and the caller reads the line with
/// `JSONSerialization` as before, so the result never differs from that reading.
enum FlatJSONObject {
    /// An object's members in order, keys distinct (as `String ==` tells them apart, as a
    /// dictionary would). A record has a handful, so they are kept in an array, looked up in turn.
    struct Members {
        private(set) var list: [(key: String, value: String?)] = []
        /// The keys as a set, once there are too many to compare one by one.
        private var keys: Set<String>?

        /// The member named `key`: nil when there is none, `.some(nil)` for a JSON null.
        subscript(key: String) -> String?? {
            list.first { $0.key == key }.map(\.value)
        }

        /// Adds a member; false when the key is already there.
        mutating func add(_ key: String, _ value: String?) -> Bool {
            if keys == nil, list.count >= 16 { keys = Set(list.map(\.key)) }
            if keys != nil {
                guard keys?.insert(key).inserted == true else { return false }
            } else if list.contains(where: { $0.key == key }) {
                return false
            }
            list.append((key, value))
            return true
        }
    }

    /// The object's members (nil for a JSON null), or nil when the line is not such an object.
    static func parse(_ line: some StringProtocol) -> Members? {
        var text = String(line)
        return text.withUTF8 { bytes -> Members? in
            var reader = Reader(bytes: bytes)
            return reader.object()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func object() -> Members? {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            var members = Members()
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    skipSpace()
                    let value: String?
                    if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"),
                       bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") {
                        i += 4
                        value = nil
                    } else {
                        guard let s = string() else { return nil }
                        value = s
                    }
                    guard members.add(key, value) else { return nil }  // a duplicate key
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    guard bytes[i] == UInt8(ascii: "}") else { return nil }
                    i += 1
                    break
                }
            }
            skipSpace()
            return i == bytes.count ? members : nil
        }

        /// A string literal: plain runs copied, the usual escapes decoded; nil for a control
        /// character, a surrogate escape or anything malformed.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var out: [UInt8] = []
            var escaped = false
            var runStart = i
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    // Without escapes the literal is one run: decoded straight from the line.
                    if !escaped {
                        i += 1
                        return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<(i - 1)]), as: UTF8.self)
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                escaped = true
                guard i + 1 < bytes.count else { return nil }
                switch bytes[i + 1] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard i + 6 <= bytes.count else { return nil }
                    var value: UInt32 = 0
                    for k in (i + 2)..<(i + 6) {
                        let h = bytes[k]
                        let digit: UInt32
                        switch h {
                        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(h - UInt8(ascii: "0"))
                        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(h - UInt8(ascii: "a") + 10)
                        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(h - UInt8(ascii: "A") + 10)
                        default: return nil
                        }
                        value = value << 4 | digit
                    }
                    guard let scalar = Unicode.Scalar(value) else { return nil }  // a surrogate: left to JSONSerialization
                    out.append(contentsOf: String(Character(scalar)).utf8)
                    i += 4
                default:
                    return nil
                }
                i += 2
                runStart = i
            }
            return nil
        }
    }
}
