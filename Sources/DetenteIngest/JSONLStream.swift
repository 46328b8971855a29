public import DetenteCore
import Foundation

/// A `.jsonl` corpus read record by record, for corpora of any size: one line in memory at a time
/// (``LineReader``), each record an ``IngestItem`` with the same identity as ``SourceWalker``
/// gives it, each bad line an ``IngestError`` naming the file and line.
public struct JSONLStream: Sequence, IteratorProtocol {
    public enum Element: Sendable {
        case item(IngestItem)
        case error(IngestError)
    }

    private let path: String
    private let name: String
    private let limits: InputLimits
    private var reader: LineReader?
    private var descriptor: Int32 = -1
    private var openError: IngestError?
    private var records = 0

    public init(path: String, limits: InputLimits = .default) {
        self.path = path
        self.name = (path as NSString).lastPathComponent
        self.limits = limits
        descriptor = open(path, O_RDONLY)
        if descriptor < 0 {
            openError = IngestError(origin: path, message: "cannot be read: \(String(cString: strerror(errno)))")
        } else {
            reader = LineReader(descriptor: descriptor, maxLineBytes: limits.maxLineBytes)
        }
    }

    public mutating func next() -> Element? {
        if let error = openError {
            openError = nil
            return .error(error)
        }
        guard var lines = reader else { return nil }
        while let line = lines.next() {
            switch line {
            case .problem(let message, let number):
                reader = lines
                return .error(IngestError(origin: path, line: number, message: message))
            case .text(let text, let number):
                if text.allSatisfy(\.isWhitespace) { continue }
                reader = lines
                switch JSONLRecord.parse(text, defaultID: "\(name):\(number)") {
                case .success(let input):
                    records += 1
                    return .item(IngestItem(input: input, kind: .jsonl, origin: path, record: input.metadata.id))
                case .failure(let failure):
                    return .error(IngestError(origin: path, line: number, message: failure.message))
                }
            }
        }
        reader = nil
        close(descriptor)
        if let error = lines.readError { return .error(IngestError(origin: path, message: error)) }
        return records == 0 ? .error(IngestError(origin: path, message: "no records")) : nil
    }
}
