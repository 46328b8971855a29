/// An actor taking part in an event: its code (nil for a countryless agent such as "protesters"),
/// the words that name it, and the dictionary person behind it, if any.
struct Participant: Sendable, Hashable {
    var code: String?
    var text: String
    var person: Int?
    /// The agent code of a countryless agent, which takes a country from its context.
    var agent: String? = nil

    var country: String? { code.map { String($0.prefix(3)) } }
}
