import DetenteCore
import Foundation

/// The human-readable `analyze` report: metadata, events and dyads, quotes, then the body's
/// paragraphs and sentences.
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
        out += events(document)
        out += quotes(document)
        var number = 0
        out += "Text\n----\n"
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

    /// The events as a dated table, then one line per dyad.
    static func events(_ document: Document) -> String {
        guard !document.events.isEmpty else { return "Events\n------\n  (none coded)\n\n" }
        var out = "Events\n------\n"
        let sorted = document.events.sorted { ($0.date ?? "", $0.sentence) < ($1.date ?? "", $1.sentence) }
        for e in sorted {
            let date = (e.date ?? "?").padding(toLength: 10, withPad: " ", startingAt: 0)
            let marker = e.dateSource == .expression ? " " : (e.dateSource == .context ? "~" : "*")
            let dyad = "\(e.source) → \(e.target ?? "—")".padding(toLength: 20, withPad: " ", startingAt: 0)
            let goldstein = String(format: "%+5.1f", e.goldstein)
            let name = e.plover.map { "\($0.lowercased())" } ?? ""
            out += "  \(date)\(marker) \(dyad) \(e.code.padding(toLength: 5, withPad: " ", startingAt: 0)) \(goldstein)  \(name.padding(toLength: 11, withPad: " ", startingAt: 0)) “\(e.evidence)” [\(e.sentence + 1)]\n"
        }
        out += "  (date: ~ from the article's narrative, * the publication date)\n\nDyads\n-----\n"
        var dyads: [String: [Event]] = [:]
        for e in document.events where e.target != nil {
            let pair = [String(e.source.prefix(3)), String((e.target ?? "").prefix(3))].sorted().joined(separator: "–")
            dyads[pair, default: []].append(e)
        }
        for (pair, events) in dyads.sorted(by: { $0.value.count > $1.value.count }) {
            let mean = events.map(\.goldstein).reduce(0, +) / Double(events.count)
            let dates = events.compactMap(\.date).sorted()
            out += "  \(pair.padding(toLength: 9, withPad: " ", startingAt: 0)) \(events.count) events, mean Goldstein \(String(format: "%+.1f", mean)), \(dates.first ?? "?") … \(dates.last ?? "?")\n"
        }
        return out + "\n"
    }

    /// The quotes: speaker (and actor code), cue, sentence number, then the quoted text; a
    /// partial quote is marked as such.
    static func quotes(_ document: Document) -> String {
        guard !document.quotes.isEmpty else { return "Quotes\n------\n  (none found)\n\n" }
        var out = "Quotes\n------\n"
        for q in document.quotes {
            let speaker = (q.speaker ?? "(unattributed)") + (q.speakerCode.map { " (\($0))" } ?? "")
            let cue = q.cue.map { " \($0)" } ?? ""
            let partial = q.isPartial ? " [partial]" : ""
            let text = document.text(q.bytes).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            out += "  [\(q.sentence + 1)] \(speaker)\(cue)\(partial): “\(text)”\n"
        }
        return out + "\n"
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
