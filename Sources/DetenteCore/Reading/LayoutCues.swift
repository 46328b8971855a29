/// The phrases that mark footer boilerplate, bylines and source lines, from `layout-cues.tsv`.
public struct LayoutCues: Sendable {
    public var footer: [String] = []
    public var bylineEnd: [String] = []
    public var bylineStart: [String] = []
    public var source: [String] = []

    public init() {}

    /// Parses the `kind<TAB>phrase` file; unknown kinds are an error naming the line.
    public init(tsv text: String, name: String) throws(DataFileError) {
        for (number, fields) in try DataFile.rows(text, name: name, columns: 2...2) {
            let phrase = fields[1].lowercased()
            switch fields[0] {
            case "footer": footer.append(phrase)
            case "byline-end": bylineEnd.append(phrase)
            case "byline-start": bylineStart.append(phrase)
            case "source": source.append(phrase)
            default: throw DataFileError(file: name, line: number, message: "unknown kind '\(fields[0])'")
            }
        }
    }
}
