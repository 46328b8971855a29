extension ActorDictionary {
    /// An empty dictionary using the built-in tokenizer rules (for PETRARCH actors alone).
    static func empty(like other: ActorDictionary) -> ActorDictionary {
        ActorDictionary(tokenizer: other.tokenizerForLoading)
    }

    /// Adds PETRARCH actors: an entry with dated roles becomes a person coded by date (an undated
    /// role is the default), any other an actor whose code agents compose with ("Gondor's
    /// government" → GONGOV).
    mutating func add(_ petrarch: PetrarchActorDictionary) {
        for entry in petrarch.entries {
            let names = entry.names.map(Self.petrarchCase)
            if entry.isDated {
                // The default first, so that a dated role wins a tie; dated roles in reverse, so that of two
                // overlapping ones the first listed wins (PETRARCH reads them in order).
                let roles = entry.roles.filter { $0.from == nil && $0.to == nil } + entry.roles.filter { $0.from != nil || $0.to != nil }.reversed()
                let index = addPerson(Person(name: names[0], roles: roles))
                for name in names { add(Substring(name), .person(index)) }
            } else {
                guard let code = entry.roles.last?.code else { continue }
                nameCode(code, names[0])
                for name in names { add(Substring(name), .countryName(code)) }
            }
        }
    }

    /// Adds PETRARCH agents (any case; a prefix code keeps its `~`).
    mutating func add(_ agents: PetrarchAgents) {
        for agent in agents.agents {
            for name in agent.names { add(Substring(name), .agent(agent.dictionaryCode, title: nil)) }
        }
    }

    /// PETRARCH names are upper case; text names are capitalised: "the shire" → "the Shire", so
    /// that a capitalised word needs a capitalised word in the text and "the" any case.
    static func petrarchCase(_ name: String) -> String {
        var bytes = Array(name.utf8)
        var wordStart = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: " ") {
            defer { wordStart = i + 1 }
            guard wordStart < i else { continue }
            let first = bytes[wordStart]
            guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else {
                // A word starting with a non-ASCII letter: capitalise it by Unicode's rules.
                if first >= 0x80 { return petrarchCaseByCharacters(name) }
                continue
            }
            if lowerWords.contains(bytes[wordStart..<i]) { continue }
            bytes[wordStart] = first - 32
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let lowerWords: Set<ArraySlice<UInt8>> = Set(
        ["the", "of", "and", "for", "de", "del", "la", "le", "el", "al", "du", "des", "da", "in", "on", "at", "to"].map { ArraySlice($0.utf8) })

    private static func petrarchCaseByCharacters(_ name: String) -> String {
        let lower: Set<Substring> = ["the", "of", "and", "for", "de", "del", "la", "le", "el", "al", "du", "des", "da", "in", "on", "at", "to"]
        return name.split(separator: " ").map { word -> String in
            if lower.contains(word) { return String(word) }
            guard let first = word.first else { return String(word) }
            return first.uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
