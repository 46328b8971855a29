/// An open-addressing hash table from lower-cased UTF-8 words to entry numbers. Looking up a
/// token's bytes folds ASCII case on the fly and allocates nothing.
struct WordTable: Sendable {
    private var arena: [UInt8] = []
    private var keys: [(start: Int32, length: Int32)] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { keys.count }

    /// The stored (lower-cased) word of entry `id`.
    func word(_ id: Int32) -> String {
        let key = keys[Int(id)]
        return String(decoding: arena[Int(key.start)..<Int(key.start + key.length)], as: UTF8.self)
    }

    /// The entry number of a word, adding it when new.
    mutating func insert(_ word: some Sequence<UInt8>) -> Int32 {
        Array(word).withUnsafeBufferPointer { insert($0) }
    }

    /// The entry number of the word in `bytes` (stored lower-cased), adding it when new.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let id = find(bytes) { return id }
        if keys.count * 2 >= slots.count { grow() }
        let id = Int32(keys.count)
        keys.append((Int32(arena.count), Int32(bytes.count)))
        for byte in bytes { arena.append(UTF8Scanning.lower(byte)) }
        place(id, hash: Self.hash(bytes))
        return id
    }

    /// The entry number of the word in `bytes` (compared without ASCII case), if present. Every
    /// token of a document is looked up here, so the probe reads the tables through unsafe
    /// buffers (the indices come from the tables themselves and are in range).
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                arena.withUnsafeBufferPointer { arena in
                    var slot = hash & mask
                    while true {
                        let id = slots[slot]
                        if id < 0 { return nil }
                        let key = keys[Int(id)]
                        if Int(key.length) == bytes.count, Self.equal(arena, from: Int(key.start), bytes) { return id }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Whether the stored (lower-cased) word at `start` of `arena` equals `bytes` without ASCII case.
    @inline(__always)
    private static func equal(_ arena: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<bytes.count where arena[start + offset] != UTF8Scanning.lower(bytes[offset]) { return false }
        return true
    }

    func find(_ bytes: ArraySlice<UInt8>) -> Int32? {
        bytes.withUnsafeBufferPointer { find($0) }
    }

    func find(_ word: String) -> Int32? {
        find(ArraySlice(word.utf8))
    }

    private mutating func place(_ id: Int32, hash: Int) {
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in keys.indices {
            let key = keys[id]
            let h = arena.withUnsafeBufferPointer { buffer in
                Self.hash(UnsafeBufferPointer(rebasing: buffer[Int(key.start)..<Int(key.start + key.length)]))
            }
            place(Int32(id), hash: h)
        }
    }

    /// FNV-1a over ASCII-lower-cased bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(UTF8Scanning.lower(byte))
            h = h &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
