public import ArgumentParser

/// `detente`: the command-line entry point.
public struct DetenteCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "detente",
        abstract: "Turn news into political event data: who did what to whom, and when.",
        subcommands: [AnalyzeCommand.self, CodeCommand.self]
    )

    public init() {}
}
