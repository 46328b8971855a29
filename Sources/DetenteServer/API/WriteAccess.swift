import Hummingbird

/// Who may write (`POST /api/articles`, the dashboard's form): anyone when the server has no token
/// (the default on loopback), else a request carrying `Authorization: Bearer TOKEN` — or, from
/// the dashboard's form, a `token` field. `detente serve` requires a token when it binds beyond loopback.
public struct WriteAccess: Sendable {
    let token: String?

    /// Throws 401 unless the request may write.
    func check(_ request: Request, formToken: String? = nil) throws {
        guard let token else { return }
        let header = request.headers[.authorization]
        let bearer = header.flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        guard let given = bearer ?? formToken, Self.same(given, token) else {
            throw Problem(.unauthorized, "API token required",
                          detail: "writing needs the header \"Authorization: Bearer TOKEN\" with the token given to detente serve")
        }
    }

    /// Compares in time that depends on the lengths only, not on where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = x.count ^ y.count
        for i in 0..<max(x.count, y.count) {
            difference |= Int((i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0))
        }
        return difference == 0
    }

    /// Whether a bind address only accepts connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
