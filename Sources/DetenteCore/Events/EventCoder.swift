/// The events stage: turns each verb group into CAMEO events. The verb's lemma, particle and
/// object select a pattern (`VerbPatterns`); the subject is the source, the direct object or a
/// listed preposition's object the target; passives swap roles; compound subjects give one event
/// per pair; negated verbs code nothing; modal and planned acts become intents (03x / 13x);
/// "threatened to impose tariffs" is coded once, on the control verb, with the infinitive's object.
public struct EventCoder: Sendable {
    let patterns: VerbPatterns
    let codebook: Codebook
    let lexicon: Lexicon
    let people: [Person]
    let speechVerbs: SpeechVerbs
    /// Also emit events that have a source but no target.
    public var monadic = false
    /// Whose conventions to code by.
    public var rules: CodingRules = .detente
    /// Sentences (and stories) not to code: PETRARCH discard phrases.
    public var discards = PetrarchDiscards()
    /// PETRARCH's comma-clause limits (under PETRARCH rules; nil: no clause is dropped).
    public var commaLimits: PetrarchCommaLimits?

    /// Détente's own conventions, or PETRARCH's: the dictionary's codes as written (no intents, no
    /// implicit targets), `[A:P]` codes giving the reverse event too.
    public enum CodingRules: Sendable, Hashable {
        case detente
        case petrarch
    }

    /// Where an untyped pattern looks for a prepositional target; "in" and "over" name places and topics.
    private var defaultPrepositions: [String] {
        rules == .petrarch ? ["with", "to", "against", "on", "into", "at", "from", "toward", "towards", "upon", "between", "about", "of", "in", "for", "over", "by", "that"]
            : ["with", "to", "against", "on", "into", "at", "from", "toward", "towards", "upon"]
    }
    private let intentVerbs: Set<String> = ["plan", "intend", "want", "aim", "seek", "hope", "expect", "prepare", "consider", "propose", "offer"]
    private let denialVerbs: Set<String> = ["deny", "refute", "dismiss", "reject", "doubt", "question"]
    /// "agreed to slash tariffs": the agreed act is coded when it names its own target.
    private let commitmentVerbs: Set<String> = ["agree", "decide", "vote", "consent", "move"]
    /// "prompting Mexico to suspend relations": the object of a causative verb acts in the infinitive.
    private let causativeVerbs: Set<String> = ["prompt", "force", "lead", "cause", "push", "compel", "drive", "spur", "provoke", "trigger", "oblige", "pressure"]
    private let modalIntent: Set<String> = ["will", "would", "shall", "could", "may", "might", "should"]

    init(patterns: VerbPatterns, codebook: Codebook, lexicon: Lexicon, people: [Person], speechVerbs: SpeechVerbs = SpeechVerbs()) {
        self.patterns = patterns
        self.speechVerbs = speechVerbs
        self.codebook = codebook
        self.lexicon = lexicon
        self.people = people
    }

    public func code(_ document: Document) -> Document {
        var document = document
        let dater = EventDater(document: document)
        var events: [Event] = []
        /// The sentence's mentions (actors are in text order); PETRARCH codes no possessive pronoun nor uncoded name.
        func mentions(_ s: Int) -> [Int] {
            let range = document.actors.indexRange(ofSentence: s)
            guard rules == .petrarch else { return Array(range) }
            return range.filter { !(Self.isPronoun(document.actors[$0], document) || Self.isUncoded(document.actors[$0])) }
        }
        if !discards.isEmpty {
            let words = document.sentences.map { s in s.tokens.map { document.lowercasedText(of: document.tokens[$0]) } }
            if PetrarchDiscards.contains(words.flatMap { $0 }, any: discards.storyPhrases) { return document }
            var kept = document
            kept.events = []
            for (s, sentence) in document.sentences.enumerated() where !PetrarchDiscards.contains(words[s], any: discards.sentencePhrases) {
                events.append(contentsOf: code(context(document, sentence, s, mentions(s)), dater))
            }
            kept.events = events
            return kept
        }
        for (s, sentence) in document.sentences.enumerated() {
            events.append(contentsOf: code(context(document, sentence, s, mentions(s)), dater))
        }
        document.events = events
        return document
    }

    /// The sentence as coded: under PETRARCH rules without a terminal comma clause within the limits.
    private func context(_ document: Document, _ sentence: Sentence, _ s: Int, _ mentions: [Int]) -> SentenceContext {
        var sentence = sentence
        var mentions = mentions
        if rules == .petrarch, let limits = commaLimits {
            let (kept, dropped) = limits.pruned(sentence, tokens: document.tokens)
            sentence = kept
            mentions = mentions.filter { n in
                let r = document.actors[n].tokens
                return r.upperBound <= kept.tokens.upperBound && !dropped.contains { $0.overlaps(r) }
            }
        }
        return SentenceContext(document: document, sentence: sentence, index: s, mentions: mentions, lexicon: lexicon,
                               speechVerbs: speechVerbs, patterns: patterns, petrarch: rules == .petrarch)
    }

    // MARK: - One sentence

    private func code(_ c: SentenceContext, _ dater: EventDater) -> [Event] {
        var events: [Event] = []
        var seen = Set<String>()
        var lastSubject: [Participant] = []
        var mainSubject: [Participant] = []
        var consumed = Set<Int>()
        let groups = c.sentence.verbGroups
        var previousCount = 0
        for (gi, group) in groups.enumerated() {
            // PETRARCH: an adverbial clause inside a verb phrase that coded an event is part of that event, not one of its own.
            if rules == .petrarch, gi > 0, events.count > previousCount, let sub = c.subordinateClause(after: groups[gi - 1]) { consumed.insert(sub.group) }
            previousCount = events.count
            let previousEnd = gi > 0 ? groups[gi - 1].tokens.upperBound : c.sentence.tokens.lowerBound
            let inMain = c.isInMainClause(group)
            // "… and threatened sanctions", ", accusing his government": the previous verb's subject carries over;
            // a verb of the main clause continues the main clause's subject, past any "if …" or "after …" clause.
            var subject: [Participant] = []
            if c.sharesSubject(group, previousEnd: previousEnd) { subject = inMain && !mainSubject.isEmpty ? mainSubject : lastSubject }
            if subject.isEmpty { subject = c.subject(before: group, gapStart: previousEnd) }
            // "prompting Mexico to suspend relations": the causative verb's object acts.
            var causedBy = false
            if group.isInfinitive, gi > 0, causativeVerbs.contains(c.lemma(groups[gi - 1].head)),
               let actor = c.objectBefore(group, after: groups[gi - 1]) {
                subject = actor
                causedBy = true
            }
            if !subject.isEmpty, !group.isInfinitive {
                lastSubject = subject
                if inMain { mainSubject = subject }
            }
            guard !consumed.contains(gi), !c.governedByDenial(group, denialVerbs), !c.isConditional(group) else { continue }
            if (group.isInfinitive && !causedBy) || c.followsPreposition(group) || c.isReducedRelativeWithoutAgent(group) { continue }
            // A negated verb codes only through a "not …" pattern ("would not receive" → reject).
            if group.isNegated {
                if let match = match(c, verbGroup: group, objectFrom: group, negated: true, subjects: subject.count) {
                    events.append(contentsOf: emit(match, subject: subject, group: group, objectGroup: group, intent: false, c, dater, &seen))
                } else if rules == .petrarch, gi + 1 < groups.count, groups[gi + 1].isInfinitive,
                          c.onlyCircumstance(from: group.tokens.upperBound, to: groups[gi + 1].tokens.lowerBound) {
                    // PETRARCH reads down through a negated verb none of whose patterns holds ("won't try to clash"): the infinitive's "not …" patterns.
                    let infinitive = groups[gi + 1]
                    consumed.insert(gi + 1)
                    if let match = match(c, verbGroup: infinitive, objectFrom: infinitive, negated: true, subjects: subject.count) {
                        events.append(contentsOf: emit(match, subject: subject, group: infinitive, objectGroup: infinitive, intent: false, c, dater, &seen))
                    }
                }
                continue
            }
            // ", killing 12 civilians" after an attack is the attack's outcome, not a second event.
            let outcome = c.isOutcomeParticiple(group, previousEnd: previousEnd)
                && events.last.map { $0.sentence == c.index && ["18", "19", "20"].contains($0.root) } == true

            // A control verb with an infinitive: "threatened to impose", "agreed to pause", "plans to visit".
            var act = group
            var intent = rules == .detente && (group.modal.map(modalIntent.contains) ?? false)
            let lemma = c.lemma(group.head)
            // PETRARCH reads through a verb it has no entry for to the verb phrase below it ("is inching nearer to accord").
            let throughUnknown = rules == .petrarch && !patterns.hasPatterns(for: lemma) && !patterns.hasPatterns(for: c.lower(group.head))
            if gi + 1 < groups.count, groups[gi + 1].isInfinitive,
               throughUnknown || c.onlyCircumstance(from: group.tokens.upperBound, to: groups[gi + 1].tokens.lowerBound) {
                let infinitive = groups[gi + 1]
                let written = rules == .petrarch && patterns.hasPatterns(for: c.lower(group.head))
                if !patterns.hasPatterns(for: lemma) && !written || intentVerbs.contains(lemma) {
                    if intentVerbs.contains(lemma), rules == .detente { intent = true }
                    act = infinitive
                } else {
                    consumed.insert(gi + 1)
                    if commitmentVerbs.contains(lemma), let own = match(c, verbGroup: infinitive, objectFrom: infinitive, subjects: subject.count) {
                        let agreed = emit(own, subject: subject, group: infinitive, objectGroup: infinitive, intent: intent, c, dater, &seen, fallback: false)
                        if !agreed.isEmpty {
                            events.append(contentsOf: agreed)
                            events.append(contentsOf: settings(c, subject: subject, group: group, dater, events, &seen))
                            continue
                        }
                    }
                    if let match = match(c, verbGroup: group, objectFrom: infinitive, subjects: subject.count) {
                        // PETRARCH: an actor between the verb and its infinitive is in the verb's phrase ("called on Gondor … to be allowed").
                        let actorBefore = rules == .petrarch && c.mentions.contains { n in
                            let r = c.document.actors[n].tokens
                            return r.lowerBound >= group.tokens.upperBound && r.upperBound <= infinitive.tokens.lowerBound && !c.participants(n).isEmpty
                        }
                        events.append(contentsOf: emit(match, subject: subject, group: group, objectGroup: actorBefore ? group : infinitive, intent: intent, c, dater, &seen))
                    } else if rules == .petrarch, let own = match(c, verbGroup: infinitive, objectFrom: infinitive, subjects: subject.count) {
                        // PETRARCH reads down to the verb phrase below when no pattern of the upper verb holds ("has begun to question").
                        events.append(contentsOf: emit(own, subject: subject, group: infinitive, objectGroup: infinitive, intent: intent, c, dater, &seen))
                    }
                    events.append(contentsOf: settings(c, subject: subject, group: group, dater, events, &seen))
                    continue
                }
            }
            if !outcome, let match = match(c, verbGroup: act, objectFrom: act, subjects: subject.count) {
                events.append(contentsOf: emit(match, subject: subject, group: act, objectGroup: act, intent: intent, c, dater, &seen))
            }
            events.append(contentsOf: settings(c, subject: subject, group: group, dater, events, &seen))
        }
        return events
    }

    /// "agreed in a phone call with Trump": a meeting named around the verb is an event of its own
    /// (`event-settings.tsv`), unless the verb already coded one with that target.
    private func settings(_ c: SentenceContext, subject: [Participant], group: VerbGroup, _ dater: EventDater,
                          _ sofar: [Event], _ seen: inout Set<String>) -> [Event] {
        guard !subject.isEmpty, !group.isNegated else { return [] }
        var out: [Event] = []
        for (setting, partner) in c.settings(after: group, patterns.settings) {
            for s in subject {
                for t in partner {
                    guard let e = make(s, t, setting.code, group, c, dater, &seen) else { continue }
                    if (sofar + out).contains(where: { $0.sentence == e.sentence && $0.source == e.source && $0.target == e.target && $0.root == e.root }) { continue }
                    out.append(e)
                }
            }
        }
        return out
    }

    /// The most specific pattern of the verb whose particle and object conditions hold.
    private func match(_ c: SentenceContext, verbGroup: VerbGroup, objectFrom objectGroup: VerbGroup, negated: Bool = false,
                       subjects: Int) -> VerbPatterns.Pattern? {
        let lemma = c.lemma(verbGroup.head)
        var all = patterns.shared(for: lemma)
        // PETRARCH lists some verbs as inflected forms ("--- LEFT [032:033] ---" beside LEAVE): the
        // word as written, when the dictionary has it, comes first.
        if rules == .petrarch {
            let word = c.lower(verbGroup.head)
            let written = patterns.shared(for: word)
            if !written.isEmpty { all = written }
            // PETRARCH knows a verb by its regular forms and the forms a dictionary lists: a misspelling the
            // lemmatiser guesses ("departes") is no form of DEPART.
            else if !Self.isPetrarchForm(word, of: lemma), patterns.forms[word] == nil, lexicon.lemma(of: word) == nil { return nil }
        }
        // The object's words, read once and only for a pattern that names objects.
        var objectWords: [[String]]?
        var objectLastIDs: [Int32]?
        for candidate in all where holds(candidate, c, verbGroup: verbGroup, objectGroup: objectGroup, negated: negated,
                                         subjects: subjects, objectWords: &objectWords, objectLastIDs: &objectLastIDs) {
            return candidate.pattern
        }
        return nil
    }

    /// Whether the pattern's negation, subject, preposition, particle, word and object conditions hold.
    /// `objectWords`: the object's words, and `objectLastIDs` their phrases' last words as
    /// `VerbPatterns.objectWordID`s, read at the first pattern that needs them. Each field is read
    /// through the reference (`candidate.pattern.…`): a local copy of the pattern would retain all
    /// its arrays and strings.
    private func holds(_ candidate: VerbPatterns.Shared, _ c: SentenceContext, verbGroup: VerbGroup, objectGroup: VerbGroup,
                       negated: Bool, subjects: Int, objectWords: inout [[String]]?, objectLastIDs: inout [Int32]?) -> Bool {
        guard candidate.pattern.negated == negated, !candidate.pattern.compoundSource || subjects >= 2 else { return false }
        // A pattern that names its target preposition needs that preposition ("withdraw … from").
        if !candidate.pattern.prepositions.isEmpty, !candidate.pattern.objectAllowed,
           !c.hasPreposition(candidate.pattern.prepositions, after: objectGroup) { return false }
        if !candidate.pattern.particles.isEmpty, !c.spellsWritten(candidate.pattern.particles, at: verbGroup.head + 1) { return false }
        if !candidate.pattern.after.isEmpty,
           !c.matches(after: candidate.pattern.after, from: verbGroup.head + 1 + candidate.pattern.particles.count, objectGroup: objectGroup) { return false }
        if !candidate.pattern.before.isEmpty,
           !c.matches(before: candidate.pattern.before, verb: verbGroup, abutsVerb: candidate.pattern.beforeAbutsVerb) { return false }
        if !candidate.pattern.objects.isEmpty {
            let words = objectWords ?? c.objectWords(after: objectGroup)
            objectWords = words
            // Most patterns fail on the last word: a binary search of their last words before the full comparison.
            if let lasts = candidate.pattern.objectLastIDs {
                let phraseLasts = objectLastIDs ?? words.compactMap { $0.last.map { patterns.objectWordID($0) } }
                objectLastIDs = phraseLasts
                guard phraseLasts.contains(where: { Self.sortedContains(lasts, $0) }) else { return false }
            }
            guard Self.anyEnds(words, with: candidate.pattern.objects) else { return false }
        }
        return true
    }

    /// Whether the ascending array holds the value.
    private static func sortedContains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// Whether one of the phrases ends with one of the heads (compared from the last word back).
    private static func anyEnds(_ phrases: [[String]], with heads: [[String]]) -> Bool {
        for head in heads {
            for phrase in phrases where phrase.count >= head.count {
                var a = phrase.count - 1, b = head.count - 1
                while b >= 0, phrase[a] == head[b] { a -= 1; b -= 1 }
                if b < 0 { return true }
            }
        }
        return false
    }

    /// The events of a matched pattern. `fallback`: an implicit target may be taken from the
    /// rest of the sentence (the other party, a place attacked).
    private func emit(_ pattern: VerbPatterns.Pattern, subject: [Participant], group: VerbGroup, objectGroup: VerbGroup, intent: Bool,
                      _ c: SentenceContext, _ dater: EventDater, _ seen: inout Set<String>, fallback: Bool = true) -> [Event] {
        var sources = subject
        var targets: [Participant]
        var fallback = fallback && rules == .detente && !c.objectIsClause(after: objectGroup)
        if rules == .petrarch, let slots = pattern.sourceAfterSlots,
           let marked = c.markedTarget(after: pattern.after.prefix(slots), from: group.head + 1 + pattern.particles.count,
                                       skips: pattern.sourceSkips, objectGroup: objectGroup) {
            // PETRARCH "+ WAS * DEAD IN $": the subject is the target, the source stands where the pattern marks it.
            sources = marked
            targets = subject
            fallback = false
        } else if c.isReducedPassive(group) {
            // "a deal brokered by China": the by-agent acts on the parties of the main clause.
            sources = c.byAgent(after: group)
            targets = subject
            fallback = false
        } else if group.isPassive, rules == .detente || c.hasBy(after: group) {
            targets = subject
            sources = c.byAgent(after: group)
            // "Two Patriot systems will be delivered to Ukraine by Germany": a non-actor subject; the target follows.
            if targets.isEmpty {
                targets = c.target(after: group, pattern: pattern, prepositions: defaultPrepositions, excluding: sources)
            }
        } else if rules == .petrarch, let slots = pattern.targetAfterSlots,
                  let marked = c.markedTarget(after: pattern.after.prefix(slots), from: group.head + 1 + pattern.particles.count,
                                              skips: pattern.targetSkips, objectGroup: objectGroup) {
            // PETRARCH "* EID AT ^ WITH +": the target is where the pattern marks it.
            targets = marked
        } else {
            // Through a control verb ("agreed to send troops") a countryless object is not the other party.
            targets = c.target(after: objectGroup, pattern: pattern, prepositions: defaultPrepositions, excluding: subject,
                               allowAgents: objectGroup == group)
        }
        guard !sources.isEmpty else { return [] }
        let code = intent ? Self.intentCode(pattern.code) : pattern.code
        // "[---]": the pattern matches and codes nothing.
        if code.isEmpty && pattern.reverseCode == nil { return [] }
        if rules == .petrarch, targets.isEmpty, sources.count < 2, let sub = c.subordinateClause(after: objectGroup) {
            // PETRARCH: with no target of its own, the verb takes the first actor of an adverbial clause in its phrase.
            let codes = Set(sources.compactMap(\.code))
            targets = sub.mentions.lazy.map { c.participants($0) }.first { !$0.isEmpty && !$0.contains { codes.contains($0.code ?? "") } } ?? []
        }
        if targets.isEmpty, sources.count >= 2, fallback || !c.objectIsClause(after: objectGroup) {
            // Reciprocal: "China and the United States held talks" → each with the other.
            var pairs: [(Participant, Participant)] = []
            for a in sources { for b in sources where a.code != b.code { pairs.append((a, b)) } }
            return code.isEmpty ? [] : pairs.compactMap { make($0.0, $0.1, code, group, c, dater, &seen) }
        }
        // A handful of sources: an array answers membership without hashing.
        let sourceCountries = sources.compactMap { $0.country }
        // "send troops to its northern border": the source's own country is no other party, except for
        // acts that are domestic by nature (protest, repression, violence).
        let root = String(code.prefix(2))
        if rules == .detente, !Self.domesticRoots.contains(root),
           !targets.isEmpty, targets.allSatisfy({ $0.country.map(sourceCountries.contains) ?? false }) {
            targets = []
        }
        if targets.isEmpty, fallback {
            if code.hasPrefix("14"), let s = sources.first, s.person == nil, !(s.code ?? "").hasSuffix("GOV") {
                // Protesters protest at home; a leader joining a protest abroad names no target.
                let country = s.country ?? c.locationCountry
                targets = country.map { [Participant(code: $0, text: s.text, person: nil)] } ?? []
            } else if Self.attackRoots.contains(root), let place = c.placeAttacked(after: group),
                      !sourceCountries.contains(place.country ?? "") {
                // "struck nine sites in Pakistan": the place attacked is the target.
                targets = [place]
            }
            else if !code.hasPrefix("14"), let other = c.otherParty(than: sources, after: group, previous: previousMentions(c)) { targets = [other] }
        }
        if targets.isEmpty {
            return monadic && !code.isEmpty ? sources.compactMap { make($0, nil, code, group, c, dater, &seen) } : []
        }
        var events: [Event] = []
        for s in sources {
            for t in targets {
                if !code.isEmpty, let e = make(s, t, code, group, c, dater, &seen) { events.append(e) }
                // PETRARCH "[032:033]": the target's reverse act ("left for X" → visit, and X receives the visit).
                if let reverse = pattern.reverseCode, let e = make(t, s, reverse, group, c, dater, &seen) { events.append(e) }
            }
        }
        return events
    }

    /// Roots of acts that are domestic by nature (protest, repression, violence): the source's own country may be their target.
    private static let domesticRoots = ["14", "17", "18", "19", "20"]
    /// Roots of acts whose target may be the place attacked ("struck nine sites in Pakistan").
    private static let attackRoots = ["13", "15", "18", "19", "20"]

    /// The mentions of the sentence before, for the other party of a sentence that names none.
    private func previousMentions(_ c: SentenceContext) -> [Int] {
        guard c.index > 0 else { return [] }
        return Array(c.document.actors.indexRange(ofSentence: c.index - 1))
    }

    private func make(_ source: Participant, _ target: Participant?, _ code: String, _ group: VerbGroup, _ c: SentenceContext,
                      _ dater: EventDater, _ seen: inout Set<String>) -> Event? {
        let date = dater.date(sentence: c.index, token: group.head)
        var sourceCode = recode(source, date?.value)
        var targetCode = target.flatMap { recode($0, date?.value) }
        // A countryless agent ("protesters", "a former president") takes the place's or the other party's country.
        if rules == .petrarch {
            // PETRARCH writes a countryless agent with a null country: "students" → ---EDU.
            if sourceCode == nil, let agent = source.agent { sourceCode = ActorDictionary.compose(Self.nullActor, agent) }
            if let t = target, targetCode == nil, let agent = t.agent { targetCode = ActorDictionary.compose(Self.nullActor, agent) }
        }
        if sourceCode == nil, let agent = source.agent {
            sourceCode = (c.locationCountry ?? targetCode.map { String($0.prefix(3)) }).map { ActorDictionary.compose($0, agent) }
        }
        if let t = target, targetCode == nil, let agent = t.agent {
            targetCode = (sourceCode.map { String($0.prefix(3)) } ?? c.locationCountry).map { ActorDictionary.compose($0, agent) }
        }
        guard let sourceCode, sourceCode.count >= 3 else { return nil }
        if target != nil && targetCode == nil { return nil }
        if let targetCode, targetCode == sourceCode, !(code.hasPrefix("14") || code.hasPrefix("17")) { return nil }
        let key = "\(sourceCode)|\(targetCode ?? "")|\(code.prefix(2))"
        guard seen.insert(key).inserted else { return nil }
        let entry = codebook.entry(code)
        let evidence = c.document.text(tokens: group.tokens)
        let first = c.document.tokens[group.tokens.lowerBound], last = c.document.tokens[group.tokens.upperBound - 1]
        return Event(source: sourceCode, target: targetCode, sourceText: source.text, targetText: target?.text, code: code,
                     quadClass: entry?.quadClass ?? Self.quad(code), goldstein: entry?.goldstein ?? 0,
                     plover: entry?.plover, ploverMode: entry?.ploverMode, date: date?.value, dateSource: date?.source,
                     sentence: c.index, evidence: evidence,
                     span: TextSpan(start: first.span.start, end: last.span.end), bytes: ByteRange(start: first.bytes.start, end: last.bytes.end))
    }

    /// A possessive pronoun standing for an actor ("its embassy"): PETRARCH resolves subject
    /// pronouns ("Ethiopia indicated it would act") but not possessives.
    static func isPronoun(_ m: ActorMention, _ document: Document) -> Bool {
        m.tokens.count == 1 && document.tokens[m.head].tag == .possessivePronoun
    }

    /// PETRARCH codes only dictionary actors and agents: an unknown name ("the news agency WFNA")
    /// is no actor, and the agent beside it stands for the phrase.
    static func isUncoded(_ m: ActorMention) -> Bool {
        m.code == nil && m.agent == nil && m.refersTo.isEmpty && m.person == nil && m.kind != .agent
    }

    /// The verb itself or one of the regular forms PETRARCH generates for it: +S (+ES after s, x, z,
    /// ch, sh; y → IES), +ED (+D after e; y → IED), +ING (e dropped).
    static func isPetrarchForm(_ word: String, of verb: String) -> Bool {
        if word == verb { return true }
        let stem = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
        let sibilant = ["s", "x", "z", "ch", "sh"].contains { verb.hasSuffix($0) }
        var forms = [verb + (sibilant ? "es" : "s"), verb.hasSuffix("e") ? verb + "d" : verb + "ed", stem + "ing", verb + "ing"]
        if verb.hasSuffix("y") { forms += [verb.dropLast() + "ies", verb.dropLast() + "ied"] }
        return forms.contains(word)
    }

    /// PETRARCH's null country code, for an agent without one.
    static let nullActor = "---"

    /// A person's code on the event's date (the mention's own code otherwise).
    private func recode(_ p: Participant, _ date: String?) -> String? {
        if let person = p.person, person < people.count, let code = people[person].code(for: date) { return code }
        return p.code
    }

    /// The intent an act becomes under "will", "would", "plans to": cooperation → 03x, conflict → 13x.
    static func intentCode(_ code: String) -> String {
        let root = code.prefix(2)
        switch root {
        case "04": return "036"
        case "05": return "032"
        case "06": return "031"
        case "07": return "033"
        case "08": return "035"
        case "14": return "133"
        case "15", "18", "19", "20": return "138"
        case "16": return code.hasPrefix("163") ? "1312" : "131"
        case "17": return "137"
        default: return code
        }
    }

    static func quad(_ code: String) -> Int {
        switch Int(code.prefix(2)) ?? 0 {
        case 1...5: return 1
        case 6...8: return 2
        case 9...13: return 3
        default: return 4
        }
    }
}
