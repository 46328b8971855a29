/// Abbreviations written with a final period, from `abbreviations.tsv`, by how they behave at a
/// possible sentence end.
public struct Abbreviations: Sendable {
    public enum Kind: String, Sendable {
        /// Always followed by a name: Dr., Gen., Lt. — never ends a sentence.
        case title
        /// Jan., Feb. … — followed by a day number, never ends a sentence.
        case month
        /// U.S., U.N., D.C. — ends a sentence only before a word that starts one.
        case name
        /// etc., Inc., a.m. — ends a sentence before a capitalised word.
        case other
    }

    private var kinds: [String: Kind] = [:]

    public init() {}

    public init(tsv text: String, name: String) throws(DataFileError) {
        for (number, fields) in try DataFile.rows(text, name: name, columns: 2...2) {
            guard let kind = Kind(rawValue: String(fields[1])) else {
                throw DataFileError(file: name, line: number, message: "unknown kind '\(fields[1])'")
            }
            guard fields[0].hasSuffix(".") else {
                throw DataFileError(file: name, line: number, message: "abbreviation '\(fields[0])' must end with a period")
            }
            kinds[String(fields[0])] = kind
        }
    }

    /// The kind of an abbreviation given with its final period, if listed (exact case first, then lower case).
    public func kind(of abbreviation: String) -> Kind? {
        kinds[abbreviation] ?? kinds[abbreviation.lowercased()]
    }
}
