/// The vocabulary of time expressions, from `time-words.tsv`: months, weekdays, seasons, parts
/// of the day, units, number words, relative and deictic words, reference words, modifiers and
/// the cues that point an unanchored date to the future.
public struct TimeWords: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case month, weekday, season, partofday, unit, number, relative, deixis, reference, modifier, ordinal, future, lead
    }

    public struct Reading: Sendable, Hashable {
        public var category: Category
        public var value: String
    }

    private var table = WordTable(capacity: 256)
    private var readings: [[Reading]] = []
    /// The length in bytes of the longest time word: a longer token is none, without hashing it.
    private var longest = 0

    public init() {}

    public init(tsv text: String, name: String) throws(DataFileError) {
        for (number, fields) in try DataFile.rows(text, name: name, columns: 3...3) {
            guard let category = Category(rawValue: String(fields[1])) else {
                throw DataFileError(file: name, line: number, message: "unknown category '\(fields[1])'")
            }
            let id = table.insert(fields[0].utf8)
            longest = max(longest, fields[0].utf8.count)
            if Int(id) == readings.count { readings.append([]) }
            readings[Int(id)].append(Reading(category: category, value: String(fields[2])))
        }
    }

    /// The readings of the word in `bytes` (any case); empty when it is not a time word.
    public func readings(_ bytes: ArraySlice<UInt8>) -> [Reading] {
        entry(bytes).map { readings[Int($0)] } ?? []
    }

    public func value(_ bytes: ArraySlice<UInt8>, _ category: Category) -> String? {
        readings(bytes).first { $0.category == category }?.value
    }

    public func isTimeWord(_ bytes: ArraySlice<UInt8>) -> Bool { entry(bytes) != nil }

    /// The entry number of the time word in `bytes` (any case), nil when it is not one: a
    /// recogniser looks each token up once and then reads readings by number, without hashing again.
    public func entry(_ bytes: ArraySlice<UInt8>) -> Int32? { bytes.count <= longest ? table.find(bytes) : nil }

    /// `entry` for bytes read in place (no slice of the document's array to retain).
    public func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? { bytes.count <= longest ? table.find(bytes) : nil }

    /// `value(bytes, category)` for the word whose entry number is `entry`.
    public func value(entry: Int32, _ category: Category) -> String? {
        for reading in readings[Int(entry)] where reading.category == category { return reading.value }
        return nil
    }
}
