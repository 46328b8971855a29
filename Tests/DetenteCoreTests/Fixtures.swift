import Foundation
@testable import DetenteCore

/// Shared test material: the built-in pipeline (loaded once) and files beside the repository.
enum Fixtures {
    static let pipeline: Pipeline = {
        do { return try Pipeline.builtIn() } catch { fatalError("built-in data files: \(error)") }
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of `../shared` (beside the repository), or nil when it is not there.
    static func shared(_ path: String) -> String? {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
        return try? String(contentsOf: url, encoding: .utf8)
    }

    static func example(_ name: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent("Examples").appendingPathComponent(name), encoding: .utf8)
    }

    static func analyze(_ text: String, id: String = "test", date: CalendarDate? = nil) -> Document {
        pipeline.analyze(ArticleInput(text: text, metadata: ArticleMetadata(id: id, publicationDate: date)))
    }

    static func sentences(_ text: String) -> [String] {
        let document = analyze(text)
        return document.sentences.map { document.text(of: $0) }
    }
}
