/// Reads the project's tab-separated data files: `#` starts a comment line, blank lines are skipped.
enum DataFile {
    /// The rows of a TSV file with their 1-based line numbers; a row with a column count outside
    /// `columns` is an error naming the file and line.
    static func rows(_ text: String, name: String, columns: ClosedRange<Int>) throws(DataFileError) -> [(Int, [Substring])] {
        var rows: [(Int, [Substring])] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.contains(fields.count) else {
                throw DataFileError(file: name, line: number, message: "expected \(columns.lowerBound)–\(columns.upperBound) tab-separated columns, found \(fields.count)")
            }
            rows.append((number, fields))
        }
        return rows
    }
}
