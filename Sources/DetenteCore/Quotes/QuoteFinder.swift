/// Finds quoted spans in each paragraph: pairs straight and curly quote marks (“…”, "…", ‘…’,
/// „…“, «…») with a stack, so that a quote inside a quote (‘…’ inside “…”, “…” inside "…")
/// stays part of the outer one; a paragraph that opens a quote without closing it, when the
/// next paragraph reopens one, runs on to its end (a quotation continued over paragraphs).
/// Unpaired marks (a stray or unbalanced mark, an apostrophe) are ignored.
struct QuoteFinder: Sendable {
    /// One quoted span: the tokens between its marks.
    struct Span: Sendable, Hashable {
        /// The opening mark's token.
        var open: Int
        /// The closing mark's token; nil for a quote that runs on to the paragraph's end.
        var close: Int?
        /// The quoted tokens (marks and a trailing comma left out).
        var content: Range<Int>
        var paragraph: Int
        /// The span continues the quote left open at the end of the paragraph before.
        var continuesPrevious = false
    }

    private enum Family { case double, single }
    private enum Direction { case open, close, either }
    private struct Mark { var token: Int; var family: Family; var straight: Bool }

    /// Deeper nesting than this is not quotation but noise (10,000 opening marks).
    private let maxDepth = 8

    func spans(in document: Document) -> [Span] {
        var spans: [Span] = []
        var previousRanOn = false
        for (p, paragraph) in document.paragraphs.enumerated() {
            guard let first = paragraph.sentences.first, let last = paragraph.sentences.last, last < document.sentences.count
            else { previousRanOn = false; continue }
            let range = document.sentences[first].tokens.lowerBound..<document.sentences[last].tokens.upperBound
            let nextOpens = p + 1 < document.paragraphs.count && opensParagraph(p + 1, document)
            let found = paragraphSpans(range, paragraph: p, document, continuesPrevious: previousRanOn, nextOpens: nextOpens)
            spans.append(contentsOf: found)
            previousRanOn = found.last.map { $0.close == nil } ?? false
        }
        return spans
    }

    /// Whether paragraph `p` begins with an opening double quote mark.
    private func opensParagraph(_ p: Int, _ document: Document) -> Bool {
        guard let s = document.paragraphs[p].sentences.first, s < document.sentences.count else { return false }
        let t = document.sentences[s].tokens.lowerBound
        guard document.sentences[s].tokens.count > 1, document.tokens[t].kind == .quote,
              let (family, direction, _) = classify(t, document, document.sentences[s].tokens) else { return false }
        return family == .double && direction != .close
    }

    private func paragraphSpans(_ range: Range<Int>, paragraph: Int, _ document: Document, continuesPrevious: Bool, nextOpens: Bool) -> [Span] {
        var stack: [Mark] = []
        /// Closed pairs, with the opening tokens of the marks still open around them.
        var pairs: [(open: Int, close: Int, enclosing: [Int])] = []
        for t in range where document.tokens[t].kind == .quote {
            guard let (family, direction, straight) = classify(t, document, range) else { continue }
            if direction != .open, let k = closing(family: family, straight: straight, direction: direction, stack) {
                pairs.append((stack[k].token, t, stack[..<k].map(\.token)))
                stack.removeSubrange(k...)
            } else if direction != .close, stack.count < maxDepth {
                stack.append(Mark(token: t, family: family, straight: straight))
            }
        }
        // A double quote left open at the paragraph's end runs on to it when the next paragraph
        // reopens one, or when it opens a sentence of quotation (the closing mark forgotten); not a
        // straight mark in a paragraph quoted with curly ones (a stray).
        let curly = pairs.contains { !isStraight($0.open, document) }
        let runOn = stack.first { mark in
            mark.family == .double && !(mark.straight && curly) && (nextOpens || opensQuotation(mark.token, range, document))
        }?.token
        // Marks left open otherwise are strays: what they seemed to enclose is top level.
        let closedOpens = Set(pairs.map(\.open))
        var out: [Span] = []
        for pair in pairs where !pair.enclosing.contains(where: { closedOpens.contains($0) || $0 == runOn }) {
            if let content = trimmed(pair.open + 1..<pair.close, document) {
                out.append(Span(open: pair.open, close: pair.close, content: content, paragraph: paragraph))
            }
        }
        if let runOn, let content = trimmed(runOn + 1..<range.upperBound, document) {
            out.append(Span(open: runOn, close: nil, content: content, paragraph: paragraph))
        }
        out.sort { $0.open < $1.open }
        if continuesPrevious, let first = out.first, first.open == range.lowerBound { out[0].continuesPrevious = true }
        return out
    }

    private func isStraight(_ t: Int, _ document: Document) -> Bool {
        let b = document.utf8[document.tokens[t].bytes.start]
        return b == 0x22 || b == 0x27
    }

    /// An opening mark at the paragraph's start, after a sentence's end, a colon or a comma.
    private func opensQuotation(_ t: Int, _ range: Range<Int>, _ document: Document) -> Bool {
        guard t > range.lowerBound else { return true }
        let previous = document.tokens[t - 1]
        return previous.tag == .sentenceEnd || previous.tag == .colon || previous.tag == .comma
    }

    /// The stack entry a closing mark closes: the innermost open mark of its family, of the same
    /// glyph kind first (a straight mark closes a straight one); a curly mark may close a straight one.
    private func closing(family: Family, straight: Bool, direction: Direction, _ stack: [Mark]) -> Int? {
        if let k = stack.lastIndex(where: { $0.family == family && $0.straight == straight }) { return k }
        if !straight || direction == .close { return stack.lastIndex { $0.family == family } }
        return nil
    }

    /// The quoted tokens without surrounding closing punctuation that belongs to the sentence
    /// (a trailing comma); nil when nothing but punctuation is quoted.
    private func trimmed(_ range: Range<Int>, _ document: Document) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while upper > lower, isComma(upper - 1, document) { upper -= 1 }
        while lower < upper, isComma(lower, document) { lower += 1 }
        guard lower < upper, (lower..<upper).contains(where: { document.tokens[$0].kind == .word || document.tokens[$0].kind == .number })
        else { return nil }
        return lower..<upper
    }

    private func isComma(_ t: Int, _ document: Document) -> Bool {
        document.tokens[t].kind == .punctuation && document.utf8[document.tokens[t].bytes.start] == UInt8(ascii: ",")
    }

    /// A quote token's family and direction: curly marks say which way they face; a straight mark
    /// opens when it touches only the word on its right and closes when it touches only the left.
    private func classify(_ t: Int, _ document: Document, _ range: Range<Int>) -> (Family, Direction, Bool)? {
        let token = document.tokens[t]
        switch UTF8Scanning.scalar(at: token.bytes.start, in: document.utf8).value {
        case 0x201C, 0x201E, 0x201F, 0xAB, 0x300C: return (.double, .open, false)
        case 0x201D, 0xBB, 0x300D: return (.double, .close, false)
        case 0x2018, 0x2039: return (.single, .open, false)
        case 0x2019, 0x203A: return (.single, .close, false)
        case 0x22, 0x27:
            let family: Family = document.utf8[token.bytes.start] == 0x22 ? .double : .single
            let left = t > range.lowerBound && document.tokens[t - 1].bytes.end == token.bytes.start
                && !isOpening(t - 1, document)
            let right = t + 1 < range.upperBound && document.tokens[t + 1].bytes.start == token.bytes.end
                && (document.tokens[t + 1].kind != .punctuation || isOpening(t + 1, document))
            if right && !left { return (family, .open, true) }
            if left && !right { return (family, .close, true) }
            return (family, .either, true)
        default: return nil
        }
    }

    /// An opening bracket, a dash or an opening quote mark: what a straight opening mark may touch on its left.
    private func isOpening(_ t: Int, _ document: Document) -> Bool {
        let cp = UTF8Scanning.scalar(at: document.tokens[t].bytes.start, in: document.utf8).value
        return [0x28, 0x5B, 0x2014, 0x2013, 0x2015, 0x201C, 0x2018].contains(cp)
    }
}
