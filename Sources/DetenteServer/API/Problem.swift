import DetenteCore
public import Hummingbird

/// An RFC 9457 problem: what went wrong, as `application/problem+json`, with its status.
public struct Problem: Error, Sendable {
    public var status: HTTPResponse.Status
    public var title: String
    public var detail: String?

    public init(_ status: HTTPResponse.Status, _ title: String, detail: String? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
    }

    var response: Response {
        var w = JSONWriter()
        w.beginObject()
        w.field("type", "about:blank")
        w.field("title", title)
        w.field("status", Int(status.code))
        if let detail { w.field("detail", detail) }
        w.endObject()
        return Response(status: status, headers: [.contentType: "application/problem+json"], body: ResponseBody(byteBuffer: ByteBuffer(string: w.output)))
    }
}

/// Turns every error of a request — a `Problem`, Hummingbird's own (404 for unknown routes, 413
/// for a body over the limit), or anything else (500) — into problem-details JSON.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return problem.response
        } catch let error as any HTTPResponseError {
            return Problem(error.status, error.status.reasonPhrase, detail: String(describing: error)).response
        } catch {
            return Problem(.internalServerError, "Internal Server Error", detail: String(describing: error)).response
        }
    }
}
