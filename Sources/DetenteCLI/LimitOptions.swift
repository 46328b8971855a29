import ArgumentParser
import DetenteCore

/// `--max-line-bytes`, `--max-article-bytes` and `--max-file-bytes`: the input limits of ``InputLimits``.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Longest JSONL line accepted, in bytes; longer lines are reported and skipped.", valueName: "bytes"))
    var maxLineBytes = InputLimits.default.maxLineBytes

    @Option(help: ArgumentHelp("Longest article text accepted, in UTF-8 bytes.", valueName: "bytes"))
    var maxArticleBytes = InputLimits.default.maxArticleBytes

    @Option(help: ArgumentHelp("Largest input file accepted, in bytes.", valueName: "bytes"))
    var maxFileBytes = InputLimits.default.maxFileBytes

    func validate() throws {
        for (name, value) in [("--max-line-bytes", maxLineBytes), ("--max-article-bytes", maxArticleBytes), ("--max-file-bytes", maxFileBytes)] where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
    }

    var limits: InputLimits {
        InputLimits(maxLineBytes: maxLineBytes, maxArticleBytes: maxArticleBytes, maxFileBytes: maxFileBytes)
    }
}
