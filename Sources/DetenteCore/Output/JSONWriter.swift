/// Builds compact JSON text with keys in the order written — the `code` filter's output is a
/// stable interface, so its field order is fixed rather than left to a dictionary.
///
/// The text is built as UTF-8 bytes (strings are copied and escaped byte by byte, never
/// character by character) and turned into a `String` once, by `output`.
public struct JSONWriter: Sendable {
    private var bytes: [UInt8] = []
    /// For each open object or array (and the top level): whether it already holds a value.
    private var needsComma: [Bool] = [false]

    public init() { bytes.reserveCapacity(1024) }

    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { value(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma.removeLast() }
    public mutating func beginArray() { value(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma.removeLast() }

    public mutating func key(_ name: String) {
        value()
        Self.appendKey(name, to: &bytes)
        needsComma[needsComma.count - 1] = false
    }

    /// Appends `"name":`. Keys are short ASCII words needing no escape: their bytes are copied as
    /// they are; any other key is escaped by `appendString`.
    private static func appendKey(_ name: String, to output: inout [UInt8]) {
        let plain = name.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
            else { return false }
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: utf8)
            output.append(UInt8(ascii: "\""))
            return true
        }
        if plain != true { appendString(name, to: &output) }
        output.append(UInt8(ascii: ":"))
    }

    public mutating func string(_ text: String) { value(); Self.appendString(text, to: &bytes) }
    public mutating func number(_ n: Int) { value(); Self.appendInteger(n, to: &bytes) }
    public mutating func number(_ n: Double) {
        value()
        if n.isFinite { Self.appendDouble(n, to: &bytes) } else { append("null") }
    }
    /// A date as the string `YYYY-MM-DD`, as `CalendarDate.description` writes it (its year,
    /// month and day are in range, so always four, two and two digits), without building that string.
    public mutating func string(_ date: CalendarDate) {
        value()
        bytes.append(UInt8(ascii: "\""))
        Self.appendDigits(date.year, count: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendDigits(date.month, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendDigits(date.day, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// The `count` low decimal digits of `n` (non-negative), zero-padded.
    private static func appendDigits(_ n: Int, count: Int, to output: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
            divisor /= 10
        }
    }

    public mutating func bool(_ b: Bool) { value(); append(b ? "true" : "false") }
    public mutating func null() { value(); append("null") }
    /// Appends JSON text written elsewhere (an object or array) as the next value.
    public mutating func raw(_ json: String) { value(); append(json) }

    public mutating func field(_ name: String, _ text: String?) {
        key(name)
        if let text { string(text) } else { null() }
    }

    public mutating func field(_ name: String, _ n: Int) { key(name); number(n) }
    public mutating func field(_ name: String, _ b: Bool) { key(name); bool(b) }

    private mutating func value() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a JSON string literal; control characters, quotes and backslashes are escaped,
    /// everything else is written as UTF-8.
    public static func appendString(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendString(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// `appendString` on UTF-8 bytes: runs of plain bytes are copied whole. U+2028 and U+2029
    /// (E2 80 A8, E2 80 A9) are escaped too, as JavaScript reads them as line ends.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var plainStart = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                let escape: StaticString
                var length = 1
                switch b {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                case 0..<0x20:
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<i]))
                    output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                               hexDigit(b >> 4), hexDigit(b & 0xF)])
                    i += 1
                    plainStart = i
                    continue
                default:
                    i += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<i]))
                escape.withUTF8Buffer { output.append(contentsOf: $0) }
                i += length
                plainStart = i
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<n]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10
    }

    /// Appends `n` as `String(n)` writes it. Scores with one decimal ("-7.5", "3.0": every Goldstein
    /// score) are written from their digits; the test `Double(tenths) / 10 == n` makes sure `n` is
    /// exactly the double nearest that decimal, whose shortest form `String` prints. Others go to `String`.
    static func appendDouble(_ n: Double, to output: inout [UInt8]) {
        let tenths = (n * 10).rounded()
        guard n != 0, abs(tenths) < 1e12, tenths / 10 == n else {
            output.append(contentsOf: Array(String(n).utf8))
            return
        }
        let magnitude = Int(abs(tenths))
        if n < 0 { output.append(UInt8(ascii: "-")) }
        appendInteger(magnitude / 10, to: &output)
        output.append(UInt8(ascii: "."))
        output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
    }

    /// Appends the decimal digits of `n` (as `String(n)` writes them).
    static func appendInteger(_ n: Int, to output: inout [UInt8]) {
        if n == 0 { output.append(UInt8(ascii: "0")); return }
        if n == .min { output.append(contentsOf: Array(String(n).utf8)); return }
        var v = n < 0 ? -n : n
        if n < 0 { output.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while v > 0 {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            }
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }
}
