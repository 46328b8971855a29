import Foundation

/// `items.map(transform)` on up to `jobs` threads, results in input order. Threads take the next
/// item as they finish one, so a long article does not hold the others up.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
            while let i = slots.claim() { slots.fill(i, transform(items[i])) }
        }
        return slots.results
    }

    /// The results so far and the next item to take, under one lock.
    private final class Slots<R>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [R?]
        private var next = 0

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.withLock {
                guard next < values.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func fill(_ i: Int, _ value: R) { lock.withLock { values[i] = value } }

        var results: [R] { lock.withLock { values.compactMap { $0 } } }
    }
}
