import ArgumentParser
import DetenteCore
import DetenteServer
import Foundation
import Hummingbird

/// `detente serve`: the HTTP API and the dashboard over the store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (/api, /openapi.json) and the web dashboard over the store.",
        discussion: """
        Binds to loopback (127.0.0.1) unless --host says otherwise. Beyond loopback, writes need a
        token (--token or $DETENTE_API_TOKEN), sent as "Authorization: Bearer TOKEN"; reads stay open.
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Address to bind.") var host = "127.0.0.1"
    @Option(help: "Port.") var port = 8080
    @Option(help: "Largest request body, in bytes.") var maxBody = 2_000_000
    @Option(help: "Token that writes must carry (default: $DETENTE_API_TOKEN); required beyond loopback.") var token: String?
    @Option(help: "Seconds a connection may send nothing before it is closed.") var idleTimeout = 30

    func validate() throws {
        if maxBody < 1 { throw ValidationError("--max-body must be at least 1") }
        if idleTimeout < 1 { throw ValidationError("--idle-timeout must be at least 1 second") }
        if let token = writeToken, token.count < 16 { throw ValidationError("the API token must have at least 16 characters") }
        if !WriteAccess.isLoopback(host), writeToken == nil {
            throw ValidationError("binding \(host) (beyond loopback) needs an API token for writes: --token or DETENTE_API_TOKEN")
        }
    }

    var writeToken: String? {
        token ?? ProcessInfo.processInfo.environment["DETENTE_API_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func run() async throws {
        let pipeline: Pipeline
        do { pipeline = try Pipeline.builtIn() } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
        let server = DetenteServer(store: try store.open(), pipeline: pipeline, bodyLimit: maxBody, writeToken: writeToken,
                                   idleTimeout: .seconds(idleTimeout))
        StandardError.write("detente: serving http://\(host):\(port)/")
        try await server.application(host: host, port: port).runService()
    }
}
