import DetenteCore
import DetenteStore

/// The filters of `GET /api/events`: parties or actor codes, dyad, root or code, quad class,
/// dates, paging.
struct EventQuery: Sendable {
    var source: String?
    var target: String?
    var actor: String?
    var dyad: (String, String)?
    var root: String?
    var code: String?
    var quadClass: Int?
    var from: String?
    var to: String?
    var limit = 100
    var offset = 0

    /// Reads the query string; a malformed value is a 400 problem naming the parameter.
    init(_ value: (String) -> String?) throws {
        source = value("source")?.uppercased()
        target = value("target")?.uppercased()
        actor = value("actor")?.uppercased()
        if let d = value("dyad") {
            let parts = d.uppercased().split(whereSeparator: { $0 == "-" || $0 == "," || $0 == "_" }).map(String.init)
            guard parts.count == 2 else { throw Problem(.badRequest, "Bad query parameter", detail: "dyad must be two codes, e.g. USA-COL") }
            dyad = (parts[0], parts[1])
        }
        root = value("root")
        code = value("code")
        if let r = root, !(r.count == 2 && r.allSatisfy(\.isNumber)) { throw Problem(.badRequest, "Bad query parameter", detail: "root must be two digits, e.g. 13") }
        if let q = value("quad_class") {
            guard let n = Int(q), (1...4).contains(n) else { throw Problem(.badRequest, "Bad query parameter", detail: "quad_class must be 1, 2, 3 or 4") }
            quadClass = n
        }
        for (name, v) in [("from", value("from")), ("to", value("to"))] {
            guard let v else { continue }
            guard DyadEvent.timelineDate(v) != nil else {
                throw Problem(.badRequest, "Bad query parameter", detail: "\(name) must be a date, YYYY-MM-DD or YYYY-MM")
            }
            if name == "from" { from = v } else { to = v }
        }
        (limit, offset) = try Self.paging(value)
    }

    /// `limit` (1…1000, default 100) and `offset` (default 0), for every listing route.
    static func paging(_ value: (String) -> String?) throws -> (limit: Int, offset: Int) {
        var limit = 100, offset = 0
        if let l = value("limit") {
            guard let n = Int(l), (1...1000).contains(n) else { throw Problem(.badRequest, "Bad query parameter", detail: "limit must be 1…1000") }
            limit = n
        }
        if let o = value("offset") {
            guard let n = Int(o), n >= 0 else { throw Problem(.badRequest, "Bad query parameter", detail: "offset must be 0 or more") }
            offset = n
        }
        return (limit, offset)
    }

    /// Whether an actor code matches a filter: a party ("USA", "IGOUNO") or a code prefix ("USAGOV").
    private func matches(_ code: String, _ filter: String) -> Bool {
        DyadEvent.party(code) == filter || code.hasPrefix(filter)
    }

    func accepts(_ e: StoredEvent) -> Bool {
        if let s = source, !matches(e.source, s) { return false }
        if let t = target, !matches(e.target, t) { return false }
        if let a = actor, !(matches(e.source, a) || matches(e.target, a)) { return false }
        if let (a, b) = dyad, !(matches(e.source, a) && matches(e.target, b) || matches(e.source, b) && matches(e.target, a)) { return false }
        if let r = root, e.root != r { return false }
        if let c = code, !e.code.hasPrefix(c) { return false }
        if let q = quadClass, e.quadClass != q { return false }
        return true
    }
}
