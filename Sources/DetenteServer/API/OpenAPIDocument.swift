import Foundation
import DetenteCore

/// The OpenAPI 3.1 document of the API, written from the same route table the router uses.
enum OpenAPIDocument {
    static func json(_ routes: [APIRoutes.Route]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("openapi", "3.1.0")
        w.key("info")
        w.beginObject()
        w.field("title", "Détente API")
        w.field("version", "1")
        w.field("description", "Political event data from news: articles, CAMEO/PLOVER events, quotes, dyad timelines. Errors are RFC 9457 problem details.")
        w.endObject()
        w.key("paths")
        w.beginObject()
        var byPath: [(String, [APIRoutes.Route])] = []
        for r in routes {
            if let i = byPath.firstIndex(where: { $0.0 == r.path }) { byPath[i].1.append(r) } else { byPath.append((r.path, [r])) }
        }
        for (path, list) in byPath {
            w.key(path)
            w.beginObject()
            for r in list {
                w.key(r.method)
                w.beginObject()
                w.field("summary", r.summary)
                w.field("operationId", r.method + r.path.split(separator: "/").map { $0.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "").capitalized }.joined())
                w.key("parameters")
                w.beginArray()
                for p in r.parameters {
                    w.beginObject()
                    w.field("name", p.name)
                    w.field("in", p.location)
                    w.field("required", p.location == "path")
                    w.field("description", p.description)
                    w.key("schema"); w.beginObject(); w.field("type", p.name == "id" || p.name == "limit" || p.name == "offset" || p.name == "quad_class" ? "integer" : "string"); w.endObject()
                    w.endObject()
                }
                w.endArray()
                if let body = r.requestBody {
                    w.key("requestBody")
                    w.beginObject()
                    w.field("required", true)
                    w.field("description", body)
                    w.key("content")
                    w.beginObject()
                    for type in ["application/json", "application/x-www-form-urlencoded"] {
                        w.key(type)
                        w.beginObject()
                        w.key("schema")
                        w.beginObject()
                        w.field("type", "object")
                        w.key("required"); w.beginArray(); w.string("text"); w.endArray()
                        w.key("properties")
                        w.beginObject()
                        for name in ["text", "title", "date", "source", "url"] { w.key(name); w.beginObject(); w.field("type", "string"); w.endObject() }
                        w.endObject()
                        w.endObject()
                        w.endObject()
                    }
                    w.endObject()
                    w.endObject()
                }
                w.key("responses")
                w.beginObject()
                w.key(r.method == "post" ? "201" : "200")
                w.beginObject(); w.field("description", "OK"); w.key("content"); w.beginObject(); w.key("application/json"); w.beginObject(); w.endObject(); w.endObject(); w.endObject()
                w.key("default")
                w.beginObject(); w.field("description", "A problem (RFC 9457)"); w.key("content"); w.beginObject(); w.key("application/problem+json"); w.beginObject(); w.endObject(); w.endObject(); w.endObject()
                w.endObject()
                w.endObject()
            }
            w.endObject()
        }
        w.endObject()
        w.endObject()
        return w.output
    }
}
