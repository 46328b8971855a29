public import DetenteCore
public import DetenteStore
public import Hummingbird

/// The HTTP side of Détente: the JSON API under `/api`, its OpenAPI document, and the
/// server-rendered dashboard, over one store and one pipeline.
public struct DetenteServer: Sendable {
    public let store: any EventStore
    public let pipeline: Pipeline
    /// The largest request body accepted (bytes); larger ones get 413.
    public var bodyLimit: Int
    /// The token writes must carry (`Authorization: Bearer …`); nil lets anyone write.
    public var writeToken: String?
    /// A connection that sends nothing for this long is closed (slow or stalled clients).
    public var idleTimeout: Duration

    public init(store: any EventStore, pipeline: Pipeline, bodyLimit: Int = 2_000_000, writeToken: String? = nil,
                idleTimeout: Duration = .seconds(30)) {
        self.store = store
        self.pipeline = pipeline
        self.bodyLimit = bodyLimit
        self.writeToken = writeToken
        self.idleTimeout = idleTimeout
    }

    var writeAccess: WriteAccess { WriteAccess(token: writeToken) }

    /// Every route: the API, `/openapi.json` and the dashboard pages.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ProblemMiddleware())
        APIRoutes(server: self).register(on: router)
        DashboardRoutes(server: self).register(on: router)
        return router
    }

    /// An application bound to `host:port` (loopback by default).
    public func application(host: String = "127.0.0.1", port: Int = 8080) -> some ApplicationProtocol {
        let (seconds, attoseconds) = idleTimeout.components
        return Application(router: router(), server: .http1(configuration: .init(idleTimeout: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000))),
                           configuration: .init(address: .hostname(host, port: port), serverName: "detente"))
    }
}

extension Response {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

extension Request {
    /// A query parameter, or nil when absent or empty.
    func query(_ name: String) -> String? {
        uri.queryParameters[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The body as text, up to `limit` bytes (413 beyond).
    func text(limit: Int) async throws -> String {
        let buffer = try await body.collect(upTo: limit)
        return buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) ?? ""
    }
}
