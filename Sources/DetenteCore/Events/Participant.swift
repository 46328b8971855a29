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

    private static func country(of code: String?) -> String? { code.map { String($0.prefix(3)) } }
}
