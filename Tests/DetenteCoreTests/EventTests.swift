import Testing
@testable import DetenteCore

@Suite("Events")
struct EventTests {
    /// "SOURCE>TARGET:ROOT" for each event of `text` published on `date`.
    func events(_ text: String, _ date: String = "2025-06-01") -> [String] {
        let document = Fixtures.analyze(text, date: CalendarDate(iso: date))
        return document.events.map { "\($0.source)>\($0.target ?? "-"):\($0.root)" }
    }

    func first(_ text: String, _ date: String = "2025-06-01") -> Event? {
        Fixtures.analyze(text, date: CalendarDate(iso: date)).events.first
    }

    @Test("Subject → source, object → target")
    func basic() {
        #expect(events("Thailand accused Cambodia of violating the truce.") == ["THA>KHM:11"])
        #expect(events("Iran launched missiles at Israel on Tuesday.").contains("IRN>ISR:19"))
        #expect(events("Petro condemned the U.S. operation in Venezuela.").first == "COLGOV>USA:11")
    }

    @Test("Passive voice swaps the roles")
    func passive() {
        #expect(events("Colombia's leader was sanctioned by the U.S. Treasury in October.", "2026-02-04") == ["USAGOV>COLGOV:16"])
        #expect(events("Maduro was removed from office.", "2026-02-04").isEmpty)  // no agent, no event
    }

    @Test("Negated verbs code nothing")
    func negation() {
        #expect(events("Putin did not meet Trump.").isEmpty)
        #expect(events("India never attacked Pakistan.").isEmpty)
    }

    @Test("Compound subjects give an event per pair")
    func compound() {
        let coded = events("China and the United States held talks in London on Monday.")
        #expect(coded.contains("CHN>USA:04") && coded.contains("USA>CHN:04"))
    }

    @Test("Modal and planned acts are intents; 'threatened to' is a threat")
    func modality() {
        #expect(events("Trump threatened to impose tariffs on Mexico.") == ["USAGOV>MEX:13"])
        #expect(first("Trump threatened to impose tariffs on Mexico.")?.code == "1312")
        #expect(events("Canada will impose tariffs on China.").first?.hasSuffix(":13") == true)
        #expect(events("Putin plans to visit India.").first?.hasSuffix(":03") == true)
    }

    @Test("Reported speech codes the reported act, not the saying; denials code nothing")
    func reported() {
        #expect(events("Petro said Trump imposed sanctions on Colombia.") == ["USAGOV>COL:16"])
        #expect(events("The Kremlin denied that Russian forces attacked Ukraine.").allSatisfy { !$0.hasSuffix(":19") })
    }

    @Test("Codebook fields: Goldstein, quad class, PLOVER")
    func codebook() throws {
        let e = try #require(first("Trump threatened to impose sanctions on Colombia."))
        #expect(e.code == "1312" && e.goldstein == -5.8 && e.quadClass == 3 && e.plover == "THREATEN")
        let meet = try #require(first("Putin met Modi in Moscow."))
        #expect(meet.quadClass == 1 && meet.plover == "CONSULT")
    }

    @Test("Dates: own expression, the article's narrative, the publication date")
    func dates() throws {
        let text = "In a speech to supporters in Bogota, Petro criticised Trump.\n\nOn January 26, 2025, Colombia refused US deportation flights. Trump threatened sanctions on Colombia.\n\nPetro condemned Trump."
        let document = Fixtures.analyze(text, date: CalendarDate(year: 2026, month: 2, day: 4))
        let byCode = Dictionary(document.events.map { ($0.root, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byCode["12"]?.date == "2025-01-26" && byCode["12"]?.dateSource == .expression)
        #expect(byCode["13"]?.date == "2025-01-26" && byCode["13"]?.dateSource == .context)
        // Before any date: the publication date; after one, even paragraphs later: the narrative's.
        let disapprovals = document.events.filter { $0.root == "11" }
        #expect(disapprovals.map(\.date) == ["2026-02-04", "2025-01-26"])
        #expect(disapprovals.map(\.dateSource) == [.publication, .context])
    }

    @Test("People are coded by their office on the event's date")
    func roleOnEventDate() throws {
        let e = try #require(first("In 2023, Trump criticised Mexico.", "2026-02-04"))
        #expect(e.source == "USAELI")
    }

    @Test("Places are not targets, except of attacks and threats")
    func places() {
        #expect(events("Brazil and Argentina held trade talks in London on Monday.") == ["BRA>ARG:04", "ARG>BRA:04"])
        #expect(events("India struck nine sites in Pakistan on Wednesday.") == ["IND>PAK:19"])
        #expect(events("Turkey threatened military action in Syria.").contains("TUR>SYR:13"))
    }

    @Test("Negated patterns, conditions and hypotheses")
    func negatedAndConditional() {
        #expect(events("Petro said Colombia would not receive deportation flights from the United States.") == ["COL>USA:12"])
        #expect(events("Britain will act if Israel attacks Lebanon.").allSatisfy { !$0.hasPrefix("ISR") })
    }

    @Test("Acts by gerund, causatives, coordinated targets, meetings around a verb")
    func constructions() {
        #expect(events("Iran responded by firing missiles at Israel.") == ["IRN>ISR:19"])
        #expect(events("The raid prompted Mexico to suspend diplomatic relations with Ecuador.") == ["MEX>ECU:16"])
        #expect(events("Trump imposed tariffs on Canada and Mexico.") == ["USAGOV>CAN:16", "USAGOV>MEX:16"])
        #expect(events("Putin agreed in a phone call with Trump to pause attacks on Ukrainian energy infrastructure.", "2025-03-19")
                .sorted() == ["RUSGOV>UKR:08", "RUSGOV>USAGOV:04"])
        #expect(events("Saudi Arabia and Iran restored relations in a deal brokered by China.").filter { $0.hasPrefix("CHN") }.sorted()
                == ["CHN>IRN:04", "CHN>SAU:04"])
    }
}
