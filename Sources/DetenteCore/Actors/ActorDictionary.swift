/// The actor dictionaries (`actors-*.tsv`): countries with their names, adjectives, demonyms,
/// capitals and seats of power; organisations and groups; people with dated offices; generic
/// agents. Every name is tokenised like text and stored in a token trie for longest-match lookup.
public struct ActorDictionary: Sendable {
    public enum EntryKind: Sendable, Hashable {
        case countryName(String)
        case adjective(String)
        case demonym(String)
        case capital(String)
        /// A seat of power standing for an actor ("the White House" → USAGOV).
        case seat(String)
        case organisation(String, kind: String)
        case person(Int)
        /// A generic agent: its code and, for people-like agents, the title used in coreference.
        case agent(String, title: String?)
    }

    struct Entry: Sendable {
        var kind: EntryKind
        /// The name's tokens as written, for case checks.
        var tokens: [[UInt8]]
    }

    public private(set) var people: [Person] = []
    /// People by the country of any of their roles (the code's first three letters), in dictionary
    /// order: who can hold an office is looked up here, not by scanning everyone.
    private var peopleByCountry: [UInt32: [Int]] = [:]
    /// The display name of each country code (its first `name` line).
    public private(set) var countryNames: [String: String] = [:]
    private var entries: [Entry] = []
    private var words = WordTable(capacity: 16_384)
    /// Trie nodes: children by word id, and entries ending at the node.
    private var children: [[Int32: Int32]] = [[:]]
    private var ending: [[Int32]] = [[]]
    /// The root's children by word id (-1: none), mirroring `children[0]`.
    private var rootChildren: [Int32] = []
    private let tokenizer: Tokenizer
    var tokenizerForLoading: Tokenizer { tokenizer }

    public var entryCount: Int { entries.count }

    init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
    }

    /// An empty dictionary whose names are tokenised with these abbreviations; fill it with ``load(_:name:)``.
    public init(abbreviations: Abbreviations) {
        self.init(tokenizer: Tokenizer(abbreviations: abbreviations))
    }

    /// Loads one `actors-*.tsv` file; its kind is read from the name (countries, people, organisations, agents).
    public mutating func load(_ text: String, name: String) throws(DataFileError) {
        if name.contains("countries") {
            for (number, f) in try DataFile.rows(text, name: name, columns: 3...4) {
                let code = String(f[0])
                let kind: EntryKind
                switch f[1] {
                case "name":
                    kind = .countryName(code)
                    if countryNames[code] == nil { countryNames[code] = String(f[2]) }
                case "adjective": kind = .adjective(code)
                case "demonym": kind = .demonym(code)
                case "capital": kind = .capital(code)
                case "seat": kind = .seat(f.count > 3 && !f[3].isEmpty ? String(f[3]) : code + "GOV")
                default: throw DataFileError(file: name, line: number, message: "unknown kind '\(f[1])'")
                }
                add(f[2], kind)
            }
        } else if name.contains("people") {
            for (number, f) in try DataFile.rows(text, name: name, columns: 3...3) {
                var roles: [PersonRole] = []
                for item in UTF8Scanning.split(f[2], on: UInt8(ascii: ";")) where !item.isEmpty {
                    guard let role = PersonRole(item.drop(while: { $0 == " " })) else {
                        throw DataFileError(file: name, line: number, message: "bad role '\(item)': expected CODE:title@YYYY-MM-DD..YYYY-MM-DD")
                    }
                    roles.append(role)
                }
                let index = addPerson(Person(name: String(f[0]), roles: roles))
                add(f[0], .person(index))
                for variant in UTF8Scanning.split(f[1], on: UInt8(ascii: "|")) where !variant.isEmpty { add(variant, .person(index)) }
            }
        } else if name.contains("organisations") {
            for (_, f) in try DataFile.rows(text, name: name, columns: 3...3) {
                for variant in UTF8Scanning.split(f[2], on: UInt8(ascii: "|")) where !variant.isEmpty {
                    add(variant, .organisation(String(f[0]), kind: String(f[1])))
                }
            }
        } else if name.contains("agents") {
            for (_, f) in try DataFile.rows(text, name: name, columns: 3...3) {
                let title = f[1] == "-" ? nil : String(f[1])
                for word in UTF8Scanning.split(f[2], on: UInt8(ascii: "|")) where !word.isEmpty { add(word, .agent(String(f[0]), title: title)) }
            }
        } else {
            throw DataFileError(file: name, line: 0, message: "not an actor file kind (countries, people, organisations, agents)")
        }
    }

    mutating func add(_ name: Substring, _ kind: EntryKind) {
        let bytes = Array(name.utf8)
        var tokens: [Token] = []
        tokenizer.tokenize(bytes, ByteRange(start: 0, end: bytes.count), scalarStart: 0, into: &tokens)
        guard !tokens.isEmpty else { return }
        var node: Int32 = 0
        var written: [[UInt8]] = []
        for token in tokens {
            let word = Array(bytes[token.bytes.start..<token.bytes.end])
            written.append(word)
            let id = words.insert(word)
            if let next = children[Int(node)][id] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                ending.append([])
                children[Int(node)][id] = next
                if node == 0 {
                    if rootChildren.count <= Int(id) { rootChildren.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - rootChildren.count)) }
                    rootChildren[Int(id)] = next
                }
                node = next
            }
        }
        let index = Int32(entries.count)
        entries.append(Entry(kind: kind, tokens: written))
        ending[Int(node)].append(index)
    }

    /// Adds a person (dated roles) and returns its index.
    mutating func addPerson(_ person: Person) -> Int {
        let index = people.count
        people.append(person)
        for role in person.roles {
            guard let key = Self.countryKey(role.code), peopleByCountry[key]?.last != index else { continue }
            peopleByCountry[key, default: []].append(index)
        }
        return index
    }

    /// Sets the display name of an actor code, unless it has one.
    mutating func nameCode(_ code: String, _ name: String) {
        if countryNames[code] == nil { countryNames[code] = name }
    }

    /// An actor code with an agent code: a suffix ("COL" + "MIL"), or a prefix written with a
    /// trailing `~` (PETRARCH's `NGO~` + "ARN" → "NGOARN").
    static func compose(_ actor: String, _ agent: String) -> String {
        // "White House security officials": an actor that is already the agent (USAGOV + GOV) stays as it is.
        if agent.hasSuffix("~") { return actor.hasPrefix(agent.dropLast()) ? actor : String(agent.dropLast()) + actor }
        return actor.hasSuffix(agent) ? actor : actor + agent
    }

    /// The dictionary's word id of each token in `range` (-1 for a word no name has), read once per
    /// sentence so that a match tried at every token does not hash the same words again.
    func wordIDs(_ tokens: [Token], _ range: Range<Int>, bytes: [UInt8]) -> [Int32] {
        bytes.withUnsafeBufferPointer { buffer in
            range.map { i in
                let token = tokens[i]
                return words.find(UnsafeBufferPointer(rebasing: buffer[token.bytes.start..<token.bytes.end])) ?? -1
            }
        }
    }

    /// The longest dictionary name starting at token `start` (within `limit`), with the kinds it has.
    /// `ids` are ``wordIDs(_:_:bytes:)`` of the tokens from `base` on.
    func longestMatch(_ tokens: [Token], ids: [Int32], base: Int, at start: Int, limit: Int, bytes: [UInt8]) -> (end: Int, kinds: [EntryKind])? {
        var node: Int32 = 0
        var best: (Int, [EntryKind])?
        var i = start
        while i < limit {
            let id = ids[i - base]
            guard id >= 0, let next = child(of: node, id) else { break }
            node = next
            i += 1
            let kinds = ending[Int(node)].compactMap { e -> EntryKind? in
                casesAgree(Int(e), tokens, from: start, bytes) ? entries[Int(e)].kind : nil
            }
            if !kinds.isEmpty { best = (i, kinds) }
        }
        return best.map { (end: $0.0, kinds: $0.1) }
    }

    /// The trie node after `node` on word `id`: the root's children sit in an array by word id (every
    /// token is tried there), deeper ones in a dictionary.
    @inline(__always)
    private func child(of node: Int32, _ id: Int32) -> Int32? {
        if node == 0 {
            let next = Int(id) < rootChildren.count ? rootChildren[Int(id)] : -1
            return next >= 0 ? next : nil
        }
        return children[Int(node)][id]
    }

    /// A capitalised dictionary word needs a capitalised text word; an all-capitals one ("US") needs the same letters.
    /// (The entry is named by its index and read in place: a copy would retain its kind and words.)
    private func casesAgree(_ entry: Int, _ tokens: [Token], from start: Int, _ bytes: [UInt8]) -> Bool {
        for (offset, word) in entries[entry].tokens.enumerated() {
            guard let first = word.first else { continue }
            let token = tokens[start + offset]
            let text = bytes[token.bytes.start..<token.bytes.end]
            if UTF8Scanning.isUpper(first) {
                guard let t = text.first, UTF8Scanning.isUpper(t) || t >= 0x80 else { return false }
                // Counted in place (no filtered copy of the word).
                var letters = 0, allUpper = true
                for byte in word where UTF8Scanning.isASCIILetter(byte) {
                    letters += 1
                    if !UTF8Scanning.isUpper(byte) { allUpper = false }
                }
                if letters >= 2, allUpper, !text.elementsEqual(word) { return false }
            } else if first >= 0x80 {
                continue
            }
        }
        return true
    }

    /// A code's first three letters as one number, when they are ASCII (codes are; anything else is
    /// not indexed: an ASCII code never starts with a non-ASCII letter, and a non-ASCII query scans all).
    private static func countryKey(_ code: String) -> UInt32? {
        var key: UInt32 = 0, count = 0
        for byte in code.utf8.prefix(3) {
            guard byte < 0x80 else { return nil }
            key = key << 8 | UInt32(byte)
            count += 1
        }
        return count == 3 ? key : nil
    }

    /// The people holding an office with this code prefix (e.g. "COLGOV") and title on a period.
    func holders(code: String, title: String?, period: String?) -> [Int] {
        let days = Person.days(of: period)
        // A role code that starts with `code` shares its first three letters.
        let candidates = Self.countryKey(code).map { peopleByCountry[$0] ?? [] } ?? Array(people.indices)
        return candidates.filter { index in
            guard let role = people[index].role(during: days) else { return false }
            return role.code.hasPrefix(code) && (title == nil || role.title == title)
        }
    }
}
