/// The quotes stage: finds quoted spans (`QuoteFinder`) and who said them. A span's own sentence
/// is read first: an attribution after it (“…,” Petro said / “…,” said Caddell / “…” ― Jane Doe),
/// else the cue nearest before it (Trump said, “…” / according to X / calling him a “…”).
/// Spans of one quotation (split by their attribution, continued over paragraphs) share the
/// speaker found for any of them; a quotation with no cue of its own takes the speaker of the
/// sentence before (“…” after "Caddell continued:", or after a quote of the same speaker).
/// Pronouns and descriptions are resolved through the actors stage's coreference.
public struct QuoteAttributor: Sendable {
    let speechVerbs: SpeechVerbs
    private let finder = QuoteFinder()
    private let personPronouns: Set<String> = ["he", "she", "him", "her"]

    public init(speechVerbs: SpeechVerbs) {
        self.speechVerbs = speechVerbs
    }

    public func attribute(_ document: Document) -> Document {
        var document = document
        let spans = finder.spans(in: document)
        guard !spans.isEmpty else { document.quotes = []; return document }
        var cues = QuoteCues(document: document, speechVerbs: speechVerbs)
        for span in spans {
            for t in span.open..<(span.close.map { $0 + 1 } ?? span.content.upperBound) where t < cues.quoted.count { cues.quoted[t] = true }
        }
        var parts: [Part] = spans.indices.map { part($0, spans, cues) }
        group(&parts, spans, cues)

        var groups: [Int: [Int]] = [:]
        for (i, p) in parts.enumerated() { groups[p.group, default: []].append(i) }
        var quotes: [Quote] = []
        for (i, span) in spans.enumerated() {
            let first = document.tokens[span.content.lowerBound], last = document.tokens[span.content.upperBound - 1]
            var quote = Quote(span: TextSpan(start: first.span.start, end: last.span.end),
                              bytes: ByteRange(start: first.bytes.start, end: last.bytes.end), tokens: span.content,
                              sentence: max(0, parts[i].sentence), isPartial: parts[i].partial, group: parts[i].group)
            // Its own attribution, else one of its group, else the sentence before's speaker.
            let members = groups[parts[i].group] ?? [i]
            let found = parts[i].attribution.map { ($0, parts[i].sentence) }
                ?? members.lazy.compactMap { m in parts[m].attribution.map { ($0, parts[m].sentence) } }.first
            if let (attribution, sentence) = found {
                quote.cue = attribution.cue
                let phrase = attribution.phrase ?? cues.sentenceSubject(sentence)
                if let phrase { name(&quote, phrase, quotes, cues) }
            } else if let j = members.first, let source = context(before: j, parts, spans, quotes, cues) {
                switch source {
                case .phrase(let phrase): name(&quote, phrase, quotes, cues)
                case .quote(let q):
                    quote.speaker = q.speaker
                    quote.speakerCode = q.speakerCode
                    quote.speakerMention = q.speakerMention
                }
            }
            quotes.append(quote)
        }
        document.quotes = quotes
        return document
    }

    // MARK: - Spans and their own attribution

    /// What one span's own sentence says about it.
    private struct Part {
        var sentence: Int
        var partial: Bool
        var attribution: QuoteCues.Attribution?
        /// The attribution came after the span (the tokens up to the next span or the sentence's end).
        var attributedAfter: Bool
        var group: Int
    }

    private func part(_ i: Int, _ spans: [QuoteFinder.Span], _ cues: QuoteCues) -> Part {
        let document = cues.document
        let span = spans[i]
        let s = cues.sentenceOf[span.open] >= 0 ? cues.sentenceOf[span.open] : cues.sentenceOf[span.content.lowerBound]
        guard s >= 0 else { return Part(sentence: -1, partial: false, attribution: nil, attributedAfter: false, group: i) }
        let sentence = document.sentences[s].tokens
        let next = i + 1 < spans.count ? spans[i + 1].open : Int.max
        var attribution: QuoteCues.Attribution?
        var after = false
        // A transcript line: "WALLACE: But, Governor Pence, …".
        if span.content.count > 2, isLabel(span.content.lowerBound, cues), cues.isColon(span.content.lowerBound + 1) {
            attribution = QuoteCues.Attribution(phrase: span.content.lowerBound..<(span.content.lowerBound + 1), cue: nil, cueToken: nil)
        }
        if attribution == nil, let close = span.close, cues.sentenceOf[close] >= 0 {
            var end = min(document.sentences[cues.sentenceOf[close]].tokens.upperBound, next)
            // “…” ― Jane Doe: a dash and a name after the quote, past the sentence's end.
            if close + 2 < cues.document.tokens.count, cues.isDash(close + 1), cues.sentenceOf[close + 2] >= 0,
               document.sentences[cues.sentenceOf[close + 2]].paragraph == span.paragraph {
                end = min(next, document.sentences[cues.sentenceOf[close + 2]].tokens.upperBound)
            }
            if close + 1 < end, let found = cues.after(close + 1..<end) { attribution = found; after = true }
        }
        // A cashier who “steals …” is held accountable, Warren said.
        if attribution == nil, let close = span.close, cues.sentenceOf[close] == s, next > sentence.upperBound {
            for k in stride(from: sentence.upperBound - 1, to: close, by: -1) where cues.isComma(k) {
                if let found = cues.after(k..<sentence.upperBound), cues.endsSentence(found, sentence) { attribution = found; break }
            }
        }
        if attribution == nil {
            var lower = sentence.lowerBound
            if i > 0, let previous = spans[i - 1].close, previous >= lower, previous < span.open { lower = previous + 1 }
            attribution = cues.before(lower..<span.open)
        }
        return Part(sentence: s, partial: isPartial(span, sentence, cues), attribution: attribution, attributedAfter: after, group: i)
    }

    /// An all-capitals speaker label ("WALLACE").
    private func isLabel(_ t: Int, _ cues: QuoteCues) -> Bool {
        let word = cues.document.text(of: cues.document.tokens[t])
        return word.count >= 2 && word.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "." }
    }

    /// A partial quote is embedded in its sentence's syntax: it does not open the sentence, follow a
    /// comma, colon or dash, or a speech verb with a capitalised first word, run on over paragraphs
    /// or hold sentences of its own.
    private func isPartial(_ span: QuoteFinder.Span, _ sentence: Range<Int>, _ cues: QuoteCues) -> Bool {
        let document = cues.document
        if span.close == nil || span.continuesPrevious { return false }
        var p = span.open - 1
        while p >= sentence.lowerBound, document.tokens[p].kind == .quote || document.tokens[p].tag == .openBracket { p -= 1 }
        if p < sentence.lowerBound { return false }
        if cues.isComma(p) || cues.isColon(p) || cues.isDash(p) { return false }
        if cues.isCue(p), document.tokens[span.content.lowerBound].isCapitalized { return false }
        let first = cues.sentenceOf[span.content.lowerBound], last = cues.sentenceOf[span.content.upperBound - 1]
        return first == last
    }

    /// Joins spans of one quotation: a span and the next one of its paragraph when only its own
    /// attribution stands between them (“…,” he said. “…”), or nothing does (“….” “…”); a span
    /// that continues the paragraph before.
    private func group(_ parts: inout [Part], _ spans: [QuoteFinder.Span], _ cues: QuoteCues) {
        guard spans.count > 1 else { return }
        for i in 1..<spans.count {
            let a = spans[i - 1], b = spans[i]
            var joined = false
            if b.continuesPrevious, a.close == nil {
                joined = true
            } else if let close = a.close, parts[i].partial, parts[i].attribution == nil, cues.sentenceOf[close] == parts[i].sentence,
                      b.open - close <= 4, (close + 1..<b.open).allSatisfy({ !cues.isCue($0) }) {
                // a “sick man” and an “illegal drug leader”
                joined = true
            } else if let close = a.close, a.paragraph == b.paragraph, !parts[i - 1].partial, !parts[i].partial {
                let sa = cues.sentenceOf[close], sb = cues.sentenceOf[b.open]
                let startsSentence = sb >= 0 && cues.document.sentences[sb].tokens.lowerBound == b.open
                if close + 1 == b.open {
                    joined = true
                } else if parts[i - 1].attributedAfter, sa >= 0, sa == sb || startsSentence && sb == sa + 1 {
                    joined = true
                }
            }
            if joined { parts[i].group = parts[i - 1].group }
        }
    }

    // MARK: - Speakers

    /// Where the speaker of a quotation without a cue comes from.
    private enum Source {
        case phrase(Range<Int>)
        case quote(Quote)
    }

    /// The speaker of a quotation without a cue: the sentence before it, when that sentence
    /// introduces it ("Caddell continued:") or holds a quote or a speech verb of its own.
    private func context(before i: Int, _ parts: [Part], _ spans: [QuoteFinder.Span], _ quotes: [Quote],
                         _ cues: QuoteCues) -> Source? {
        let s = parts[i].sentence
        guard s >= 0 else { return nil }
        let document = cues.document
        if parts[i].partial {
            // A few quoted words without a cue: the sentence's subject, when it names someone.
            guard let phrase = cues.governingSubject(before: spans[i].open, sentence: s), document.tokens[phrase.upperBound - 1].isCapitalized
                    || document.tokens[phrase.upperBound - 1].tag == .personalPronoun else { return nil }
            return .phrase(phrase)
        }
        // Only a quotation that opens its sentence continues what the sentence before says.
        guard document.sentences[s].tokens.lowerBound == spans[i].open || spans[i].continuesPrevious, s > 0 else { return nil }
        let previous = s - 1
        let sameParagraph = document.sentences[previous].paragraph == document.sentences[s].paragraph
        // A quote of the sentence before, with its speaker.
        if let q = quotes.reversed().prefix(while: { $0.sentence >= previous }).first(where: { $0.sentence == previous && $0.speaker != nil }),
           sameParagraph || !q.isPartial {
            return .quote(q)
        }
        // "Caddell continued:", a speech verb ("Trump … said he felt positive."), else the person the
        // sentence is about ("Sen. Bernie Sanders … identified young voters' exhaustion …").
        if let attribution = cues.before(document.sentences[previous].tokens),
           let phrase = attribution.phrase ?? cues.sentenceSubject(previous) {
            return .phrase(phrase)
        }
        if let phrase = cues.sentenceSubject(previous), names(phrase, cues) { return .phrase(phrase) }
        return nil
    }

    /// Whether a phrase names a person: a name (known or not) or a pronoun.
    private func names(_ phrase: Range<Int>, _ cues: QuoteCues) -> Bool {
        let head = phrase.upperBound - 1
        if cues.document.tokens[head].tag == .personalPronoun { return personPronouns.contains(cues.lower(head)) }
        return cues.mentionAt[head] >= 0 && cues.document.actors[cues.mentionAt[head]].kind == .person
    }

    /// Names the speaker of `quote` from a phrase: a pronoun through coreference (or the nearest
    /// person before it), a known actor by its display name when the phrase is just the name,
    /// anything else as written.
    private func name(_ quote: inout Quote, _ phrase: Range<Int>, _ quotes: [Quote], _ cues: QuoteCues) {
        let document = cues.document
        if phrase.count == 1, document.tokens[phrase.lowerBound].tag == .personalPronoun {
            let t = phrase.lowerBound
            guard personPronouns.contains(cues.lower(t)) || ["it", "they"].contains(cues.lower(t)) else { return }
            if let m = antecedent(of: t, cues) {
                let mention = document.actors[m]
                quote.speaker = mention.person != nil || mention.code != nil ? mention.name : spoken(mention.tokens, cues)
                quote.speakerCode = mention.code
                quote.speakerMention = m
            }
            return
        }
        // The name part of the phrase: up to an "of"-complement.
        var head = phrase.upperBound - 1
        if let of = phrase.first(where: { cues.lower($0) == "of" }), of > phrase.lowerBound { head = of - 1 }
        let m = cues.mentionAt[head] >= 0 ? cues.mentionAt[head]
            : phrase.reversed().first { cues.mentionAt[$0] >= 0 && document.actors[cues.mentionAt[$0]].kind == .person }.map { cues.mentionAt[$0] }
        quote.speaker = spoken(phrase, cues)
        guard let m else { return }
        let mention = document.actors[m]
        quote.speakerCode = mention.code
        quote.speakerMention = m
        let isDescription = !document.tokens[mention.tokens.lowerBound].isCapitalized || !mention.refersTo.isEmpty
        if mention.person != nil, mention.tokens == phrase || isDescription && mention.refersTo.count <= 1 {
            quote.speaker = mention.name
        }
    }

    /// The person a pronoun stands for: the first person named before it in its sentence, else
    /// the first person of the nearest earlier sentence (three at most), unknown names included;
    /// a pronoun found there stands for what the actors stage resolved it to.
    private func antecedent(of t: Int, _ cues: QuoteCues) -> Int? {
        let document = cues.document
        let s = cues.sentenceOf[t]
        guard s >= 0 else { return nil }
        let own = cues.mentionAt[t] >= 0 ? cues.mentionAt[t] : nil
        func isPerson(_ m: Int) -> Bool {
            let mention = document.actors[m]
            if mention.tokens.count == 1, document.tokens[mention.head].tag == .personalPronoun || document.tokens[mention.head].tag == .possessivePronoun {
                return mention.refersTo.count == 1 && (mention.person != nil || mention.code != nil) && mention.kind == .person
            }
            return mention.kind == .person && mention.refersTo.count <= 1 && !cues.quoted[mention.head]
        }
        func resolved(_ m: Int) -> Int { document.actors[m].refersTo.count == 1 ? document.actors[m].refersTo[0] : m }
        var candidate: Int?
        if let first = cues.mentionsIn[s].first(where: { document.actors[$0].head < t && isPerson($0) }) {
            candidate = first
        } else {
            var earlier = s - 1
            while candidate == nil, earlier >= 0, earlier >= s - 3 {
                candidate = cues.mentionsIn[earlier].first { isPerson($0) }
                earlier -= 1
            }
        }
        // The actors stage's resolution, unless a name it does not know stands nearer.
        if let own, document.actors[own].refersTo.count == 1 {
            let coreferent = document.actors[own].refersTo[0]
            guard let candidate, document.actors[candidate].sentence > document.actors[coreferent].sentence else { return coreferent }
        }
        return candidate.map(resolved)
    }

    /// A phrase's text on one line.
    private func spoken(_ phrase: Range<Int>, _ cues: QuoteCues) -> String {
        cues.document.text(tokens: phrase).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
