#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines from a file descriptor, read in 64 KB chunks, for JSONL streams of any length: memory
/// holds one line at most, and a line over the limit is skipped as it streams past (never held
/// whole). Each line is checked to be UTF-8; a trailing carriage return is dropped.
public struct LineReader {
    /// One line: its text, or why it cannot be read. `number` counts from 1.
    public enum Line: Sendable, Equatable {
        case text(String, number: Int)
        case problem(String, number: Int)

        public var number: Int {
            switch self { case .text(_, let number), .problem(_, let number): number }
        }
    }

    private let descriptor: Int32
    private let limits: InputLimits
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var number = 0
    /// The read error that ended the input early, if any (`errno`'s message).
    public private(set) var readError: String?
    /// Called before a read that may wait for input, with nothing complete left to hand out (a
    /// filter flushes its output there, so that interactive use sees each answer at once).
    public var willWait: (() -> Void)?

    public init(descriptor: Int32, maxLineBytes: Int) {
        self.descriptor = descriptor
        limits = InputLimits(maxLineBytes: max(1, maxLineBytes))
        buffer.reserveCapacity(1 << 16)
    }

    /// The next line, or nil at the end of the input.
    public mutating func next() -> Line? {
        var skipped = 0  // bytes of an over-long line already thrown away
        while true {
            if let newline = firstNewline() {
                let end = newline
                number += 1
                let length = end - start + skipped
                defer { start = end + 1 }
                if skipped > 0 || length > limits.maxLineBytes { return tooLong(length) }
                return line(buffer[start..<end])
            }
            let pending = buffer.count - start
            if pending + skipped > limits.maxLineBytes {
                skipped += pending
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                guard pending > 0 || skipped > 0 else { return nil }
                number += 1
                defer { buffer.removeAll(keepingCapacity: true); start = 0 }
                if pending + skipped > limits.maxLineBytes { return tooLong(pending + skipped) }
                return line(buffer[start...])
            }
            fill()
        }
    }

    private func firstNewline() -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { raw -> Int? in
            guard let base = raw.baseAddress, let hit = memchr(base + start, 0x0A, raw.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    private mutating func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        willWait?()
        let chunk = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { raw in
                read(descriptor, raw.baseAddress.map { $0 + old }, chunk)
            }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                if count < 0 { readError = String(cString: strerror(errno)) }
                atEnd = true
                buffer.removeSubrange(old...)
            } else {
                buffer.removeSubrange((old + count)...)
            }
            return
        }
    }

    private func line(_ bytes: ArraySlice<UInt8>) -> Line {
        var bytes = bytes
        if bytes.last == 0x0D { bytes = bytes.dropLast() }
        if let text = String(validating: bytes, as: UTF8.self) { return .text(text, number: number) }
        let offset = InputBytes.firstInvalidUTF8(bytes) ?? 0
        return .problem("not UTF-8: invalid byte 0x\(String(bytes[bytes.startIndex + offset], radix: 16, uppercase: true)) at byte \(offset + 1) of the line", number: number)
    }

    private func tooLong(_ length: Int) -> Line {
        .problem(limits.lineProblem(size: length) ?? "line too long", number: number)
    }
}
