/// The CAMEO codebook (`cameo-codebook.tsv`): every event code with its name, Goldstein score
/// (GDELT's table), quad class and PLOVER type and mode.
public struct Codebook: Sendable {
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var name: String
        public var goldstein: Double
        public var quadClass: Int
        public var plover: String?
        public var ploverMode: String?
    }

    private var entries: [String: Entry] = [:]

    public init() {}

    public init(tsv text: String, name: String) throws(DataFileError) {
        for (number, f) in try DataFile.rows(text, name: name, columns: 6...6) {
            guard let goldstein = Double(f[2]), let quad = Int(f[3]) else {
                throw DataFileError(file: name, line: number, message: "goldstein and quad class must be numbers")
            }
            let code = String(f[0])
            entries[code] = Entry(code: code, name: String(f[1]), goldstein: goldstein, quadClass: quad,
                                  plover: f[4] == "-" ? nil : String(f[4]), ploverMode: f[5] == "-" ? nil : String(f[5]))
        }
    }

    public var count: Int { entries.count }

    /// The entry of a code, or of its nearest listed parent; codes outside CAMEO get the root's
    /// quad class and no score.
    public func entry(_ code: String) -> Entry? {
        var c = code
        while !c.isEmpty {
            if let e = entries[c] { return e }
            c.removeLast()
        }
        return nil
    }
}
