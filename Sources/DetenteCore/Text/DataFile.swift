/// Reads the project's tab-separated data files: `#` starts a comment line, blank lines are skipped.
enum DataFile {
    /// The rows of a TSV file with their 1-based line numbers; a row with a column count outside
    /// `columns` is an error naming the file and line. Lines and fields are split on their UTF-8
    /// bytes: a newline or a tab is always a grapheme of its own, so this is what splitting on
    /// characters gives, at a fraction of the cost.
    static func rows(_ text: String, name: String, columns: ClosedRange<Int>) throws(DataFileError) -> [(Int, [Substring])] {
        var rows: [(Int, [Substring])] = []
        var number = 0
        for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = bytes.last == 0x0D ? bytes.dropLast() : bytes
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            var fields: [Substring] = []
            fields.reserveCapacity(columns.upperBound)
            for field in line.split(separator: 0x09, omittingEmptySubsequences: false) { fields.append(Substring(field)) }
            guard columns.contains(fields.count) else {
                throw DataFileError(file: name, line: number, message: "expected \(columns.lowerBound)–\(columns.upperBound) tab-separated columns, found \(fields.count)")
            }
            rows.append((number, fields))
        }
        return rows
    }
}
