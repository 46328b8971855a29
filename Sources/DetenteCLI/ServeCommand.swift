import ArgumentParser
import DetenteCore
import DetenteServer
import Hummingbird

/// `detente serve`: the HTTP API and the dashboard over the store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (/api, /openapi.json) and the web dashboard over the store.",
        discussion: "Binds to loopback (127.0.0.1) unless --host says otherwise."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Address to bind.") var host = "127.0.0.1"
    @Option(help: "Port.") var port = 8080
    @Option(help: "Largest request body, in bytes.") var maxBody = 2_000_000

    func run() async throws {
        let pipeline: Pipeline
        do { pipeline = try Pipeline.builtIn() } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
        let server = DetenteServer(store: try store.open(), pipeline: pipeline, bodyLimit: maxBody)
        StandardError.write("detente: serving http://\(host):\(port)/")
        try await server.application(host: host, port: port).runService()
    }
}
