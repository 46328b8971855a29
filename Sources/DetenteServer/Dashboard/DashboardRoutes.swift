import DetenteCore
import DetenteStore
import Hummingbird

/// The dashboard: server-rendered pages, no script and no external resource.
struct DashboardRoutes: Sendable {
    let server: DetenteServer

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Response.html(try await home()) }
        router.get("/dyads/:a/:b") { request, context in
            let timeline = try await APIRoutes(server: server).dyad(request, context)
            let events = try await server.store.events(from: nil, to: nil)
            return Response.html(dyadPage(timeline, events))
        }
        router.get("/articles/:id") { _, context in
            guard let id = context.parameters.get("id").flatMap(Int64.init),
                  let record = try await server.store.article(id: id) else { throw Problem(.notFound, "No such article") }
            return Response.html(articlePage(record, APIRoutes(server: server).analyse(record)))
        }
        router.get("/new") { _, _ in Response.html(newPage(error: nil)) }
        router.post("/articles") { request, _ in
            let body = try await request.text(limit: server.bodyLimit)
            do {
                try server.writeAccess.check(request, formToken: ArticleSubmission.formField("token", in: body))
                let input = try ArticleSubmission.parse(body, contentType: request.headers[.contentType] ?? "application/x-www-form-urlencoded")
                let (_, id, _) = try await APIRoutes(server: server).storeSubmission(input)
                return Response(status: .seeOther, headers: [.location: "/articles/\(id)"])
            } catch let problem as Problem {
                return Response.html(newPage(error: problem.detail ?? problem.title), status: problem.status)
            }
        }
    }

    // MARK: - Pages

    func home() async throws -> String {
        let events = try await server.store.events(from: nil, to: nil)
        var pairs: [String: (a: String, b: String, reports: Int, events: Int, goldstein: Double, last: String)] = [:]
        for e in events {
            let s = DyadEvent.party(e.source), t = DyadEvent.party(e.target)
            guard s != t else { continue }
            let (a, b) = s < t ? (s, t) : (t, s)
            var entry = pairs["\(a)-\(b)"] ?? (a, b, 0, 0, 0, "")
            entry.reports += e.mentions.count
            entry.events += 1
            entry.goldstein += e.goldstein
            entry.last = max(entry.last, e.date ?? "")
            pairs["\(a)-\(b)"] = entry
        }
        let ranked = pairs.values.sorted { ($0.reports, $0.a) > ($1.reports, $1.a) }.prefix(60)
        var body = "<h1>Dyads by activity</h1>"
        if ranked.isEmpty { body += "<p class=\"muted\">The store is empty: <a href=\"/new\">analyse an article</a> or run <code>detente ingest</code>.</p>" }
        body += "<table><tr><th>Dyad</th><th class=num>Reports</th><th class=num>Mean Goldstein</th><th>Last event</th></tr>"
        for p in ranked {
            let mean = p.goldstein / Double(max(1, p.events))
            body += "<tr><td><a href=\"/dyads/\(HTML.component(p.a))/\(HTML.component(p.b))\">\(HTML.escape(p.a))–\(HTML.escape(p.b))</a></td><td class=num>\(p.reports)</td>"
            body += "<td class=\"num \(mean >= 0 ? "coop" : "conf")\">\(RegimeShift.signed(mean))</td><td>\(HTML.escape(p.last))</td></tr>"
        }
        body += "</table><h2>Recent articles</h2><ul>"
        for a in try await server.store.articles(limit: 20, offset: 0) {
            body += "<li><a href=\"/articles/\(a.id)\">\(HTML.escape(a.title ?? a.key))</a> <span class=muted>\(HTML.escape(a.published ?? "")) · \(a.events) events</span></li>"
        }
        return HTML.page(title: "Dyads", body: body + "</ul>")
    }

    func dyadPage(_ t: DyadTimeline, _ all: [StoredEvent]) -> String {
        let a = HTML.escape(t.a.uppercased()), b = HTML.escape(t.b.uppercased())
        var body = "<h1>\(a)–\(b)</h1><p class=muted>\(t.events.count) events by \(t.granularity.rawValue). "
        body += "Per period: cooperation (green) and conflict (red), each its share of the mean Goldstein score (the dot); dashed lines: turning points.</p>"
        body += TimelineChart.svg(t)
        for s in t.shifts { body += "<div class=shift>\(HTML.escape(s.description)) — \(s.eventsBefore) events before, \(s.eventsAfter) after</div>" }
        if t.shifts.isEmpty { body += "<p class=muted>No turning point: one regime.</p>" }
        let parties = Set([t.a.uppercased(), t.b.uppercased()])
        let events = all.filter { parties == Set([DyadEvent.party($0.source), DyadEvent.party($0.target)]) }
        body += "<h2>Events</h2><table id=\"events\"><tr><th>Date</th><th>Source → target</th><th>Code</th><th class=num>Goldstein</th><th>Evidence</th><th>Articles</th></tr>"
        for e in events {
            let cls = e.goldstein >= 0 ? "coop" : "conf"
            body += "<tr class=event><td>\(HTML.escape(e.date ?? ""))</td><td>\(HTML.escape(e.source)) → \(HTML.escape(e.target))</td>"
            body += "<td>\(HTML.escape(e.code)) <span class=muted>\(HTML.escape(e.plover ?? ""))</span></td><td class=\"num \(cls)\">\(RegimeShift.signed(e.goldstein))</td>"
            body += "<td>“\(HTML.escape(e.mentions.first?.evidence ?? ""))”</td><td>"
            var seen = Set<Int64>()
            for m in e.mentions where seen.insert(m.articleID).inserted {
                body += "<a href=\"/articles/\(m.articleID)\">\(HTML.escape(m.title ?? m.article))</a> <span class=muted>s.\(m.sentence + 1)</span><br>"
            }
            body += "</td></tr>"
        }
        return HTML.page(title: "\(t.a.uppercased())–\(t.b.uppercased())", body: body + "</table>")
    }

    func articlePage(_ record: ArticleRecord, _ document: Document) -> String {
        var body = "<h1>\(HTML.escape(record.title ?? record.key))</h1><p class=muted>"
        body += [record.source, record.published, record.url].compactMap { $0.map(HTML.escape) }.joined(separator: " · ") + "</p>"
        body += "<p class=legend><mark class=event>event</mark> <mark class=quote>quote</mark> <mark class=actor>actor</mark> <mark class=time>time</mark></p>"
        body += "<div class=text id=\"article-text\">\(ArticleText.html(document))</div>"
        body += "<h2>Events</h2><table id=\"events\"><tr><th>Date</th><th>Source → target</th><th>Code</th><th class=num>Goldstein</th><th>Evidence</th></tr>"
        for e in document.events {
            body += "<tr class=event><td>\(HTML.escape(e.date ?? ""))</td><td>\(HTML.escape(e.source)) → \(HTML.escape(e.target ?? "—"))</td>"
            body += "<td>\(HTML.escape(e.code)) <span class=muted>\(HTML.escape(e.plover ?? ""))</span></td><td class=num>\(RegimeShift.signed(e.goldstein))</td><td>“\(HTML.escape(e.evidence))”</td></tr>"
        }
        body += "</table><h2>Quotes</h2><table id=\"quotes\"><tr><th>Speaker</th><th>Quote</th></tr>"
        for q in document.quotes {
            body += "<tr class=quote><td>\(HTML.escape(q.speaker ?? "—"))\(q.speakerCode.map { " <span class=muted>\(HTML.escape($0))</span>" } ?? "")</td><td>“\(HTML.escape(document.text(q.bytes)))”</td></tr>"
        }
        body += "</table><h2>Actors</h2><p>"
        var seen = Set<String>()
        for a in document.actors where a.code != nil && seen.insert(a.code ?? "").inserted {
            body += "<span title=\"\(HTML.escape(a.name))\">\(HTML.escape(a.code ?? ""))</span> "
        }
        body += "</p><h2>Time expressions</h2><p>"
        for t in document.times { body += "\(HTML.escape(document.text(t.bytes))) <span class=muted>\(HTML.escape(t.value))</span> · " }
        return HTML.page(title: record.title ?? record.key, body: body + "</p>")
    }

    func newPage(error: String?) -> String {
        var body = "<h1>Analyse an article</h1>"
        if let error { body += "<p class=conf>\(HTML.escape(error))</p>" }
        body += """
        <form method="post" action="/articles">
        <p><label>Title<br><input type="text" name="title"></label></p>
        <p><label>Publication date<br><input type="date" name="date"></label></p>
        <p><label>Source<br><input type="text" name="source"></label></p>
        <p><label>Text<br><textarea name="text" required></textarea></label></p>
        \(server.writeToken == nil ? "" : "<p><label>API token<br><input type=\"password\" name=\"token\" required></label></p>")
        <p><button type="submit">Analyse and store</button></p>
        </form>
        """
        return HTML.page(title: "Analyse an article", body: body)
    }
}
