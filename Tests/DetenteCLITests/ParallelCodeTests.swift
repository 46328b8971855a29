import Foundation
import Testing
@testable import DetenteCLI
import DetenteCore

@Suite("detente code --jobs")
struct ParallelCodeTests {
    static let filter: CodeFilter = {
        do { return CodeFilter(pipeline: try Pipeline.builtIn(), annotations: true) } catch { fatalError("\(error)") }
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func devLines() throws -> [String] {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/eval/dev-events.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.last == "" ? Array(lines.dropLast()) : lines
    }

    /// The dev texts several times over, with bad lines of every kind mixed in.
    static func mixedLines() throws -> [String] {
        let good = try devLines()
        let bad = ["{not json", "", "   ", #"{"id":"q"}"#, #"{"text":null}"#, #""just a string""#,
                   #"{"text":"Canada protested.","date":"2025-02-30"}"#, "[1,2]", #"{"text":"Short one."}"#]
        var lines: [String] = []
        for round in 0..<5 {
            for (n, line) in good.enumerated() {
                lines.append(line)
                if (n + round) % 4 == 0 { lines.append(bad[(n + round) % bad.count]) }
            }
        }
        return lines
    }

    /// The output of `detente code` over `lines`, as one string.
    static func code(_ lines: [String], jobs: Int, window: Int? = nil) -> String {
        var input = lines.makeIterator()
        var output = ""
        let filter = Self.filter
        let ok = OrderedLines(jobs: jobs, window: window).run(
            read: { input.next() },
            transform: { filter.process($0, number: $1) },
            write: { output += $0 + "\n"; return true }
        )
        #expect(ok)
        return output
    }

    @Test("--jobs 1 and --jobs 4 give byte-identical output on the dev set")
    func devSet() throws {
        let lines = try Self.devLines()
        #expect(lines.count == 40)
        let serial = Self.code(lines, jobs: 1)
        #expect(serial.split(separator: "\n", omittingEmptySubsequences: false).count == lines.count + 1)
        #expect(Self.code(lines, jobs: 4) == serial)
        #expect(Self.code(lines, jobs: 4, window: 3) == serial)
    }

    @Test("--jobs 1 and --jobs 4 agree line for line with bad lines mixed in, errors numbered as read")
    func mixed() throws {
        let lines = try Self.mixedLines()
        let serial = Self.code(lines, jobs: 1)
        let out = serial.split(separator: "\n").map(String.init)
        #expect(out.count == lines.count)
        let errors = out.enumerated().filter { $0.element.hasPrefix(#"{"line":"#) }
        #expect(errors.count > 20)
        for (index, line) in errors { #expect(line.hasPrefix(#"{"line":\#(index + 1),"#)) }
        #expect(Self.code(lines, jobs: 4) == serial)
        #expect(Self.code(lines, jobs: 2, window: 1) == serial)
        #expect(Self.code(lines, jobs: 8, window: 5) == serial)
    }

    @Test("A failed write stops the run and nothing is written after it")
    func writeFailure() {
        let lines = (1...2_000).map { "line \($0)" }
        var input = lines.makeIterator()
        var read = 0
        var written: [String] = []
        let ok = OrderedLines(jobs: 4, window: 16).run(
            read: { read += 1; return input.next() },
            transform: { line, number in "\(number):\(line)" },
            write: { line in
                guard written.count < 100 else { return false }
                written.append(line)
                return true
            }
        )
        #expect(!ok)
        #expect(written == (1...100).map { "\($0):line \($0)" })
        #expect(read < 200)
    }
}
