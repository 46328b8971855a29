public import ArgumentParser

/// `detente`: the command-line entry point.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct DetenteCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "detente",
        abstract: "Turn news into political event data: who did what to whom, and when.",
        subcommands: [AnalyzeCommand.self, CodeCommand.self, ValidateCommand.self, IngestCommand.self, DyadCommand.self, ExportCommand.self,
                      ServeCommand.self]
    )

    public init() {}
}

/// The program's entry point: parses the command line and runs the command (async, so that
/// store and network commands can await).
public enum Detente {
    public static func main() async {
        await DetenteCommand.main(nil)
    }
}
