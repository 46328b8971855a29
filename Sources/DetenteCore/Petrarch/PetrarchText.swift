/// Line reading shared by the PETRARCH dictionary readers: 1-based line numbers, `#` comments and
/// `<!-- … -->` comment blocks (over several lines) removed, trailing white space trimmed.
enum PetrarchText {
    /// The non-empty lines of `text` with their line numbers, comments removed. Leading white
    /// space is kept (actor role lines are indented).
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        var out: [(Int, Substring)] = []
        var inComment = false
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            // `<!-- … -->`, possibly spanning lines.
            var kept = ""
            while !line.isEmpty {
                if inComment {
                    guard let end = line.firstRange(of: "-->") else { line = line[line.endIndex...]; break }
                    line = line[end.upperBound...]
                    inComment = false
                } else if let start = line.firstRange(of: "<!--") {
                    kept += line[..<start.lowerBound]
                    line = line[start.upperBound...]
                    inComment = true
                } else {
                    kept += line
                    break
                }
            }
            var content = Substring(kept)
            if let hash = content.firstIndex(of: "#") { content = content[..<hash] }
            while let last = content.last, last == " " || last == "\t" { content = content.dropLast() }
            if content.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            out.append((number, content))
        }
        return out
    }

    /// The text inside the last `[…]` of a line and the line without it.
    static func bracket(_ line: Substring) -> (code: Substring?, rest: Substring) {
        guard let close = line.lastIndex(of: "]"), let open = line[..<close].lastIndex(of: "[") else { return (nil, line) }
        let code = line[line.index(after: open)..<close].trimmingSpaces
        return (code, Substring(line[..<open] + line[line.index(after: close)...]))
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}

extension String {
    var trimmingSpaces: Substring { Substring(self).trimmingSpaces }
}
