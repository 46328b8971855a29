/// Splitting data-file fields on an ASCII separator by UTF-8 bytes rather than by characters.
extension UTF8Scanning {
    /// `text.split(separator: Character(separator), omittingEmptySubsequences: omittingEmpty)`, read
    /// on bytes when every separator stands between ASCII bytes. A non-ASCII neighbour could join
    /// the separator into a larger grapheme (a combining mark after it), so then the characters are
    /// split as before.
    static func split(_ text: Substring, on separator: UInt8, omittingEmpty: Bool = true) -> [Substring] {
        let utf8 = text.utf8
        var parts: [Substring] = []
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            let next = utf8.index(after: i)
            if byte == separator {
                if previous >= 0x80 || (next < utf8.endIndex && utf8[next] >= 0x80) {
                    return text.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: omittingEmpty)
                }
                if !omittingEmpty || start < i { parts.append(text[start..<i]) }
                start = next
            }
            previous = byte
            i = next
        }
        if !omittingEmpty || start < utf8.endIndex { parts.append(text[start..<utf8.endIndex]) }
        return parts
    }
}
