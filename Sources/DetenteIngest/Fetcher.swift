public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What a fetch returned: the body, its declared content type and the final URL (after redirects).
public struct FetchedResource: Sendable {
    public var data: Data
    /// The `Content-Type` header, if any ("text/html; charset=utf-8").
    public var contentType: String?
    public var url: URL

    public init(data: Data, contentType: String? = nil, url: URL) {
        self.data = data
        self.contentType = contentType
        self.url = url
    }
}

/// Fetches a URL: the seam between ingestion and the network (tests use a stub).
public protocol Fetcher: Sendable {
    /// The resource at `url`; throws on network failure or a non-success status.
    func fetch(_ url: URL) async throws -> FetchedResource
}

/// A fetcher over `URLSession` (FoundationNetworking on Linux).
public struct URLSessionFetcher: Fetcher {
    /// Seconds before a request gives up.
    public var timeout: TimeInterval
    public var userAgent: String

    public init(timeout: TimeInterval = 30, userAgent: String = "Detente/1.0 (news event coding)") {
        self.timeout = timeout
        self.userAgent = userAgent
    }

    public func fetch(_ url: URL) async throws -> FetchedResource {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            return FetchedResource(data: data, contentType: response.mimeType, url: response.url ?? url)
        }
        guard (200..<300).contains(http.statusCode) else {
            throw IngestError(origin: url.absoluteString, message: "HTTP status \(http.statusCode)")
        }
        return FetchedResource(data: data, contentType: http.value(forHTTPHeaderField: "Content-Type"), url: http.url ?? url)
    }
}
