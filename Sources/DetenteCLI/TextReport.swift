import DetenteCore

/// The human-readable `analyze` report: metadata, then the body's paragraphs and sentences.
enum TextReport {
    static func render(_ document: Document, lexicon: Lexicon, tags: Bool) -> String {
        var out = ""
        let meta = document.metadata
        out += (meta.title ?? meta.id) + "\n"
        out += String(repeating: "=", count: min(78, (meta.title ?? meta.id).count)) + "\n"
        func row(_ label: String, _ value: String?) {
            guard let value else { return }
            out += "  " + (label + ":").padding(toLength: 11, withPad: " ", startingAt: 0) + value + "\n"
        }
        row("id", meta.id)
        row("published", meta.publicationDate?.description ?? "unknown (give --date)")
        row("source", meta.source)
        row("byline", meta.byline)
        row("sections", meta.sections)
        row("url", meta.url)
        let footer = document.layoutLines.filter { $0.role == .footer }.count
        if footer > 0 { row("footer", "\(footer) line\(footer == 1 ? "" : "s") of publisher boilerplate left out") }
        row("body", "\(document.paragraphs.count) paragraphs, \(document.sentences.count) sentences, \(document.tokens.count) tokens")
        out += "\n"
        var number = 0
        for (p, paragraph) in document.paragraphs.enumerated() {
            out += "¶\(p + 1)\n"
            for s in paragraph.sentences {
                number += 1
                let sentence = document.sentences[s]
                out += "  [\(number)] " + document.text(of: sentence).split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
                if tags { out += details(sentence, document) }
            }
        }
        return out
    }

    private static func details(_ sentence: Sentence, _ document: Document) -> String {
        var out = "      "
        out += sentence.tokens.map { "\(document.text(of: document.tokens[$0]))/\(document.tokens[$0].tag)" }.joined(separator: " ")
        out += "\n"
        for group in sentence.verbGroups {
            var features = [group.tense.rawValue]
            if group.isPassive { features.append("passive") }
            if group.isNegated { features.append("negated") }
            if let modal = group.modal { features.append("modal \(modal)") }
            if group.isInfinitive { features.append("infinitive") }
            out += "      verb: \(document.text(tokens: group.tokens)) (\(features.joined(separator: ", ")))\n"
        }
        for clause in sentence.clauses where sentence.clauses.count > 1 {
            out += "      clause \(clause.kind.rawValue): \(document.text(tokens: clause.tokens))\n"
        }
        return out
    }
}
