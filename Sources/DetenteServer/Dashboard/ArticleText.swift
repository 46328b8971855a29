import DetenteCore

/// An article's text as HTML with its annotations marked: event evidence, quotations, actors and
/// time expressions. Overlapping annotations become runs that carry every class that covers them;
/// all text is escaped.
enum ArticleText {
    static func html(_ document: Document) -> String {
        let scalars = Array(document.text.unicodeScalars)
        var classes = [[String]](repeating: [], count: scalars.count + 1)
        var titles = [String?](repeating: nil, count: scalars.count + 1)
        func mark(_ start: Int, _ end: Int, _ cls: String, _ title: String) {
            let s = max(0, min(start, scalars.count)), e = max(s, min(end, scalars.count))
            for i in s..<e where !classes[i].contains(cls) {
                classes[i].append(cls)
                if titles[i] == nil || cls == "event" { titles[i] = title }
            }
        }
        for t in document.times { mark(t.span.start, t.span.end, "time", "time: \(t.value)") }
        for a in document.actors where a.code != nil { mark(a.span.start, a.span.end, "actor", "actor: \(a.code ?? "")") }
        for q in document.quotes { mark(q.span.start, q.span.end, "quote", "quote: \(q.speaker ?? "unattributed")") }
        for e in document.events { mark(e.span.start, e.span.end, "event", "\(e.source) → \(e.target ?? "—") \(e.code) (\(e.plover ?? "")), \(e.date ?? "")") }
        var out = "", run = "", current: [String] = [], currentTitle: String?
        func flush() {
            guard !run.isEmpty else { return }
            if current.isEmpty { out += HTML.escape(run) }
            else { out += "<mark class=\"\(current.sorted().joined(separator: " "))\" title=\"\(HTML.escape(currentTitle ?? ""))\">\(HTML.escape(run))</mark>" }
            run = ""
        }
        for (i, c) in scalars.enumerated() {
            if classes[i] != current || titles[i] != currentTitle { flush(); current = classes[i]; currentTitle = titles[i] }
            run.unicodeScalars.append(c)
        }
        flush()
        return out
    }
}
