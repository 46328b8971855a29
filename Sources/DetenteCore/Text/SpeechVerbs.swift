/// Verbs that attribute speech ("said", "told", "joked"), from `speech-verbs.tsv`: the sentence
/// splitter keeps “…?” Petro joked together, and the quote stage finds speakers with them.
public struct SpeechVerbs: Sendable {
    private var forms = WordTable(capacity: 512)
    private var lemmaOfForm: [Int32] = []
    private var lemmas: [String] = []

    public init() {}

    public init(tsv text: String, name: String) throws(DataFileError) {
        for (_, fields) in try DataFile.rows(text, name: name, columns: 2...2) {
            let lemma = Int32(lemmas.count)
            lemmas.append(String(fields[0]))
            for form in [fields[0]] + fields[1].split(separator: " ") {
                let id = forms.insert(form.utf8)
                if Int(id) == lemmaOfForm.count { lemmaOfForm.append(lemma) }
            }
        }
    }

    /// The lemma of a speech-verb form in `bytes`, if it is one.
    public func lemma(of bytes: ArraySlice<UInt8>) -> String? {
        forms.find(bytes).map { lemmas[Int(lemmaOfForm[Int($0)])] }
    }

    public func contains(_ bytes: ArraySlice<UInt8>) -> Bool { forms.find(bytes) != nil }
}
