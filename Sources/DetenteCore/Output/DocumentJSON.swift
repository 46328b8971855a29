/// The `detente code` record for one analysed document:
/// `{"id", "date", "events", "quotes", "errors"}`, plus `"sentences"`, `"actors"` and `"times"` with
/// annotations. Offsets are code points into the input text.
public enum DocumentJSON {
    public static func record(_ document: Document, annotations: Bool, errors: [String] = []) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", document.metadata.id)
        json.key("date")
        if let date = document.metadata.publicationDate { json.string(date) } else { json.null() }
        json.key("events")
        events(document, &json)
        json.key("quotes")
        quotes(document, &json)
        json.key("errors"); json.beginArray(); errors.forEach { json.string($0) }; json.endArray()
        if annotations {
            json.key("sentences")
            json.beginArray()
            for sentence in document.sentences {
                json.beginObject()
                json.field("start", sentence.span.start)
                json.field("end", sentence.span.end)
                json.field("text", document.text(of: sentence))
                json.field("paragraph", sentence.paragraph)
                json.endObject()
            }
            json.endArray()
            json.key("actors")
            actors(document, &json)
            json.key("times")
            times(document, &json)
        }
        json.endObject()
        return json.output
    }

    /// The event objects: source, target, texts, CAMEO code and root, quad class, Goldstein,
    /// PLOVER type and mode, date and its source, sentence, evidence and its offsets.
    public static func events(_ document: Document, _ json: inout JSONWriter) {
        json.beginArray()
        for e in document.events {
            json.beginObject()
            json.field("source", e.source)
            json.field("target", e.target)
            json.field("source_text", e.sourceText)
            json.field("target_text", e.targetText)
            json.field("code", e.code)
            json.field("root", e.root)
            json.field("quad_class", e.quadClass)
            json.key("goldstein"); json.number(e.goldstein)
            json.field("plover", e.plover)
            json.field("plover_mode", e.ploverMode)
            json.field("date", e.date)
            json.field("date_source", e.dateSource?.rawValue)
            json.field("sentence", e.sentence)
            json.field("evidence", e.evidence)
            json.field("start", e.span.start)
            json.field("end", e.span.end)
            json.endObject()
        }
        json.endArray()
    }

    /// The quote objects: speaker and its actor code, the quoted text (without its marks) and its
    /// offsets, the attribution cue, whether it is a partial quote, and its sentence.
    public static func quotes(_ document: Document, _ json: inout JSONWriter) {
        json.beginArray()
        for q in document.quotes {
            json.beginObject()
            json.field("speaker", q.speaker)
            json.field("speaker_code", q.speakerCode)
            json.field("text", document.text(q.bytes))
            json.field("start", q.span.start)
            json.field("end", q.span.end)
            json.field("cue", q.cue)
            json.field("partial", q.isPartial)
            json.field("sentence", q.sentence)
            json.endObject()
        }
        json.endArray()
    }

    private static func actors(_ document: Document, _ json: inout JSONWriter) {
        json.beginArray()
        for actor in document.actors {
            json.beginObject()
            json.field("start", actor.span.start)
            json.field("end", actor.span.end)
            json.field("text", document.text(actor.bytes))
            json.field("code", actor.code)
            json.field("name", actor.name)
            json.field("kind", actor.kind.rawValue)
            if !actor.refersTo.isEmpty {
                json.key("refers_to")
                json.beginArray()
                actor.refersTo.forEach { json.number($0) }
                json.endArray()
            }
            json.endObject()
        }
        json.endArray()
    }

    private static func times(_ document: Document, _ json: inout JSONWriter) {
        json.beginArray()
        for time in document.times {
            json.beginObject()
            json.field("start", time.span.start)
            json.field("end", time.span.end)
            json.field("text", document.text(time.bytes))
            json.field("type", time.kind.rawValue)
            json.field("value", time.value)
            json.field("sentence", time.sentence)
            json.endObject()
        }
        json.endArray()
    }

    /// The `{"line": N, "error": "…"}` record for an input line that could not be read.
    public static func lineError(line: Int, id: String?, message: String) -> String {
        var json = JSONWriter()
        json.beginObject()
        if let id { json.field("id", id) }
        json.field("line", line)
        json.field("error", message)
        json.endObject()
        return json.output
    }

    /// The whole analysis (metadata, layout, paragraphs, sentences with tokens, tags and chunks), for `analyze --format json`.
    public static func analysis(_ document: Document, lexicon: Lexicon) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", document.metadata.id)
        json.key("metadata")
        json.beginObject()
        json.field("title", document.metadata.title)
        json.field("sections", document.metadata.sections)
        json.field("source", document.metadata.source)
        json.field("byline", document.metadata.byline)
        json.field("url", document.metadata.url)
        json.field("date", document.metadata.publicationDate?.description)
        json.endObject()
        json.key("layout")
        json.beginArray()
        for line in document.layoutLines {
            json.beginObject()
            json.field("role", line.role.rawValue)
            json.field("start", line.span.start)
            json.field("end", line.span.end)
            json.field("text", document.text(line.bytes))
            json.endObject()
        }
        json.endArray()
        json.key("paragraphs")
        json.beginArray()
        for paragraph in document.paragraphs {
            json.beginObject()
            json.field("start", paragraph.span.start)
            json.field("end", paragraph.span.end)
            json.key("sentences")
            json.beginArray()
            for s in paragraph.sentences { sentence(document.sentences[s], document, lexicon, &json) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("times")
        times(document, &json)
        json.key("actors")
        actors(document, &json)
        json.key("events")
        events(document, &json)
        json.key("quotes")
        quotes(document, &json)
        json.endObject()
        return json.output
    }

    private static func sentence(_ sentence: Sentence, _ document: Document, _ lexicon: Lexicon, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("start", sentence.span.start)
        json.field("end", sentence.span.end)
        json.field("text", document.text(of: sentence))
        json.key("tokens")
        json.beginArray()
        for index in sentence.tokens {
            let token = document.tokens[index]
            json.beginObject()
            json.field("text", document.text(of: token))
            json.field("start", token.span.start)
            json.field("end", token.span.end)
            json.field("tag", token.tag.description)
            if let lemma = lexicon.word(token.lemma) { json.field("lemma", lemma) }
            json.endObject()
        }
        json.endArray()
        json.key("verb_groups")
        json.beginArray()
        for group in sentence.verbGroups {
            json.beginObject()
            json.field("text", document.text(tokens: group.tokens))
            json.field("head", document.text(of: document.tokens[group.head]))
            json.field("tense", group.tense.rawValue)
            json.field("passive", group.isPassive)
            json.field("negated", group.isNegated)
            json.field("modal", group.modal)
            json.field("infinitive", group.isInfinitive)
            json.endObject()
        }
        json.endArray()
        json.key("noun_phrases")
        json.beginArray()
        for phrase in sentence.nounPhrases { json.string(document.text(tokens: phrase.tokens)) }
        json.endArray()
        json.key("clauses")
        json.beginArray()
        for clause in sentence.clauses {
            json.beginObject()
            json.field("kind", clause.kind.rawValue)
            json.field("text", document.text(tokens: clause.tokens))
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
