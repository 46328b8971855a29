/// Reads the project's tab-separated data files: `#` starts a comment line, blank lines are skipped.
enum DataFile {
    /// The rows of a TSV file with their 1-based line numbers; a row with a column count outside
    /// `columns` is an error naming the file and line. Lines and fields are split on their UTF-8
    /// bytes: a newline or a tab is always a grapheme of its own, so this is what splitting on
    /// characters gives, at a fraction of the cost.
    static func rows(_ text: String, name: String, columns: ClosedRange<Int>) throws(DataFileError) -> [(Int, [Substring])] {
        // Byte offsets of lines and fields first (one pass over contiguous UTF-8), substrings after.
        var spans: [(number: Int, fields: [Range<Int>])] = []
        var scratch = text
        scratch.withUTF8 { utf8 in
            var number = 0
            var lineStart = 0
            let count = utf8.count
            while lineStart <= count {
                var lineEnd = lineStart
                while lineEnd < count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
                number += 1
                let end = lineEnd > lineStart && utf8[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
                if end > lineStart, utf8[lineStart] != UInt8(ascii: "#") {
                    var fields: [Range<Int>] = []
                    fields.reserveCapacity(columns.upperBound)
                    var fieldStart = lineStart
                    for i in lineStart..<end where utf8[i] == 0x09 {
                        fields.append(fieldStart..<i)
                        fieldStart = i + 1
                    }
                    fields.append(fieldStart..<end)
                    spans.append((number, fields))
                }
                if lineEnd == count { break }
                lineStart = lineEnd + 1
            }
        }
        var rows: [(Int, [Substring])] = []
        rows.reserveCapacity(spans.count)
        let utf8 = text.utf8
        let base = utf8.startIndex
        for (number, ranges) in spans {
            guard columns.contains(ranges.count) else {
                throw DataFileError(file: name, line: number, message: "expected \(columns.lowerBound)–\(columns.upperBound) tab-separated columns, found \(ranges.count)")
            }
            rows.append((number, ranges.map { range in
                Substring(utf8[utf8.index(base, offsetBy: range.lowerBound)..<utf8.index(base, offsetBy: range.upperBound)])
            }))
        }
        return rows
    }
}
