import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import DetenteCore
import DetenteStore
@testable import DetenteServer

@Suite("HTTP API and dashboard")
struct APITests {
    static let pipeline: Pipeline? = try? Pipeline.builtIn()
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func app(token: String? = nil) throws -> some ApplicationProtocol {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("detente-api-\(UUID().uuidString)/s.sqlite").path
        let server = DetenteServer(store: try SQLiteStore(path: path), pipeline: try #require(Self.pipeline), bodyLimit: 200_000, writeToken: token)
        return Application(router: server.router())
    }

    func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    func text(_ buffer: ByteBuffer) -> String { String(decoding: buffer.readableBytesView, as: UTF8.self) }

    func post(_ client: some TestClientProtocol, _ object: [String: Any]) async throws -> [String: Any] {
        let body = try JSONSerialization.data(withJSONObject: object)
        return try await client.execute(uri: "/api/articles", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body)) { response in
            #expect(response.status == .created || response.status == .ok)
            return try json(response.body)
        }
    }

    @Test("POST an article, then read it back through every route")
    func roundTrip() async throws {
        let seed = try String(contentsOf: Self.repository.deletingLastPathComponent().appendingPathComponent("shared/seed/trump-petro-detente.txt"), encoding: .utf8)
        try await app().test(.router) { client in
            let created = try await post(client, ["text": seed, "title": "Trump and Petro", "date": "2026-02-04"])
            let id = try #require(created["id"] as? Int)
            #expect((created["events"] as? [Any])?.count ?? 0 >= 10)
            #expect((created["quotes"] as? [Any])?.count ?? 0 >= 7)
            let again = try await post(client, ["text": seed])
            #expect(again["duplicate"] as? Bool == true && again["id"] as? Int == id)

            try await client.execute(uri: "/api/articles", method: .get) { r in
                let list = try json(r.body)["articles"] as? [[String: Any]]
                #expect(list?.count == 1)
            }
            try await client.execute(uri: "/api/articles/\(id)", method: .get) { r in
                let a = try json(r.body)
                #expect(a["title"] as? String == "Trump and Petro" && (a["text"] as? String)?.contains("White House") == true)
            }
            try await client.execute(uri: "/api/events?dyad=USA-COL&root=13", method: .get) { r in
                let e = try json(r.body)
                let events = try #require(e["events"] as? [[String: Any]])
                #expect(!events.isEmpty && events.allSatisfy { $0["root"] as? String == "13" })
            }
            try await client.execute(uri: "/api/events?source=COL&limit=2&offset=1", method: .get) { r in
                let e = try json(r.body)
                #expect((e["events"] as? [Any])?.count == 2 && e["offset"] as? Int == 1)
            }
            try await client.execute(uri: "/api/dyads/USA/COL", method: .get) { r in
                let shifts = try #require(try json(r.body)["shifts"] as? [[String: Any]])
                #expect(shifts.contains { $0["kind"] as? String == "détente" && $0["start"] as? String == "2026-01-07" })
            }
            try await client.execute(uri: "/api/quotes?speaker=petro", method: .get) { r in
                let quotes = try #require(try json(r.body)["quotes"] as? [[String: Any]])
                #expect(quotes.contains { ($0["text"] as? String)?.hasPrefix("It’s a meeting between two equals") == true })
            }
            // The dashboard: the dyad page's chart and change point, the article page's highlights.
            try await client.execute(uri: "/dyads/USA/COL", method: .get) { r in
                let html = text(r.body)
                #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(html.contains("<svg id=\"timeline\"") && html.contains("class=\"changepoint\"") && html.contains("détente from 2026-01-07"))
                #expect(html.contains("<table id=\"events\">") && !html.contains("<script"))
            }
            try await client.execute(uri: "/articles/\(id)", method: .get) { r in
                let html = text(r.body)
                #expect(html.contains("<mark class=\"event\"") && html.contains("<mark class=\"quote\""))
            }
            try await client.execute(uri: "/", method: .get) { r in #expect(text(r.body).contains("/dyads/COL/USA")) }
        }
    }

    @Test("Errors are problem details with the right status")
    func problems() async throws {
        try await app().test(.router) { client in
            for (uri, method, body, status) in [("/api/articles", HTTPRequest.Method.post, "not json", HTTPResponse.Status.badRequest),
                                                ("/api/articles", .post, "{\"text\": 5}", .unprocessableContent),
                                                ("/api/articles", .post, "{\"text\": \"Hi.\", \"date\": \"2025-02-30\"}", .unprocessableContent),
                                                ("/api/articles/999", .get, "", .notFound),
                                                ("/api/articles/abc", .get, "", .badRequest),
                                                ("/api/events?quad_class=9", .get, "", .badRequest),
                                                ("/api/nothing-here", .get, "", .notFound),
                                                ("/api/articles", .post, "{\"text\": \"" + String(repeating: "a", count: 300_000) + "\"}", .contentTooLarge)] {
                try await client.execute(uri: uri, method: method, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) { r in
                    #expect(r.status == status, "\(uri)")
                    #expect(r.headers[.contentType] == "application/problem+json", "\(uri)")
                    let problem = try json(r.body)
                    #expect(problem["status"] as? Int == Int(status.code))
                }
            }
        }
    }

    @Test("The OpenAPI document lists exactly the API's routes, and each answers")
    func openAPI() async throws {
        try await app().test(.router) { client in
            let doc = try await client.execute(uri: "/openapi.json", method: .get) { try json($0.body) }
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            #expect(Set(paths.keys) == Set(APIRoutes.table.map(\.path)))
            #expect(doc["openapi"] as? String == "3.1.0")
            for (path, operations) in paths {
                for method in operations.keys where method == "get" {
                    let uri = path.replacingOccurrences(of: "{id}", with: "1").replacingOccurrences(of: "{a}", with: "USA").replacingOccurrences(of: "{b}", with: "COL")
                    try await client.execute(uri: uri, method: .get) { r in
                        // A route that exists answers 200, or 404 as a problem for a missing record, never the router's bare 404.
                        #expect(r.status == .ok || (path.contains("{id}") && r.status == .notFound), "\(uri)")
                    }
                }
            }
        }
    }

    @Test("Article text is escaped in HTML")
    func escaping() async throws {
        try await app().test(.router) { client in
            let created = try await post(client, ["text": "<script>alert(1)</script> Russia attacked Ukraine on Monday & more.", "date": "2025-03-04"])
            let id = try #require(created["id"] as? Int)
            try await client.execute(uri: "/articles/\(id)", method: .get) { r in
                let html = text(r.body)
                #expect(!html.contains("<script>") && html.contains("&lt;script&gt;") && html.contains("&amp; more"))
            }
        }
    }

    @Test("With a token, writes need it (header or form field) and reads stay open")
    func writeToken() async throws {
        let token = "s3cret-token-0123456789"
        try await app(token: token).test(.router) { client in
            let body = ByteBuffer(string: #"{"text": "Chile recalled its ambassador to Peru on Monday.", "date": "2025-03-04"}"#)
            for header in [nil, "Bearer wrong-token-0123456789", "Basic \(token)"] {
                var headers: HTTPFields = [.contentType: "application/json"]
                if let header { headers[.authorization] = header }
                try await client.execute(uri: "/api/articles", method: .post, headers: headers, body: body) { r in
                    #expect(r.status == .unauthorized, "\(header ?? "no header")")
                    #expect(r.headers[.contentType] == "application/problem+json")
                }
            }
            try await client.execute(uri: "/api/articles", method: .post, headers: [.contentType: "application/json", .authorization: "Bearer \(token)"],
                                     body: body) { #expect($0.status == .created) }
            let form = "text=Chile+recalled+its+ambassador+to+Bolivia.&date=2025-03-05"
            try await client.execute(uri: "/articles", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/articles", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form + "&token=\(token)")) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/new", method: .get) { #expect(text($0.body).contains("name=\"token\"")) }
            try await client.execute(uri: "/api/articles", method: .get) { #expect($0.status == .ok) }
        }
        #expect(WriteAccess.isLoopback("127.0.0.1") && WriteAccess.isLoopback("::1") && !WriteAccess.isLoopback("0.0.0.0"))
    }

    @Test("Hostile bodies: deep JSON nesting, invalid UTF-8 and NUL bytes give problems, not crashes")
    func hostileBodies() async throws {
        try await app().test(.router) { client in
            let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            for body in [ByteBuffer(string: deep), ByteBuffer(bytes: [0x7B, 0x22, 0x74, 0xFF, 0xFE, 0x00, 0x7D]), ByteBuffer(string: #"{"text": ["a"]}"#)] {
                try await client.execute(uri: "/api/articles", method: .post, headers: [.contentType: "application/json"], body: body) { r in
                    #expect(r.status == .badRequest || r.status == .unprocessableContent)
                    #expect(r.headers[.contentType] == "application/problem+json")
                }
            }
            try await client.execute(uri: "/api/articles", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"text": "nul \u0000 and RTL \u202e إيران. Iran threatened Israel."}"#)) { r in
                #expect(r.status == .created)
            }
        }
    }
}
