import Foundation

/// Buffered standard output that reports write failures, and messages to standard error.
/// It flushes every 64 KB, and at once while the input side waits for more input
/// (``inputWillWait()``), so that a filter fed line by line answers each line straight away.
/// Writers on several threads share it.
final class StandardOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var waiting = false
    private var _failed = false

    var failed: Bool { lock.withLock { _failed } }

    init() { buffer.reserveCapacity(1 << 16) }

    func writeLine(_ line: String) {
        lock.withLock {
            buffer.append(contentsOf: line.utf8)
            buffer.append(0x0A)
            if waiting || buffer.count >= 1 << 16 { flushLocked() }
        }
    }

    func flush() { lock.withLock { flushLocked() } }

    /// The reader is about to wait for input: write out what is buffered, and what comes until it has some.
    func inputWillWait() {
        lock.withLock {
            waiting = true
            flushLocked()
        }
    }

    /// The reader has input again: back to buffering.
    func inputArrived() { lock.withLock { waiting = false } }

    private func flushLocked() {
        guard !buffer.isEmpty, !_failed else { buffer.removeAll(keepingCapacity: true); return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Foundation.write(1, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                _failed = true
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
