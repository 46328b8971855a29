/// Builds compact JSON text with keys in the order written — the `code` filter's output is a
/// stable interface, so its field order is fixed rather than left to a dictionary.
public struct JSONWriter: Sendable {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]

    public init() {}

    public mutating func beginObject() { value(); output += "{"; needsComma.append(false) }
    public mutating func endObject() { output += "}"; needsComma.removeLast() }
    public mutating func beginArray() { value(); output += "["; needsComma.append(false) }
    public mutating func endArray() { output += "]"; needsComma.removeLast() }

    public mutating func key(_ name: String) {
        value()
        Self.appendString(name, to: &output)
        output += ":"
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ text: String) { value(); Self.appendString(text, to: &output) }
    public mutating func number(_ n: Int) { value(); output += String(n) }
    public mutating func number(_ n: Double) { value(); output += n.isFinite ? String(n) : "null" }
    public mutating func bool(_ b: Bool) { value(); output += b ? "true" : "false" }
    public mutating func null() { value(); output += "null" }
    /// Appends JSON text written elsewhere (an object or array) as the next value.
    public mutating func raw(_ json: String) { value(); output += json }

    public mutating func field(_ name: String, _ text: String?) {
        key(name)
        if let text { string(text) } else { null() }
    }

    public mutating func field(_ name: String, _ n: Int) { key(name); number(n) }
    public mutating func field(_ name: String, _ b: Bool) { key(name); bool(b) }

    private mutating func value() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    /// Appends a JSON string literal; control characters, quotes and backslashes are escaped,
    /// everything else is written as UTF-8.
    public static func appendString(_ text: String, to output: inout String) {
        output += "\""
        var plainStart = text.unicodeScalars.startIndex
        var index = plainStart
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let s = scalars[index]
            let escape: String?
            switch s {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{2028}": escape = "\\u2028"
            case "\u{2029}": escape = "\\u2029"
            default:
                if s.value < 0x20 {
                    let hex = String(s.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output += "\""
    }
}
