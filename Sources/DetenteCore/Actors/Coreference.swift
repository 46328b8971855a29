/// Resolves pronouns (he, him, his, she, her) and descriptions ("the Colombian president",
/// "Colombia’s leader, Gustavo Petro,", "the two presidents") to the people they stand for:
/// an apposition names its person; a pronoun takes the subject of its own sentence when one
/// precedes it, else the first person of the nearest earlier sentence; a description takes the
/// latest person whose office fits (country and title), else the dictionary's holder of that
/// office on the date.
struct Coreference: Sendable {
    private static let pronouns: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
    /// Pronouns that stand for a country or an organisation ("Canada said it would …", "its airspace").
    private static let thingPronouns: Set<String> = ["it", "its", "itself"]
    private static let counts: [String: Int] = ["two": 2, "both": 2, "three": 3]

    func resolve(_ found: [ActorMention], in document: Document, dictionary: ActorDictionary, dater: EventDater) -> [ActorMention] {
        var mentions = found
        // Pronoun placeholders, merged in text order.
        var taken = [Bool](repeating: false, count: document.tokens.count)
        for m in found { for t in m.tokens where t < taken.count { taken[t] = true } }
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens where !taken[t] {
                let token = document.tokens[t]
                guard token.tag == .personalPronoun || token.tag == .possessivePronoun else { continue }
                let word = document.lowercasedText(of: token)
                guard Self.pronouns.contains(word) || Self.thingPronouns.contains(word) else { continue }
                mentions.append(ActorMention(span: token.span, bytes: token.bytes, tokens: t..<(t + 1), sentence: s, kind: .person,
                                             code: nil, name: document.text(of: token), head: t))
            }
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }

        for i in mentions.indices {
            let m = mentions[i]
            if m.kind == .person, m.person == nil, m.code == nil, m.tokens.count == 1,
               Self.pronouns.contains(document.lowercasedText(of: document.tokens[m.head])) {
                if let a = pronounAntecedent(i, mentions, document) { link(&mentions, i, to: [a]) }
                continue
            }
            if m.kind == .person, m.person == nil, m.code == nil, m.tokens.count == 1,
               Self.thingPronouns.contains(document.lowercasedText(of: document.tokens[m.head])) {
                if let a = thingAntecedent(i, mentions, document) { link(&mentions, i, to: [a]) }
                continue
            }
            guard m.kind == .agent, m.title != nil else { continue }
            // Apposition: "Colombia’s leader, Gustavo Petro,".
            if i + 1 < mentions.count, mentions[i + 1].kind == .person, mentions[i + 1].person != nil,
               mentions[i + 1].sentence == m.sentence, mentions[i + 1].tokens.lowerBound == m.tokens.upperBound + 1,
               document.tokens[m.tokens.upperBound].tag == .comma {
                link(&mentions, i, to: [i + 1])
                continue
            }
            let number = m.tokens.compactMap { Self.counts[document.lowercasedText(of: document.tokens[$0])] }.first
            if let number {
                let people = recentPeople(before: i, mentions, limit: number, document: document)
                if people.count == number { mentions[i].refersTo = people; mentions[i].kind = .person }
                continue
            }
            // A plural description without a count ("foreign leaders") stands for no one in particular.
            if document.tokens[m.head].tag == .pluralNoun || document.tokens[m.head].tag == .pluralProperNoun { continue }
            let period = dater.date(sentence: m.sentence, token: m.head)?.value
            let country = m.code.map { String($0.prefix(3)) }
            if let a = describedAntecedent(i, mentions, country: country, title: m.title, period: period, dictionary: dictionary) {
                link(&mentions, i, to: [a])
            } else if let country, ["president", "prime minister", "leader", "head of state"].contains(m.title ?? "") {
                let holders = dictionary.holders(code: country + "GOV", title: m.title == "leader" ? nil : m.title, period: period)
                let head = holders.first { dictionary.people[$0].role(for: period)?.title == "president" } ?? holders.first
                if let head {
                    mentions[i].person = head
                    mentions[i].kind = .person
                    mentions[i].code = dictionary.people[head].code(for: period)
                    mentions[i].name = dictionary.people[head].name
                }
            }
        }
        return mentions
    }

    private func link(_ mentions: inout [ActorMention], _ i: Int, to targets: [Int]) {
        mentions[i].refersTo = targets
        if targets.count == 1 {
            let t = mentions[targets[0]]
            let target = t.refersTo.count == 1 ? mentions[t.refersTo[0]] : t
            mentions[i].code = target.code
            mentions[i].person = target.person
            mentions[i].name = target.name
            mentions[i].kind = target.kind
            if t.refersTo.count == 1 { mentions[i].refersTo = t.refersTo }
        }
    }

    /// A mention that stands for one person (a name, or something already resolved to one).
    private func isPerson(_ m: ActorMention) -> Bool { m.kind == .person && (m.person != nil || m.code != nil) }

    private func pronounAntecedent(_ i: Int, _ mentions: [ActorMention], _ document: Document) -> Int? {
        let m = mentions[i]
        let word = document.lowercasedText(of: document.tokens[m.head])
        let before = mentions.indexRange(ofSentence: m.sentence).filter { $0 < i && isPerson(mentions[$0]) }
        if word == "him" || word == "her" {
            // An object pronoun is not its own clause's subject ("Trump described Petro …, calling him").
            let clause = document.sentences[m.sentence].clauses.first { $0.tokens.contains(m.head) }?.tokens
            let subject = before.first { j in clause.map { $0.contains(mentions[j].head) } ?? false }
            if let nearest = before.last(where: { $0 != subject && mentions[$0].name != subject.map { mentions[$0].name } }) { return nearest }
        } else if let first = before.first {
            // The first person of the same sentence, when it precedes the pronoun.
            return first
        }
        // Else the first person of the nearest earlier sentence (three at most).
        var s = m.sentence - 1
        while s >= 0, s >= m.sentence - 3 {
            if let first = mentions.indexRange(ofSentence: s).first(where: { isPerson(mentions[$0]) }) { return first }
            s -= 1
        }
        return nil
    }

    /// "it"/"its": the first country or organisation of its sentence before it (the clause subject
    /// in news prose: "Poland shot down drones that entered its airspace"), else the first one of
    /// the previous sentence.
    private func thingAntecedent(_ i: Int, _ mentions: [ActorMention], _ document: Document) -> Int? {
        let m = mentions[i]
        func isThing(_ j: Int) -> Bool {
            let c = mentions[j]
            return (c.kind == .country || c.kind == .organisation) && c.code != nil && c.refersTo.isEmpty
                && !(document.tokens[c.head].tag == .adjective)
        }
        if let first = mentions.indexRange(ofSentence: m.sentence).first(where: { $0 < i && isThing($0) }) { return first }
        if m.sentence > 0, let first = mentions.indexRange(ofSentence: m.sentence - 1).first(where: { isThing($0) }) { return first }
        return nil
    }

    private func describedAntecedent(_ i: Int, _ mentions: [ActorMention], country: String?, title: String?, period: String?,
                                     dictionary: ActorDictionary) -> Int? {
        let days = Person.days(of: period)
        var j = i - 1
        // Eight sentences back, and 60 mentions at most (a list of names is not searched whole for each description).
        while j >= 0, j >= i - 60, mentions[i].sentence - mentions[j].sentence <= 8 {
            let candidate = mentions[j]
            if let p = candidate.person, candidate.refersTo.isEmpty {
                let role = dictionary.people[p].role(during: days)
                let code = candidate.code ?? ""
                let countryFits = country.map { code.hasPrefix($0) } ?? true
                let titleFits = title == nil || title == "leader" || title == "official" || role?.title == title
                if countryFits, titleFits, code.hasSuffix("GOV") || country == nil { return j }
            }
            j -= 1
        }
        return nil
    }

    /// The latest distinct people (by dictionary person or name) before mention i.
    private func recentPeople(before i: Int, _ mentions: [ActorMention], limit: Int, document: Document) -> [Int] {
        var seen = Set<String>()
        var result: [Int] = []
        var j = i - 1
        while j >= 0, result.count < limit {
            let m = mentions[j]
            if m.kind == .person, m.person != nil, m.refersTo.isEmpty, seen.insert(m.name).inserted { result.append(j) }
            j -= 1
        }
        return result.reversed()
    }
}
