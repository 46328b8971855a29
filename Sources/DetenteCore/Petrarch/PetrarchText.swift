/// Line reading shared by the PETRARCH dictionary readers: 1-based line numbers, `#` comments and
/// `<!-- … -->` comment blocks (over several lines) removed, trailing white space trimmed.
enum PetrarchText {
    /// The non-empty lines of `text` with their line numbers, comments removed. Leading white
    /// space is kept (actor role lines are indented).
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        var out: [(Int, Substring)] = []
        out.reserveCapacity(text.utf8.count / 24)
        var inComment = false
        var number = 0
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while lineStart <= utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            number += 1
            var end = lineEnd
            if end > lineStart, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
            let bytes = utf8[lineStart..<end]
            // Lines without `<` outside a comment (nearly all) need no comment scan.
            let content: Substring
            if !inComment && !bytes.contains(UInt8(ascii: "<")) {
                content = text[lineStart..<end]
            } else {
                content = Substring(stripComments(text[lineStart..<end], &inComment))
            }
            if let kept = trimmedContent(content) { out.append((number, kept)) }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
        }
        return out
    }

    /// The line without `<!-- … -->` parts (which may span lines).
    private static func stripComments(_ raw: Substring, _ inComment: inout Bool) -> String {
        var line = raw
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
        return kept
    }

    /// The line before any `#`, trailing white space removed; nil when nothing is left.
    private static func trimmedContent(_ line: Substring) -> Substring? {
        let utf8 = line.utf8
        var end = utf8.firstIndex(of: UInt8(ascii: "#")) ?? utf8.endIndex
        while end > utf8.startIndex {
            let b = utf8[utf8.index(before: end)]
            guard b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") else { break }
            end = utf8.index(before: end)
        }
        let content = line[utf8.startIndex..<end]
        guard content.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        return content
    }

    /// The text inside the last `[…]` of a line and the line without it.
    static func bracket(_ line: Substring) -> (code: Substring?, rest: Substring) {
        guard let close = line.utf8.lastIndex(of: UInt8(ascii: "]")),
              let open = line.utf8[..<close].lastIndex(of: UInt8(ascii: "[")) else { return (nil, line) }
        let code = line[line.index(after: open)..<close].trimmingSpaces
        return (code, Substring(line[..<open] + line[line.index(after: close)...]))
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        let utf8 = self.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == UInt8(ascii: " ") || utf8[start] == UInt8(ascii: "\t") { start = utf8.index(after: start) }
        while end > start {
            let b = utf8[utf8.index(before: end)]
            guard b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") else { break }
            end = utf8.index(before: end)
        }
        return self[start..<end]
    }
}

extension String {
    var trimmingSpaces: Substring { Substring(self).trimmingSpaces }
}
