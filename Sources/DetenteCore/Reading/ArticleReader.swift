/// The first stage: finds an article's layout in its raw text — section tags, headline (and its
/// repetition), source, dateline, byline, publisher footer — and the body paragraphs between them.
/// Text without such lines is all body. Offsets stay those of the input text.
public struct ArticleReader: Sendable {
    public let cues: LayoutCues
    /// How many non-blank lines at the top may be layout before the body must begin.
    public var maximumHeaderLines = 10
    /// The bytes of each of `cues.footer` that is ASCII (nil for the others), for searching ASCII lines.
    let asciiFooters: [[UInt8]?]

    public init(cues: LayoutCues) {
        self.cues = cues
        asciiFooters = cues.footer.map { phrase in !phrase.isEmpty && phrase.utf8.allSatisfy { $0 < 0x80 } ? Array(phrase.utf8) : nil }
    }

    public func read(_ input: ArticleInput) -> Document {
        var document = Document(text: input.text, metadata: input.metadata)
        let bytes = document.utf8
        let lines = TextLines.split(bytes)
        var found = ArticleMetadata(id: input.metadata.id)
        var layout: [LayoutLine] = []
        func mark(_ line: TextLine, _ role: LayoutLine.Role) {
            layout.append(LayoutLine(role: role, span: line.contentSpan, bytes: line.content))
        }
        func content(_ line: TextLine) -> String { document.text(line.content) }

        // Header: layout lines above the first body-like line.
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        var bodyStart = 0
        var headerCandidates: [Int] = []
        var headerEnd = 0
        for (position, index) in nonBlank.enumerated() where position < maximumHeaderLines {
            let text = content(lines[index])
            if looksLikeBody(text) { break }
            headerCandidates.append(index)
            headerEnd = position + 1
        }
        if headerEnd < nonBlank.count, !headerCandidates.isEmpty {
            var titled: [Int] = []
            for index in headerCandidates {
                let text = content(lines[index])
                if let source = sourceName(text) {
                    found.source = source
                    mark(lines[index], .source)
                } else if let date = DatelineParser.date(in: text) {
                    found.publicationDate = date
                    mark(lines[index], .published)
                } else if isByline(text) {
                    found.byline = bylineName(text)
                    mark(lines[index], .byline)
                } else {
                    titled.append(index)
                }
            }
            // The headline is the line printed twice, else the last free line; a free line above it holds the section tags.
            let texts = titled.map { content(lines[$0]) }
            let repeated = texts.indices.first { i in texts.indices.contains { j in j != i && texts[j] == texts[i] } }
            if let headline = repeated ?? (texts.isEmpty ? nil : texts.count - 1) {
                found.title = texts[headline]
                for (i, index) in titled.enumerated() {
                    mark(lines[index], texts[i] == texts[headline] ? .headline : (i < headline ? .sections : .headline))
                    if i < headline, texts[i] != texts[headline] { found.sections = texts[i] }
                }
            }
            bodyStart = nonBlank[headerEnd]
        }

        // Footer and byline, from the bottom up.
        var blocks = Self.blocks(lines, from: bodyStart)
        var footerFrom: Int?
        while let last = blocks.last, blocks.count > 1,
              lines[last].contains(where: { isFooter(content($0)) }) {
            footerFrom = last.lowerBound
            blocks.removeLast()
        }
        for (position, block) in blocks.enumerated().reversed() where blocks.count - position <= 3 && blocks.count > 1 {
            guard block.count == 1, let line = block.first, isByline(content(lines[line])) else { continue }
            found.byline = found.byline ?? bylineName(content(lines[line]))
            mark(lines[line], .byline)
            if position + 1 < blocks.count { footerFrom = blocks[position + 1].lowerBound }
            blocks.removeSubrange(position...)
            break
        }
        if let footerFrom {
            for index in footerFrom..<lines.count where !lines[index].isBlank { mark(lines[index], .footer) }
        }

        // Body paragraphs: each block, and each bullet line on its own.
        for block in blocks {
            var start: Int?
            for index in block {
                if lines[index].isBullet, let open = start {
                    document.paragraphs.append(paragraph(lines, open..<index))
                    start = nil
                }
                if start == nil { start = index }
            }
            if let open = start { document.paragraphs.append(paragraph(lines, open..<block.upperBound)) }
        }

        // Metadata given with the input wins over what the layout says.
        var metadata = input.metadata
        metadata.title = metadata.title ?? found.title
        metadata.sections = metadata.sections ?? found.sections
        metadata.source = metadata.source ?? found.source
        metadata.byline = metadata.byline ?? found.byline
        metadata.publicationDate = metadata.publicationDate ?? found.publicationDate
        document.metadata = metadata
        document.layoutLines = layout.sorted { $0.bytes.start < $1.bytes.start }
        return document
    }

    // MARK: - Line classes

    /// A line long enough, or sentence-like enough, to be running text rather than layout.
    func looksLikeBody(_ text: String) -> Bool {
        let words = Self.wordCount(text, upTo: 14)
        if words >= 14 { return true }
        guard words >= 5, let last = text.unicodeScalars.last else { return false }
        return ".?!\u{201D}\"".unicodeScalars.contains(last) && sourceName(text) == nil && DatelineParser.date(in: text) == nil
    }

    /// `min(text.split(separator: " ").count, limit)`: words are counted only until there are `limit`.
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        var text = text
        let ascii = text.withUTF8 { utf8 -> Int? in
            var count = 0
            var inWord = false
            for byte in utf8 {
                // Past ASCII a space may carry a combining mark (one Character, no separator): count Characters.
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: " ") {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count == limit { return count }
                }
            }
            return count
        }
        return ascii ?? min(text.split(separator: " ").count, limit)
    }

    func sourceName(_ text: String) -> String? {
        guard let colon = Self.firstColon(text) else { return nil }
        let label = text[..<colon].lowercased().trimmingCharacters(in: " ")
        guard cues.source.contains(label) else { return nil }
        let name = text[text.index(after: colon)...].trimmingCharacters(in: " ")
        return name.isEmpty || name.split(separator: " ").count > 6 ? nil : name
    }

    func isByline(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let words = Self.wordCount(lowered, upTo: 11)
        guard words > 0, words <= 10, !lowered.hasSuffix(".") || lowered.hasSuffix(")") else { return false }
        if cues.bylineEnd.contains(where: { lowered.hasSuffix(" " + $0) || lowered.hasSuffix(" " + $0 + ")") }) { return true }
        return cues.bylineStart.contains { lowered.hasPrefix($0 + " ") } && text.contains(where: \.isUppercase)
    }

    func bylineName(_ text: String) -> String {
        let lowered = text.lowercased()
        for start in cues.bylineStart.sorted(by: { $0.count > $1.count }) where lowered.hasPrefix(start + " ") && start == "by" {
            return String(text.dropFirst(start.count + 1)).trimmingCharacters(in: " ")
        }
        return text
    }

    func isFooter(_ text: String) -> Bool {
        // An all-ASCII line is lower-cased and searched by bytes for the ASCII phrases (in ASCII,
        // bytes and Characters are one); any other phrase ("©") is searched as before.
        if let lowered = Self.asciiLowercased(text) {
            return cues.footer.indices.contains { i in
                if let phrase = asciiFooters[i] { return Self.contains(lowered, phrase) }
                return String(decoding: lowered, as: UTF8.self).contains(cues.footer[i])
            }
        }
        let lowered = text.lowercased()
        return cues.footer.contains { lowered.contains($0) }
    }

    /// The text's bytes lower-cased, when they are all ASCII (as `lowercased()` would give them).
    static func asciiLowercased(_ text: String) -> [UInt8]? {
        var bytes = Array(text.utf8)
        for i in bytes.indices {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { bytes[i] = b | 0x20 }
        }
        return bytes
    }

    /// Whether `needle` (not empty) occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// `text.firstIndex(of: ":")`, found by bytes: the first ":" byte is the first ":" Character
    /// when ASCII bytes (or the text's ends) are on both sides of it — nothing can then join it
    /// into a larger Character (a combining mark after, a prepended mark before). Else by Character.
    static func firstColon(_ text: String) -> String.Index? {
        let utf8 = text.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let after = utf8.index(after: colon)
        let asciiAfter = after == utf8.endIndex || utf8[after] < 0x80
        let asciiBefore = colon == utf8.startIndex || utf8[utf8.index(before: colon)] < 0x80
        return asciiAfter && asciiBefore ? colon : text.firstIndex(of: ":")
    }

    // MARK: - Blocks

    /// Runs of non-blank lines from `start` on.
    static func blocks(_ lines: [TextLine], from start: Int) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var open: Int?
        for index in start..<lines.count {
            if lines[index].isBlank {
                if let o = open { blocks.append(o..<index) }
                open = nil
            } else if open == nil {
                open = index
            }
        }
        if let o = open { blocks.append(o..<lines.count) }
        return blocks
    }

    private func paragraph(_ lines: [TextLine], _ range: Range<Int>) -> Paragraph {
        let first = lines[range.lowerBound], last = lines[range.upperBound - 1]
        return Paragraph(
            span: TextSpan(start: first.contentSpan.start, end: last.contentSpan.end),
            bytes: ByteRange(start: first.content.start, end: last.content.end)
        )
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var sub = Substring(self)
        while let first = sub.first, characters.contains(first) { sub = sub.dropFirst() }
        while let last = sub.last, characters.contains(last) { sub = sub.dropLast() }
        return String(sub)
    }
}
