/// An actor taking part in an event: its code (nil for a countryless agent such as "protesters"),
/// the words that name it, and the dictionary person behind it, if any.
struct Participant: Sendable, Hashable {
    var code: String? {
        didSet { country = Self.country(of: code) }
    }
    var text: String
    var person: Int?
    /// The agent code of a countryless agent, which takes a country from its context.
    var agent: String? = nil
    /// The code's first three characters, kept beside it: target and other-party searches compare
    /// countries many times per event.
    private(set) var country: String?

    init(code: String?, text: String, person: Int?, agent: String? = nil) {
        self.code = code
        self.text = text
        self.person = person
        self.agent = agent
        country = Self.country(of: code)
    }

    /// `String(code.prefix(3))`. For a code whose first four bytes are ASCII without a carriage
    /// return (every CAMEO code) each of them is one character, so the prefix is its first three
    /// bytes, copied without walking grapheme clusters; anything else takes the general path.
    private static func country(of code: String?) -> String? {
        guard let code else { return nil }
        let utf8 = code.utf8
        if utf8.count <= 3 { return code }
        var plain = true
        for byte in utf8.prefix(4) where byte >= 0x80 || byte == 0x0D { plain = false; break }
        guard plain else { return String(code.prefix(3)) }
        return String(decoding: utf8.prefix(3), as: UTF8.self)
    }
}
