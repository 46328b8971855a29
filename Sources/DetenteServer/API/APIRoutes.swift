import DetenteCore
import DetenteIngest
import DetenteStore
import Foundation
import Hummingbird

/// The JSON API. Every route is listed once in `APIRoutes.table`, which also writes the OpenAPI
/// document, so the two cannot drift apart.
struct APIRoutes: Sendable {
    let server: DetenteServer

    struct Route: Sendable {
        var method: String
        var path: String
        var summary: String
        var parameters: [(name: String, location: String, description: String)]
        var requestBody: String? = nil
    }

    static let paging: [(name: String, location: String, description: String)] = [
        ("limit", "query", "How many (1…1000, default 100)"), ("offset", "query", "How many to skip (default 0)"),
    ]

    static let table: [Route] = [
        Route(method: "post", path: "/api/articles", summary: "Analyse and store an article; returns its events and quotes", parameters: [],
              requestBody: "JSON {\"text\": string (required), \"title\", \"date\" (YYYY-MM-DD), \"source\", \"url\"}"),
        Route(method: "get", path: "/api/articles", summary: "Stored articles, newest first", parameters: paging),
        Route(method: "get", path: "/api/articles/{id}", summary: "One stored article with its text, events and quotes",
              parameters: [("id", "path", "The article's number in the store")]),
        Route(method: "get", path: "/api/events", summary: "Deduplicated events with their mentions",
              parameters: [("source", "query", "Source party or actor code prefix (USA, USAGOV)"), ("target", "query", "Target party or code prefix"),
                           ("actor", "query", "Either side"), ("dyad", "query", "Two parties, either direction: USA-COL"),
                           ("root", "query", "CAMEO root (two digits)"), ("code", "query", "CAMEO code prefix"),
                           ("quad_class", "query", "1–4"), ("from", "query", "First date, YYYY-MM-DD"), ("to", "query", "Last date, YYYY-MM-DD")] + paging),
        Route(method: "get", path: "/api/dyads/{a}/{b}", summary: "A dyad's timeline per period and its turning points",
              parameters: [("a", "path", "One party (USA)"), ("b", "path", "The other party (COL)"), ("by", "query", "day, week or month (default month)"),
                           ("from", "query", "First date"), ("to", "query", "Last date")]),
        Route(method: "get", path: "/api/quotes", summary: "Stored quotations", parameters: [("speaker", "query", "Speaker name contains")] + paging),
        Route(method: "get", path: "/openapi.json", summary: "This API's OpenAPI 3.1 document", parameters: []),
    ]

    func register(on router: Router<BasicRequestContext>) {
        router.post("/api/articles") { request, _ in try await postArticle(request) }
        router.get("/api/articles") { request, _ in
            let (limit, offset) = try paging(request)
            let list = try await server.store.articles(limit: limit, offset: offset)
            var w = JSONWriter()
            w.beginObject()
            w.field("limit", limit)
            w.field("offset", offset)
            w.key("articles")
            w.beginArray()
            for a in list { Self.write(a, &w) }
            w.endArray()
            w.endObject()
            return Response.json(w.output)
        }
        router.get("/api/articles/:id") { _, context in
            guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw Problem(.badRequest, "Bad article id", detail: "the id is a number") }
            guard let record = try await server.store.article(id: id) else { throw Problem(.notFound, "No such article", detail: "no article \(id)") }
            let document = analyse(record)
            var w = JSONWriter()
            w.beginObject()
            Self.fields(record, &w)
            w.field("text", record.text)
            w.key("events")
            DocumentJSON.events(document, &w)
            w.key("quotes")
            DocumentJSON.quotes(document, &w)
            w.endObject()
            return Response.json(w.output)
        }
        router.get("/api/events") { request, _ in
            let query = try EventQuery { request.query($0) }
            let all = try await server.store.events(from: query.from, to: query.to).filter(query.accepts)
            var w = JSONWriter()
            w.beginObject()
            w.field("total", all.count)
            w.field("limit", query.limit)
            w.field("offset", query.offset)
            w.key("events")
            w.beginArray()
            for (i, e) in all.dropFirst(query.offset).prefix(query.limit).enumerated() {
                w.raw(EventExport.line(e, id: query.offset + i + 1, format: .jsonl))
            }
            w.endArray()
            w.endObject()
            return Response.json(w.output)
        }
        router.get("/api/dyads/:a/:b") { request, context in
            let timeline = try await dyad(request, context)
            return Response.json(TimelineJSON.write(timeline))
        }
        router.get("/api/quotes") { request, _ in
            let (limit, offset) = try paging(request)
            let quotes = try await server.store.quotes(speaker: request.query("speaker"), limit: limit, offset: offset)
            var w = JSONWriter()
            w.beginObject()
            w.field("limit", limit)
            w.field("offset", offset)
            w.key("quotes")
            w.beginArray()
            for q in quotes {
                w.beginObject()
                w.field("article", q.article)
                w.field("speaker", q.speaker)
                w.field("speaker_code", q.speakerCode)
                w.field("text", q.text)
                w.field("cue", q.cue)
                w.field("partial", q.partial)
                w.field("start", q.start)
                w.field("end", q.end)
                w.endObject()
            }
            w.endArray()
            w.endObject()
            return Response.json(w.output)
        }
        router.get("/openapi.json") { _, _ in Response.json(OpenAPIDocument.json(Self.table)) }
    }

    // MARK: - Handlers

    func paging(_ request: Request) throws -> (Int, Int) { try EventQuery.paging { request.query($0) } }

    func dyad(_ request: Request, _ context: BasicRequestContext) async throws -> DyadTimeline {
        guard let a = context.parameters.get("a"), let b = context.parameters.get("b") else { throw Problem(.badRequest, "Missing parties") }
        var by = Granularity.month
        if let g = request.query("by") {
            guard let parsed = Granularity(rawValue: g) else { throw Problem(.badRequest, "Bad query parameter", detail: "by must be day, week or month") }
            by = parsed
        }
        var bounds: [CalendarDate?] = []
        for name in ["from", "to"] {
            guard let v = request.query(name) else { bounds.append(nil); continue }
            guard let d = CalendarDate(iso: v) else { throw Problem(.badRequest, "Bad query parameter", detail: "\(name) must be YYYY-MM-DD") }
            bounds.append(d)
        }
        let events = try await server.store.events(from: nil, to: nil)
        return DyadTimeline(events: events.compactMap(\.dyadEvent), a: a.uppercased(), b: b.uppercased(), by: by, from: bounds[0], to: bounds[1])
    }

    /// The stored text analysed again (for offsets of actors, times, quotes and evidence).
    func analyse(_ record: ArticleRecord) -> Document {
        server.pipeline.analyze(ArticleInput(text: record.text ?? "", metadata: ArticleMetadata(
            id: record.key, title: record.title, source: record.source, url: record.url,
            publicationDate: record.published.flatMap { CalendarDate(iso: $0) })))
    }

    func postArticle(_ request: Request) async throws -> Response {
        try server.writeAccess.check(request)
        let body = try await request.text(limit: server.bodyLimit)
        let input = try ArticleSubmission.parse(body, contentType: request.headers[.contentType])
        let (document, id, duplicate) = try await storeSubmission(input)
        var w = JSONWriter()
        w.beginObject()
        w.field("id", Int(id))
        w.field("duplicate", duplicate)
        w.key("events")
        DocumentJSON.events(document, &w)
        w.key("quotes")
        DocumentJSON.quotes(document, &w)
        w.endObject()
        return Response.json(w.output, status: duplicate ? .ok : .created)
    }

    /// Analyses and stores a submitted article; returns the document, its id, and whether it was stored before.
    func storeSubmission(_ input: ArticleInput) async throws -> (Document, Int64, Bool) {
        let document = server.pipeline.analyze(input)
        let identity = IngestIdentity(origin: input.metadata.url ?? "api", record: input.metadata.id, text: input.text)
        let key = input.metadata.url ?? "api:" + String(identity.contentHash.prefix(16))
        let outcome = try await server.store.store(StoredArticle(document, key: key, contentHash: identity.contentHash))
        let storedKey: String
        switch outcome {
        case .added: storedKey = key
        case .duplicate(let existing): storedKey = existing
        }
        guard let id = try await server.store.articleID(key: storedKey) else { throw Problem(.internalServerError, "Stored article not found") }
        if case .duplicate = outcome { return (document, id, true) }
        return (document, id, false)
    }

    static func write(_ a: ArticleRecord, _ w: inout JSONWriter) {
        w.beginObject()
        fields(a, &w)
        w.field("events", a.events)
        w.endObject()
    }

    /// An article's metadata fields, shared by the list and the single-article reply.
    static func fields(_ a: ArticleRecord, _ w: inout JSONWriter) {
        w.field("id", Int(a.id))
        w.field("key", a.key)
        w.field("title", a.title)
        w.field("source", a.source)
        w.field("url", a.url)
        w.field("published", a.published)
    }
}
