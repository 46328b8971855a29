import ArgumentParser
import DetenteCore
import Foundation

/// `detente analyze FILE…`: a readable report of each article.
struct AnalyzeCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and print a readable report (or JSON).",
        discussion: """
        FILE is a plain-text article (headline, "Source:", "Published …" and byline lines are
        recognised; the publisher's footer is left out) or a .jsonl file of records.
        """
    )

    @Argument(help: "Article files (plain text, or .jsonl records), or folders of them.")
    var files: [String]

    @Option(help: "Publication date (YYYY-MM-DD); supplies or overrides the article's own.")
    var date: CalendarDate?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Show each sentence's tags, verb groups and clauses (text format).")
    var tags = false

    @Flag(help: "Also show one-sided events (a source but no target).")
    var monadic = false

    @Option(help: "A directory of PETRARCH dictionaries (*verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt).")
    var dictionaries: String?

    @OptionGroup var limits: LimitOptions

    func run() throws {
        var pipeline = try PetrarchOption.pipeline(dictionaries)
        pipeline.events.monadic = monadic
        var failed = false
        let output = StandardOutput()
        for file in files.flatMap(ArticleFiles.expand) {
            let inputs: [ArticleInput]
            do {
                inputs = try ArticleFiles.read(file, date: date, limits: limits.limits)
            } catch {
                StandardError.write("detente: \(error)")
                failed = true
                continue
            }
            for input in inputs {
                let document = pipeline.analyze(input)
                switch format {
                case .json: output.writeLine(DocumentJSON.analysis(document, lexicon: pipeline.resources.lexicon))
                case .text: output.writeLine(TextReport.render(document, lexicon: pipeline.resources.lexicon, tags: tags))
                }
            }
        }
        output.flush()
        if failed || output.failed { throw ExitCode.failure }
    }
}

/// Reads article files for `analyze`: plain text, or JSONL records (bad lines are reported and skipped).
enum ArticleFiles {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The article files a path names: the file itself, or a folder's .txt, .jsonl and .ndjson files (recursively, sorted).
    static func expand(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: path) else { return [path] }
        let files = enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") || $0.hasSuffix(".ndjson") }
            .sorted()
            .map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
        return files
    }

    /// The articles of one file. Refuses directories, files over `limits.maxFileBytes`, binary
    /// files; bytes that are not UTF-8 are read as Windows-1252 with a warning naming the offset.
    /// Bad JSONL lines and articles over the limit are reported and skipped.
    static func read(_ path: String, date: CalendarDate?, limits: InputLimits = .default) throws -> [ArticleInput] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Failure(description: "\(path): no such file") }
        if isDirectory.boolValue { throw Failure(description: "\(path): is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, let problem = limits.fileProblem(size: size) {
            throw Failure(description: "\(path): file is \(problem)")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "\(path): cannot be read") }
        if let problem = limits.fileProblem(size: data.count) {  // a pipe or device has no size up front
            throw Failure(description: "\(path): input is \(problem)")
        }
        if data.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { throw Failure(description: "\(path): empty file") }
        if InputBytes.isBinary(data) { throw Failure(description: "\(path): binary content (a NUL byte or control characters), not text") }
        let (text, note) = InputBytes.decode(data)
        if let note { StandardError.write("detente: \(path): \(note)") }
        let name = URL(fileURLWithPath: path).lastPathComponent
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
            var inputs: [ArticleInput] = []
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
                if let problem = limits.lineProblem(size: line.utf8.count) {
                    StandardError.write("detente: \(path):\(n + 1): \(problem)")
                    continue
                }
                switch JSONLRecord.parse(line, defaultID: "\(name):\(n + 1)", date: date, overrideDate: date != nil) {
                case .success(let input):
                    if let problem = limits.articleProblem(input.text) {
                        StandardError.write("detente: \(path):\(n + 1): \(problem); skipped")
                    } else {
                        inputs.append(input)
                    }
                case .failure(let failure): StandardError.write("detente: \(path):\(n + 1): \(failure.message)")
                }
            }
            return inputs
        }
        if let problem = limits.articleProblem(text) { throw Failure(description: "\(path): \(problem)") }
        return [ArticleInput(text: text, metadata: ArticleMetadata(id: name, publicationDate: date))]
    }
}
