import Foundation

/// Runs a line transformation on several threads and hands the results on strictly in input
/// order, with back-pressure: at most `window` lines are read and not yet written, so memory stays
/// bounded whatever the input's length. Threads take lines one at a time (no batch barrier, so a
/// long article does not leave the other cores idle while it finishes).
struct OrderedLines {
    /// Worker threads; 1 runs the plain loop on the calling thread.
    var jobs: Int
    /// The most lines in flight (read, not yet written): by default two batches of 256.
    var window: Int

    init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = max(1, window ?? max(512, 4 * self.jobs))
    }

    /// Reads lines with `read` until it returns nil, transforms line `n` (1-based) with
    /// `transform` and writes the results in order with `write`. `read` and `write` are only ever
    /// called by one thread at a time; `transform` is called concurrently. Returns false when
    /// `write` failed (it returned false); nothing is written after that and reading stops.
    func run<Input: Sendable>(read: () -> Input?, transform: @Sendable (Input, Int) -> String, write: (String) -> Bool) -> Bool {
        if jobs == 1 {
            var number = 0
            while let line = read() {
                number += 1
                if !write(transform(line, number)) { return false }
            }
            return true
        }
        return withoutActuallyEscaping(read) { read in
            withoutActuallyEscaping(write) { write in
                let state = State<Input>(read: read, write: write, window: window)
                DispatchQueue.concurrentPerform(iterations: jobs) { _ in state.work(transform) }
                return !state.failed
            }
        }
    }

    /// The shared state of one run: the input side under `readLock`, results and output under
    /// `condition`.
    private final class State<Input>: @unchecked Sendable {
        private let readLock = NSLock()
        private let read: () -> Input?
        private var lastRead = 0
        private var atEnd = false

        private let condition = NSCondition()
        private let write: (String) -> Bool
        private let window: Int
        private var inFlight = 0
        private var nextToWrite = 1
        private var done: [Int: String] = [:]
        private var stopped = false
        private(set) var failed = false

        init(read: @escaping () -> Input?, write: @escaping (String) -> Bool, window: Int) {
            self.read = read
            self.write = write
            self.window = window
        }

        /// One worker: take a slot in the window, read a line, transform it, store the result and
        /// write every result that is next in order.
        func work(_ transform: (Input, Int) -> String) {
            while true {
                condition.lock()
                while !stopped && inFlight >= window { condition.wait() }
                if stopped { condition.unlock(); return }
                inFlight += 1
                condition.unlock()

                guard let (line, number) = next() else {
                    condition.lock()
                    inFlight -= 1
                    stopped = true
                    condition.broadcast()
                    condition.unlock()
                    return
                }
                let output = transform(line, number)

                condition.lock()
                done[number] = output
                while let ready = done.removeValue(forKey: nextToWrite) {
                    if !failed, !write(ready) { failed = true; stopped = true }
                    nextToWrite += 1
                    inFlight -= 1
                }
                condition.broadcast()
                condition.unlock()
            }
        }

        private func next() -> (Input, Int)? {
            readLock.lock()
            defer { readLock.unlock() }
            guard !atEnd, let line = read() else { atEnd = true; return nil }
            lastRead += 1
            return (line, lastRead)
        }
    }
}
