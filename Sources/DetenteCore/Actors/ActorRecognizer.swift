/// The actors stage: finds actor mentions sentence by sentence (longest dictionary match),
/// composes country + agent ("Colombian troops" → COLMIL, "Colombia’s leader" → COLGOV), titles
/// + names ("Colombian President Gustavo Petro"), appositions and coordinated adjectives
/// ("Hungarian and Romanian officials"), codes people by the office they held on the date that
/// governs the mention, keeps unknown capitalised names as uncoded persons or organisations, and
/// then resolves pronouns and descriptions (`Coreference`).
public struct ActorRecognizer: Sendable {
    let dictionary: ActorDictionary
    let lexicon: Lexicon
    let coreference = Coreference()

    /// Words between a country and its agent that do not break the phrase ("Colombian top officials").
    /// (Static, as are the organisation cues: the recogniser is copied into closures, and each
    /// instance field is one more retain and release per copy.)
    private static let modifiers: Set<String> = [
        "top", "senior", "chief", "acting", "interim", "new", "former", "then", "deputy", "outgoing", "incoming",
        "elected", "ex", "then-president", "leftist", "rightist", "conservative", "liberal", "veteran", "longtime",
    ]
    private static let organisationCues: Set<String> = [
        "ministry", "party", "council", "bank", "corp", "corp.", "inc", "inc.", "association", "union", "front", "army",
        "agency", "committee", "court", "university", "institute", "group", "movement", "organization", "organisation",
        "company", "times", "post", "news", "network", "foundation", "commission", "forces", "cartel", "clan",
    ]

    init(dictionary: ActorDictionary, lexicon: Lexicon) {
        self.dictionary = dictionary
        self.lexicon = lexicon
    }

    public func tag(_ document: Document) -> Document {
        var document = document
        let dater = EventDater(document: document)
        var mentions: [ActorMention] = []
        // Tokens inside time expressions ("May", "Friday") are never actors.
        var timeTokens = [Bool](repeating: false, count: document.tokens.count)
        for time in document.times { for t in time.tokens where t < timeTokens.count { timeTokens[t] = true } }
        for (index, sentence) in document.sentences.enumerated() {
            mentions.append(contentsOf: recognise(sentence, index, document, dater, timeTokens))
        }
        document.actors = coreference.resolve(mentions, in: document, dictionary: dictionary, dater: dater)
        return document
    }

    // MARK: - One sentence

    private struct Piece {
        var range: Range<Int>
        var kinds: [ActorDictionary.EntryKind]
        var country: String? {
            for kind in kinds {
                switch kind {
                case .countryName(let c), .adjective(let c), .capital(let c): return c
                default: continue
                }
            }
            return nil
        }
        var agent: (code: String, title: String?)? {
            for kind in kinds { if case .agent(let code, let title) = kind { return (code, title) } }
            return nil
        }
        var person: Int? {
            for kind in kinds { if case .person(let p) = kind { return p } }
            return nil
        }
    }

    private func recognise(_ sentence: Sentence, _ index: Int, _ document: Document, _ dater: EventDater, _ timeTokens: [Bool]) -> [ActorMention] {
        let tokens = document.tokens, bytes = document.utf8
        var pieces: [Piece] = []
        let ids = dictionary.wordIDs(tokens, sentence.tokens, bytes: bytes), base = sentence.tokens.lowerBound
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            if !timeTokens[i], let match = dictionary.longestMatch(tokens, ids: ids, base: base, at: i, limit: sentence.tokens.upperBound, bytes: bytes) {
                // "President Xi Jinping": a title-and-surname variant ("President Xi") must not cut a longer
                // name that starts inside it ("Xi Jinping").
                var split: Int?
                for j in (i + 1)..<match.end {
                    if let inner = dictionary.longestMatch(tokens, ids: ids, base: base, at: j, limit: sentence.tokens.upperBound, bytes: bytes), inner.end > match.end {
                        split = j
                        break
                    }
                }
                if let split, let head = dictionary.longestMatch(tokens, ids: ids, base: base, at: i, limit: split, bytes: bytes) {
                    pieces.append(Piece(range: i..<head.end, kinds: head.kinds))
                    i = head.end
                    continue
                } else if split != nil {
                    i = split ?? i + 1
                    continue
                }
                pieces.append(Piece(range: i..<match.end, kinds: match.kinds))
                i = match.end
            } else {
                i += 1
            }
        }
        var mentions: [ActorMention] = []
        var k = 0
        while k < pieces.count {
            let piece = pieces[k]
            // Coordinated adjectives before one agent: "Hungarian and Romanian officials".
            if piece.country != nil, k + 2 < pieces.count, pieces[k + 1].country != nil, let agent = pieces[k + 2].agent,
               isCoordinator(tokens, piece.range.upperBound, bytes), pieces[k + 1].range.lowerBound == piece.range.upperBound + 1,
               gapOK(tokens, pieces[k + 1].range.upperBound, pieces[k + 2].range.lowerBound, bytes) {
                for p in [piece, pieces[k + 1]] {
                    let code = p.country.map { ActorDictionary.compose($0, agent.code) } ?? agent.code
                    let label = document.text(tokens: p.range) + " " + document.text(tokens: pieces[k + 2].range)
                    var mention = make(p.range, index, .agent, code, label, document, head: pieces[k + 2].range.upperBound - 1)
                    mention.agent = agent.code
                    mention.title = agent.title
                    mentions.append(mention)
                }
                k += 3
                continue
            }
            var start = piece.range.lowerBound
            var end = piece.range.upperBound
            let country = piece.person == nil && piece.agent == nil ? piece.country : nil
            var agent = piece.person == nil ? piece.agent : nil
            var person = piece.person
            var used = 1
            // country → agent → person, each adjacent (modifiers and possessives may come between).
            // A person's name as modifier of an agent: "the Trump administration" → the person's country + agent.
            if let p = person, k + 1 < pieces.count, let a = pieces[k + 1].agent, pieces[k + 1].range.lowerBound == end,
               let country = dictionary.people[p].roles.first.map({ String($0.code.prefix(3)) }) {
                if start > sentence.tokens.lowerBound, isWord(tokens, start - 1, bytes, ["the"]) { start -= 1 }
                var mention = make(start..<pieces[k + 1].range.upperBound, index, .agent, ActorDictionary.compose(country, a.code),
                                   document.text(tokens: start..<pieces[k + 1].range.upperBound), document, head: pieces[k + 1].range.upperBound - 1)
                mention.agent = a.code
                mentions.append(mention)
                k += 2
                continue
            }
            // "an MSF Arnor diplomat": a prefix agent, the actor and its agent → NGOARNGOV.
            if person == nil, country == nil, let a = agent, a.code.hasSuffix("~"), k + 2 < pieces.count, let c = pieces[k + 1].country,
               pieces[k + 1].person == nil, pieces[k + 1].agent == nil, pieces[k + 1].range.lowerBound == end,
               let inner = pieces[k + 2].agent, !inner.code.hasSuffix("~"), pieces[k + 2].range.lowerBound == pieces[k + 1].range.upperBound {
                let range = start..<pieces[k + 2].range.upperBound
                var mention = make(range, index, .agent, ActorDictionary.compose(ActorDictionary.compose(c, inner.code), a.code),
                                   text(tokens, range, bytes), document, head: range.upperBound - 1)
                mention.agent = inner.code
                mention.title = inner.title
                mentions.append(mention)
                k += 3
                continue
            }
            // "Lawmakers and officials in Fornost and Gondor": the first of two coordinated agents is also of
            // the actors after the second (one mention standing for each, as a PETRARCH "[A/B]" code).
            if person == nil, country == nil, let a = agent, k + 2 < pieces.count, let second = pieces[k + 1].agent, !second.code.hasSuffix("~"),
               !a.code.hasSuffix("~"), pieces[k + 1].country == nil, pieces[k + 1].person == nil,
               pieces[k + 1].range.lowerBound == end + 1, isCoordinator(tokens, end, bytes) {
                let countries = actorsAfter(agentEnd: pieces[k + 1].range.upperBound, pieces, from: k + 2, tokens, bytes)
                if !countries.isEmpty {
                    var mention = make(start..<end, index, .agent, countries.map { ActorDictionary.compose($0, a.code) }.joined(separator: "/"),
                                       text(tokens, start..<end, bytes), document, head: end - 1)
                    mention.agent = a.code
                    mention.title = a.title
                    mentions.append(mention)
                    k += 1
                    continue
                }
            }
            // "soldiers from Gondor", "the government of Gondor", "lawmakers in Fornost": an agent of the actor after it.
            if person == nil, country == nil, let a = agent, k + 1 < pieces.count, let c = pieces[k + 1].country,
               pieces[k + 1].person == nil, pieces[k + 1].agent == nil {
                let gap = end..<pieces[k + 1].range.lowerBound
                // "President Romendacil" with the name an actor's: the agent of that actor.
                if gap.isEmpty || gap.count == 1 || gap.count == 2 && isWord(tokens, gap.lowerBound + 1, bytes, ["the"]),
                   gap.isEmpty || isWord(tokens, gap.lowerBound, bytes, ["of", "from", "in"]) {
                    // "Former security officials in White House": CAMEO's elites (ELI) for former office holders.
                    let former = start > sentence.tokens.lowerBound && isWord(tokens, start - 1, bytes, ["former"])
                    var mention = make(start..<pieces[k + 1].range.upperBound, index, .agent, ActorDictionary.compose(c, former ? Self.elites : a.code),
                                       text(tokens, start..<pieces[k + 1].range.upperBound, bytes), document, head: end - 1)
                    mention.agent = a.code
                    mention.title = a.title
                    mentions.append(mention)
                    k += 2
                    // "the ambassadors of Arnor, Osgiliath and Gondor": the agent of each coordinated actor.
                    var last = mention.tokens.upperBound
                    while k < pieces.count, let c = pieces[k].country, pieces[k].person == nil, pieces[k].agent == nil,
                          isCoordination(tokens, last..<pieces[k].range.lowerBound, bytes) {
                        var next = make(pieces[k].range, index, .agent, ActorDictionary.compose(c, a.code),
                                        text(tokens, pieces[k].range, bytes), document, head: pieces[k].range.upperBound - 1)
                        next.agent = a.code
                        next.title = a.title
                        mentions.append(next)
                        last = pieces[k].range.upperBound
                        k += 1
                    }
                    continue
                }
            }
            if person == nil, k + 1 < pieces.count,
               gapOK(tokens, end, pieces[k + 1].range.lowerBound, bytes) || coordinatedAdjectives(tokens, end..<pieces[k + 1].range.lowerBound) {
                let next = pieces[k + 1]
                // "Ithilen's minister Calimehtar": the possessor's office holder, whatever actor the name is listed under.
                let possessor = country != nil && (end..<next.range.lowerBound).contains { tokens[$0].tag == .possessiveEnding }
                if country != nil || agent != nil, let p = next.person {
                    person = p
                    end = next.range.upperBound
                    used = 2
                } else if country != nil, let a = next.agent {
                    agent = a
                    end = next.range.upperBound
                    used = 2
                    if k + 2 < pieces.count, let p = pieces[k + 2].person, gapOK(tokens, end, pieces[k + 2].range.lowerBound, bytes) {
                        person = p
                        end = pieces[k + 2].range.upperBound
                        used = 3
                    } else if k + 2 < pieces.count, pieces[k + 2].range.lowerBound == end, pieces[k + 2].country == country || possessor && pieces[k + 2].country != nil,
                              pieces[k + 2].person == nil, pieces[k + 2].agent == nil {
                        // "Bree Prime Minister Romendacil" with the name an entry of the same actor (PETRARCH synonyms).
                        end = pieces[k + 2].range.upperBound
                        used = 3
                    }
                }
            }
            // "the two presidents", "both leaders": the count belongs to the mention (coreference reads it).
            if agent != nil, person == nil, start > sentence.tokens.lowerBound, isWord(tokens, start - 1, bytes, ["two", "three", "both"]) { start -= 1 }
            if start > sentence.tokens.lowerBound, isWord(tokens, start - 1, bytes, ["the"]) { start -= 1 }
            let head = end - 1
            if person != nil || agent != nil, start > sentence.tokens.lowerBound,
               isWord(tokens, start - 1, bytes, ["former", "ex", "then"]) || lowerText(tokens, start - 1, bytes).hasPrefix("ex-") {
                start -= 1
            }
            if let person {
                let date = dater.date(sentence: index, token: head)?.value
                let former = (start..<end).contains { isWord(tokens, $0, bytes, ["former", "ex"]) || text(tokens, $0, bytes).hasPrefix("ex-") }
                let then = (start..<end).contains { text(tokens, $0, bytes).hasPrefix("then-") }
                let code = personCode(person, date: date, title: agent?.title ?? titleInside(tokens, start..<end, bytes), former: former, then: then)
                mentions.append(make(start..<end, index, .person, code, dictionary.people[person].name, document, person: person, head: head))
            } else if let agent {
                // "Arnor former security officials", "former Gondor prosecutors": a former office holder of an actor is one of its elites (ELI).
                let former = country != nil && !agent.code.hasSuffix("~") && (start..<end).contains { isWord(tokens, $0, bytes, ["former"]) }
                var mention = make(start..<end, index, .agent, country.map { ActorDictionary.compose($0, former ? Self.elites : agent.code) },
                                   text(tokens, start..<end, bytes), document, head: head)
                mention.agent = agent.code
                mention.title = agent.title
                mentions.append(mention)
                // "Danish media and government": the country of the first of two coordinated agents is the second's too.
                if let country, k + used < pieces.count, let second = pieces[k + used].agent, !second.code.hasSuffix("~"),
                   pieces[k + used].country == nil, pieces[k + used].person == nil,
                   pieces[k + used].range.lowerBound == end + 1, isCoordinator(tokens, end, bytes) {
                    let r = pieces[k + used].range
                    var next = make(r, index, .agent, ActorDictionary.compose(country, second.code), text(tokens, r, bytes), document, head: r.upperBound - 1)
                    next.agent = second.code
                    next.title = second.title
                    mentions.append(next)
                    used += 1
                }
            } else if isBareAdjective(piece, end, tokens) {
                // "joked in Spanish": an adjective with no noun after it is not an actor.
            } else {
                mentions.append(single(piece, start..<end, index, document, head: head))
            }
            k += used
        }
        mentions.append(contentsOf: unknownNames(sentence, index, document, covered: mentions, timeTokens: timeTokens))
        // Mentions are mostly found in order already; the (stable) sort would leave them as they are.
        if zip(mentions, mentions.dropFirst()).allSatisfy({ $0.tokens.lowerBound <= $1.tokens.lowerBound }) { return mentions }
        return mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func isBareAdjective(_ piece: Piece, _ end: Int, _ tokens: [Token]) -> Bool {
        let onlyAdjective = piece.kinds.allSatisfy { if case .adjective = $0 { return true } else { return false } }
        guard onlyAdjective else { return false }
        return end >= tokens.count || !(tokens[end].tag.isNoun || tokens[end].tag.isAdjective)
    }

    private func single(_ piece: Piece, _ range: Range<Int>, _ index: Int, _ document: Document, head: Int) -> ActorMention {
        var order: [ActorDictionary.EntryKind] = piece.kinds
        func rank(_ kind: ActorDictionary.EntryKind) -> Int {
            switch kind {
            case .seat: return 0
            case .organisation: return 1
            case .countryName: return 2
            case .capital: return 3
            case .demonym: return 4
            case .adjective: return 5
            default: return 6
            }
        }
        order.sort { rank($0) < rank($1) }
        let text = document.text(tokens: range)
        switch order.first {
        case .seat(let code)?: return make(range, index, .organisation, code, text, document, head: head)
        case .organisation(let code, _)?: return make(range, index, .organisation, code, text, document, head: head)
        case .countryName(let code)?, .capital(let code)?, .demonym(let code)?, .adjective(let code)?:
            return make(range, index, .country, code, dictionary.countryNames[code] ?? text, document, head: head)
        default: return make(range, index, .agent, nil, text, document, head: head)
        }
    }

    /// The person's code on the mention's date; a title ("then-president", "President X") asserts that office,
    /// "former" makes the person an elite (ELI).
    private func personCode(_ person: Int, date: String?, title: String?, former: Bool, then: Bool) -> String? {
        let p = dictionary.people[person]
        guard let code = p.code(for: date) else { return nil }
        if former, let country = p.roles.first?.code.prefix(3) { return country + "ELI" }
        if then {
            if let role = p.roles.last(where: { title == nil || $0.title == title }) ?? p.roles.last { return role.code }
        }
        return code
    }

    private func titleInside(_ tokens: [Token], _ range: Range<Int>, _ bytes: [UInt8]) -> String? {
        for i in range {
            let t = lowerText(tokens, i, bytes)
            if t.hasPrefix("then-") { return String(t.dropFirst(5)) }
        }
        return nil
    }

    /// Capitalised runs no dictionary knows: persons, or organisations when a cue word says so.
    private func unknownNames(_ sentence: Sentence, _ index: Int, _ document: Document, covered: [ActorMention], timeTokens: [Bool]) -> [ActorMention] {
        let tokens = document.tokens, bytes = document.utf8
        // Tokens of the sentence that are already in a mention.
        let base = sentence.tokens.lowerBound
        var taken = [Bool](repeating: false, count: sentence.tokens.count)
        for m in covered { for t in m.tokens where sentence.tokens.contains(t) { taken[t - base] = true } }
        var found: [ActorMention] = []
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            guard tokens[i].tag.isProperNoun, !taken[i - base], !timeTokens[i] else { i += 1; continue }
            var j = i
            while j < sentence.tokens.upperBound, tokens[j].tag.isProperNoun, !taken[j - base], !timeTokens[j] { j += 1 }
            let words = (i..<j).map { lowerText(tokens, $0, bytes) }
            // A lone capitalised common word ("Art", "Pacific", "English") is not a name.
            if j == i + 1, lexicon.lemma(of: words[0]) != nil { i = j; continue }
            let organisation = words.contains { Self.organisationCues.contains($0) } || words.count == 1 && words[0].count <= 5 && text(tokens, i, bytes).allSatisfy { $0.isUppercase || $0 == "." }
            found.append(make(i..<j, index, organisation ? .organisation : .person, nil, document.text(tokens: i..<j), document, head: j - 1))
            i = j
        }
        return found
    }

    // MARK: - Helpers

    private func make(_ range: Range<Int>, _ sentence: Int, _ kind: ActorMention.Kind, _ code: String?, _ name: String,
                      _ document: Document, person: Int? = nil, head: Int) -> ActorMention {
        let first = document.tokens[range.lowerBound], last = document.tokens[range.upperBound - 1]
        return ActorMention(span: TextSpan(start: first.span.start, end: last.span.end),
                            bytes: ByteRange(start: first.bytes.start, end: last.bytes.end),
                            tokens: range, sentence: sentence, kind: kind, code: code, name: name, person: person, head: head)
    }

    /// Only possessives, modifiers, adjectives and titles between two pieces.
    /// CAMEO's agent code for elites: former government officials and other prominent people.
    static let elites = "ELI"

    /// The countries an agent ending at `agentEnd` is of: "in Fornost and Gondor", "of Arnor, Osgiliath and Gondor".
    private func actorsAfter(agentEnd: Int, _ pieces: [Piece], from k: Int, _ tokens: [Token], _ bytes: [UInt8]) -> [String] {
        guard k < pieces.count, let first = pieces[k].country, pieces[k].person == nil, pieces[k].agent == nil else { return [] }
        let gap = agentEnd..<pieces[k].range.lowerBound
        guard gap.count == 1 || gap.count == 2 && isWord(tokens, gap.lowerBound + 1, bytes, ["the"]),
              isWord(tokens, gap.lowerBound, bytes, ["of", "from", "in"]) else { return [] }
        var countries = [first]
        var last = pieces[k].range.upperBound
        var j = k + 1
        while j < pieces.count, let c = pieces[j].country, pieces[j].person == nil, pieces[j].agent == nil,
              isCoordination(tokens, last..<pieces[j].range.lowerBound, bytes) {
            countries.append(c)
            last = pieces[j].range.upperBound
            j += 1
        }
        return countries
    }

    /// "Ithilen's awful and evil minister": a possessive and adjectives coordinated between them.
    private func coordinatedAdjectives(_ tokens: [Token], _ gap: Range<Int>) -> Bool {
        guard gap.count >= 3, gap.count <= 5 else { return false }
        return gap.allSatisfy { i in
            let tag = tokens[i].tag
            if tag == .possessiveEnding || tag.isAdjective { return true }
            return tag == .coordinator && i > gap.lowerBound && i + 1 < gap.upperBound && tokens[i - 1].tag.isAdjective && tokens[i + 1].tag.isAdjective
        }
    }

    private func gapOK(_ tokens: [Token], _ from: Int, _ to: Int, _ bytes: [UInt8]) -> Bool {
        guard to >= from, to - from <= 3 else { return false }
        for i in from..<to {
            let tag = tokens[i].tag
            if tag == .possessiveEnding || tag.isAdjective || Self.modifiers.contains(lowerText(tokens, i, bytes)) { continue }
            return false
        }
        return true
    }

    /// ", ", "and", ", and", "or" between two coordinated names.
    private func isCoordination(_ tokens: [Token], _ gap: Range<Int>, _ bytes: [UInt8]) -> Bool {
        switch gap.count {
        case 1: return isWord(tokens, gap.lowerBound, bytes, [",", "and", "or"])
        case 2: return isWord(tokens, gap.lowerBound, bytes, [","]) && isCoordinator(tokens, gap.lowerBound + 1, bytes)
        default: return false
        }
    }

    private func isCoordinator(_ tokens: [Token], _ i: Int, _ bytes: [UInt8]) -> Bool {
        i < tokens.count && (isWord(tokens, i, bytes, ["and", "or"]))
    }

    /// Whether the token, lower-cased, is one of `words`. An ASCII token is compared byte by byte
    /// with the ASCII words (the same answer as `String ==`, without building a string); anything
    /// else is compared as strings.
    private func isWord(_ tokens: [Token], _ i: Int, _ bytes: [UInt8], _ words: [String]) -> Bool {
        guard i >= 0 && i < tokens.count else { return false }
        let text = bytes[tokens[i].bytes.start..<tokens[i].bytes.end]
        guard !text.contains(where: { $0 >= 0x80 }) else { return words.contains(lowerText(tokens, i, bytes)) }
        var lowered: String?
        for word in words {
            if word.utf8.contains(where: { $0 >= 0x80 }) {
                // A non-ASCII word can equal ASCII text by canonical equivalence (KELVIN SIGN, "K").
                let l = lowered ?? lowerText(tokens, i, bytes)
                lowered = l
                if l == word { return true }
            } else if word.utf8.count == text.count {
                var k = text.startIndex, equal = true
                for byte in word.utf8 {
                    if UTF8Scanning.lower(text[k]) != byte { equal = false; break }
                    k += 1
                }
                if equal { return true }
            }
        }
        return false
    }

    private func lowerText(_ tokens: [Token], _ i: Int, _ bytes: [UInt8]) -> String {
        UTF8Scanning.lowercasedString(bytes[tokens[i].bytes.start..<tokens[i].bytes.end])
    }

    private func text(_ tokens: [Token], _ i: Int, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[tokens[i].bytes.start..<tokens[i].bytes.end], as: UTF8.self)
    }

    private func text(_ tokens: [Token], _ range: Range<Int>, _ bytes: [UInt8]) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(decoding: bytes[tokens[first].bytes.start..<tokens[last].bytes.end], as: UTF8.self)
    }
}
