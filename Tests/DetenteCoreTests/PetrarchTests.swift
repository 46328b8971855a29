import Foundation
import Testing
@testable import DetenteCore

@Suite("PETRARCH dictionaries and validation")
struct PetrarchTests {
    @Test("Synsets, a verb block with forms, multi-word verbs and patterns")
    func verbs() {
        let text = """
        # a comment
        &CURRENCY
        +DOLLAR
        +SWISS_FRANC
        <!-- a comment
             over two lines -->
        &MONEY
        +&CURRENCY
        +CASH

        ####### VERB PATTERNS #######
        --- ASK [---] ---
        ASK {ASKED ASKING}
        +ASK_FOR {+ASKED_FOR} [020]
        - * (FOR {FINANCIAL AID})  [0231]   # a pattern with a phrase
        - &MONEY *  [154]
        - * (TO) [042:043]
        ~ a (b . ATTACK) SAY = a b 112
        """
        let d = PetrarchVerbDictionary(text: text, name: "test.verbs.txt")
        #expect(d.issues.isEmpty)
        #expect(d.synsets["MONEY"] == [["dollar"], ["swiss", "franc"], ["cash"]])
        #expect(d.blockCount == 1 && d.verbCount == 2 && d.patternLineCount == 3 && d.skippedTransformations == 1)
        #expect(d.forms["asked"] == "ask")
        let ask = d.patterns.filter { $0.verb == "ask" && $0.particles.isEmpty }
        // ASK has no default code ([---]): only its three patterns.
        #expect(Set(ask.map(\.code)) == ["0231", "154", "042"])
        let aid = ask.first { $0.code == "0231" }
        #expect(aid?.after.map(\.alternatives) == [[["for"]], [["financial"]], [["aid"]]])
        #expect(aid?.after.first?.preposition == true)
        #expect(ask.first { $0.code == "154" }?.before.first?.alternatives.count == 3)
        #expect(ask.first { $0.code == "042" }?.reverseCode == "043")
        // The multi-word verb: its own default code, and the block's patterns with its particle.
        let askFor = d.patterns.filter { $0.verb == "ask" && $0.particles == ["for"] }
        #expect(Set(askFor.map(\.code)) == ["020", "0231", "154", "042"])
    }

    @Test("Actors: synonyms, codes, date-bounded roles, compound codes")
    func actors() {
        let text = """
        ARNOR_  [ARN]
        +ARNORIAN
        ALVARO_URIBE_VELEZ_
        \t[COLELI 700101-000101]
        \t[COLGOV >020807]
        SMEAGOL
        +SLINKER
        \t[HOB < 950601]
        \t[HOBGOV 19950601 - 19990815] [HOBREB 19990816-20001231]
        THE_SHIRE  [FRO/BIL/SAM]
        """
        let d = PetrarchActorDictionary(text: text, name: "test.actors.txt")
        #expect(d.issues.isEmpty)
        #expect(d.entries.count == 4)
        #expect(d.entries[0].names == ["arnor", "arnorian"] && d.entries[0].roles.map(\.code) == ["ARN"])
        let uribe = Person(name: "Uribe", roles: d.entries[1].roles)
        #expect(uribe.code(for: "1990-05-01") == "COLELI")
        #expect(uribe.code(for: "2002-08-07") == "COLGOV")
        let smeagol = Person(name: "Smeagol", roles: d.entries[2].roles)
        #expect(smeagol.code(for: "1995-05-31") == "HOB")
        #expect(smeagol.code(for: "1995-06-01") == "HOBGOV")
        #expect(smeagol.code(for: "2000-01-01") == "HOBREB")
        #expect(d.entries[3].names == ["the shire"] && d.entries[3].roles.first?.code == "FRO/BIL/SAM")
    }

    @Test("Agents: suffix and prefix codes, plurals, substitution sets")
    func agents() {
        let text = """
        !PERSON! = MAN, MEN
        PRESIDENT [~GOV]
        HUMAN_RIGHTS_BODY [NGO~]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
        POLICE {} [ ~COP]
        CONGRESS!PERSON! [~LEG]
        """
        let d = PetrarchAgents(text: text, name: "test.agents.txt")
        #expect(d.issues.isEmpty)
        #expect(d.agents.map(\.code) == ["GOV", "NGO", "GOVATG", "COP", "LEG"])
        #expect(d.agents[0].names == ["president", "presidents"])
        #expect(d.agents[1].isPrefix && d.agents[1].dictionaryCode == "NGO~")
        #expect(d.agents[2].names == ["attorney general", "attorneys general"])
        #expect(d.agents[3].names == ["police"])
        #expect(d.agents[4].names.contains("congressman") && d.agents[4].names.contains("congressmen"))
        #expect(ActorDictionary.compose("ARN", "NGO~") == "NGOARN")
        #expect(ActorDictionary.compose("USAGOV", "GOV") == "USAGOV")
    }

    @Test("Discards: sentence and story phrases")
    func discards() {
        let d = PetrarchDiscards(text: "MONTHS LATER\n+World Golf Championships   # golf\n", name: "test.discards.txt")
        #expect(d.sentencePhrases == [["months", "later"]])
        #expect(d.storyPhrases == [["world", "golf", "championships"]])
        #expect(PetrarchDiscards.contains(["it", "came", "months", "later"], any: d.sentencePhrases))
        #expect(!PetrarchDiscards.contains(["months", "ago"], any: d.sentencePhrases))
    }

    @Test("A malformed line is reported with file and line, and reading goes on")
    func malformed() {
        let verbs = PetrarchVerbDictionary(text: "--- MEET [040] ---\nMEET\n- * WITH\n- * TALKS [043]\n", name: "bad.verbs.txt")
        #expect(verbs.issues.map(\.description) == ["bad.verbs.txt:3: a pattern line needs a [CODE]"])
        #expect(verbs.patterns.map(\.code).sorted() == ["040", "043"])
        let actors = PetrarchActorDictionary(text: "GONDOR [GON]\nDENETHOR\n\t[GONGOV 19950101-]\n", name: "bad.actors.txt")
        #expect(actors.issues.first?.description.hasPrefix("bad.actors.txt:3: bad role") == true)
        #expect(actors.entries.count == 1)
    }

    @Test("Coding with PETRARCH dictionaries: patterns, agents, paired codes")
    func coding() throws {
        var dictionaries = PetrarchDictionaries()
        dictionaries.add(verbs: PetrarchVerbDictionary(text: """
            --- RESTORE [060] ---
            RESTORE
            - * DIPLOMATIC TIES [064]
            --- LEAVE [---] ---
            LEAVE {LEFT LEAVES LEAVING}
            - * (FOR) [032:033]
            """, name: "t.verbs.txt"))
        dictionaries.add(actors: PetrarchActorDictionary(text: "ARNOR [ARN]\nGONDOR [GON]\n", name: "t.actors.txt"))
        dictionaries.add(agents: PetrarchAgents(text: "SOLDIER [~MIL]\n", name: "t.agents.txt"))
        let pipeline = dictionaries.pipeline(over: Fixtures.pipeline.resources)
        func codes(_ text: String) -> [String] {
            pipeline.analyze(ArticleInput(text: text, metadata: ArticleMetadata(id: "t"))).events.map { "\($0.source) \($0.target ?? "-") \($0.code)" }
        }
        #expect(codes("Arnor restored full diplomatic ties with Gondor.") == ["ARN GON 064"])
        #expect(codes("Soldiers from Arnor restored relations with Gondor.") == ["ARNMIL GON 060"])
        #expect(codes("Arnor left for Gondor on Monday.") == ["ARN GON 032", "GON ARN 033"])
    }

    @Test("The PETRARCH unit-test records (../shared/petrarch2)")
    func validation() throws {
        let folder = Fixtures.repository.deletingLastPathComponent().appendingPathComponent("shared/petrarch2")
        guard let xml = Fixtures.shared("petrarch2/PETR.UnitTest.records.xml") else { return }  // not on this machine
        let records = ValidationRecords(xml: xml)
        #expect(records.records.count == 284)
        #expect(records.verbFiles == ["PETR.Validate.verbs.txt"])
        let dictionaries = records.dictionaries(relativeTo: folder.path)
        let report = ValidationReport(records: records, pipeline: dictionaries.pipeline(over: Fixtures.pipeline.resources))
        // 257 of 284 (90.5 %) when written; PETRARCH2 itself: 91 (32 %).
        #expect(report.total.exact >= 250, "\(report.render(verbose: false))")
    }
}

/// Inputs the fuzzer (`Scripts/fuzz.sh fuzz-dictionaries`) found crashing, kept as regression tests.
@Suite("PETRARCH readers: fuzzer findings")
struct PetrarchFuzzFindings {
    @Test("A closing tag inside the opening tag of a record or environment is no record, not a crash", arguments: [
        "<Sentence </Sentence> date=\"20080801\"><Text>Gondor attacked Mordor.</Text></Sentence>",
        "<Environment</Environment>>",
        "<Vali\u{0}\u{0}<Sentence id=\"x\" </Sentence>>",
    ])
    func closingTagInsideOpeningTag(_ xml: String) {
        let records = ValidationRecords(xml: xml)
        #expect(records.records.count <= 1)
    }

    @Test("The fuzzer's input, as found (crash-f3cc3e69…, 2026-11-25)")
    func foundInput() throws {
        let bytes = try #require(Data(base64Encoded: "PFZhbGkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAgZmV3IG9mIHRob3NlIFRBQkFSSSBjYXNlcyBkaWQgbm90IHRyYW5zZmVyIG92ZXIgYmVjYXVzZSB0aGV5IHJlbGllZCBvbiB0aGUgc2ltcGxhc2hlZCkgIChOUCAKICAgICAgICAgICAgICAgICAgICAgIChQUlAkIGl0cykgKE5OIGVtYmFzc3kpCiAgICAgICAgICABIyBEw6l0ZW50ZSB2ZXJiIHBhdHRlcm5zOgAAAAAAAAAAAAAAAAAAAAAAAAAAACAgZmV3IG9mIHRob3NlIFRBQkFSSSBjYXNlcyBkaQAAAAAAAAAAACAgZmV3IG9mIHRob3NlIFRBQkFSSSBjYXNlcyBkaWQgbm90IHRyYW5zZmVdIG92ICAgICAgaGljaCBDQU1FTyBldmVudC4KIwojIEEgcGF0dGXtbiBsaQogICkgICguIC4pCikgKQo8L1BhcnNlPgo8L1NlbnRlbmNlPgoKCjxTZW50ZW5jZSAAAAAAAAAAACAgZmV3IG9mIHRob3NlIFRBQkFSSSBjYXNlcyBkaWQgbm90IHRyYW5zZmVdIG92ICAgICAgaGljaCBDQU1FTyBldmVudC4KIwojIEEgcGF0dGXtbiBsaQogICkgICguIC4pCikgKQo8L1BhcnNlPgo8L1NlbnRlbmNlPgoKCjxTZW50ZW5jZSBkYXRlPSI3OTgwMDQwNCIgaWQ9ZGF0ZT0iMzk5MDAyMDIiIGlkPSJERU1oaWNoIENBTUVPIGV2ZW50LgojCiMgQSBwYXSSZXJuIGxpbmU6b2YgdGhvc2UgVEFCQVJJIGNhc2VzCjwvU2VudGVuY2U+CgoKPFNlbnRlbmNlIGRhdGU9Ijc5ODAwNDA0IiBpZD1kYXRlPSIzOTkwMDIwMiIgaWQ9IkRFTWhpY2ggQ0FNRU8gZXZlbnQuCiMKIyBBIHBhdJJlcm4gbGluZTpvZiB0aG9zZSBUQUJBUkkgY2FzZXMgZGlkIG5vdCB0cmFuc2ZlciBvdmVyIGJlY2F1c2UgdGhleSByZWxpZWQgb24gdGhlIHNpbXBsYXNoZWQpICAoTlAgCiAgICAgICAgICAgICAgICAgICAgICAoUFJQJCBpdHMpIChOTiBlbWJhc3N5KQogICAgICAgICAgASMgRMOpdGVudGUgdmVyYiBwYXR0ZXJuczoAAAAAAAAAAAAAAAAAAAAAAAAAAAAgIGZldyBvZiB0aG9zZSBUQUJBUkkgY2FzZXMgZGkAAAAAAAAAAAAgIGZldyBvZiB0aG9zZSBUQUJBUkkgY2FzZXMgZGlkIG5vdCB0cmFuc2ZlciBvdiAgICAgIGhpY2ggQ0FNRU8gZXZlbnQuCiMKIyBBIHBhdHRl7W4gbGkKICApICAoLiAuKQopICkKPC9QYXJzZT4KPC9TZW50ZW5jZT4KCgo8U2VudGVuY2UgZGF0ZT0iMzk5MDAyMDIiIGlkPSJERU1oaWNoIENBTUVPIGV2ZW50LgojCiMgQSBwYXR0ZXJuIGxpbmU6ICBjb2RlPFRlICAgICBhICAgICAgICAgICAgKSApCiAgICAgICAgICAgICkgKSApCiAgICApSCAgKSAoIC4gLikKKSApCjwvUGFyc2U+CjwvU2VudGVuY2U+CgoKPFNlbnRlbmNlIGRhdGU9IjE5OTUwMTAxIiBpZD0iREVNaGljaCBDQU1FTyBldmVudC4KIwojIEEgcGF0dGVybiBsaQogICkgICguIC4pCikgKQo8L1BhcnNlPgo8L1NlbnRlbmNlPgoKCjxTZW50ZW5jZSBkYXRlPSIzOTkwMDIwMiIgaWQ9IkRFTWhpY2ggQ0FNRU8glnZlbnQuCiMKIyBBIHBhdHRlcm4gbGluZTogIGNvZGU8VGUgICAgIGEgQ0FNRU8gZXZlbnQgY29kZSAoMeKAkzQgZGlnICBjb2RlPFRlICAgICBhICAgICAgICAgICAgKSApCiAgICAgICAgICAgICkgKSApCiAgICApSCAgKSAoIC4gLikKKSApCjwKCgo8U2VudGVuY2UgZGF0ZT0iMzk5MDAyMDIiIGlkPSJERU1oaWNoIENBTUVPIJZ2ZW50LgojCiMgQSBwYXR0ZXJuIGxpbmU6ICBjb2RlPFRlICAgICBhIENBTUVPIGV2ZW50IGNvZGUgKDHigJM0IGRpZ2lPLTAxdA=="))
        _ = ValidationRecords(xml: String(decoding: bytes, as: UTF8.self))
    }
}
