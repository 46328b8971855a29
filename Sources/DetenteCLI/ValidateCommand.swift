import ArgumentParser
import DetenteCore
import Foundation

/// `detente validate FILE.xml`: codes PETRARCH validation records and reports how many came out right.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Code PETRARCH validation records (e.g. PETR.UnitTest.records.xml) and score them.",
        discussion: """
        The <Environment> names the verb, actor, agent and discard dictionaries, relative to the XML
        file's folder; <Config> elements between records change require_dyad and the comma limits (others are noted).
        Each record's <Parse> is ignored: Détente parses the text itself. A record is exact when
        all its expected codings and no others come out (nothing, for noevents and error records).
        """
    )

    @Argument(help: "A PETRARCH validation records file.")
    var file: String

    @Flag(help: "List every record coded wrongly: id, text, expected and got.")
    var verbose = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            StandardError.write("detente: \(file): cannot be read")
            throw ExitCode.failure
        }
        let records = ValidationRecords(xml: String(decoding: data, as: UTF8.self))
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let dictionaries = records.dictionaries(relativeTo: folder)
        for issue in dictionaries.issues { StandardError.write("detente: \(issue)") }
        let base: LanguageResources
        do { base = try LanguageResources.builtIn() } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
        let report = ValidationReport(records: records, pipeline: dictionaries.pipeline(over: base))
        let output = StandardOutput()
        output.writeLine("dictionaries: \(dictionaries.summary)")
        output.writeLine(report.render(verbose: verbose))
        output.flush()
    }
}

/// `--dictionaries DIR` for `code` and `analyze`: the pipeline over PETRARCH dictionaries, or the built-in one.
enum PetrarchOption {
    static func pipeline(_ directory: String?) throws -> Pipeline {
        do {
            let base = try LanguageResources.builtIn()
            guard let directory else { return Pipeline(resources: base) }
            let dictionaries = try PetrarchDictionaries(directory: directory)
            for issue in dictionaries.issues.prefix(50) { StandardError.write("detente: \(issue)") }
            if dictionaries.issues.count > 50 { StandardError.write("detente: … \(dictionaries.issues.count - 50) more dictionary issues") }
            return dictionaries.pipeline(over: base)
        } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
    }
}
