import Foundation
import Testing
@testable import DetenteCore

@Suite("Actors")
struct ActorTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var sentence: String, date: String, mention: String, code: String
        var testDescription: String { "\(mention) @ \(date) → \(code)" }
    }

    static let rows: [Row] = {
        let url = Fixtures.repository.appendingPathComponent("Tests/DetenteCoreTests/Fixtures/actors.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t").map(String.init)
            return f.count == 4 ? Row(sentence: f[0], date: f[1], mention: f[2], code: f[3]) : nil
        }
    }()

    @Test("The fixture has at least 60 rows")
    func size() { #expect(Self.rows.count >= 60) }

    @Test("Fixture: actor strings with a date and their expected code", arguments: rows)
    func fixture(row: Row) throws {
        let document = Fixtures.analyze(row.sentence, date: CalendarDate(iso: row.date))
        let mention = try #require(document.actors.first { document.text($0.bytes) == row.mention || document.text($0.bytes).hasPrefix(row.mention) },
                                   "no mention '\(row.mention)' in \(document.actors.map { document.text($0.bytes) })")
        let code = mention.code ?? "nil"
        if row.code.hasSuffix("*") {
            #expect(code.hasPrefix(String(row.code.dropLast())), "\(row.mention): \(code)")
        } else {
            #expect(code == row.code, "\(row.mention): \(code)")
        }
    }

    @Test("Coordinated adjectives give one actor each")
    func coordination() {
        let document = Fixtures.analyze("Hungarian and Romanian officials met.", date: CalendarDate(year: 2025, month: 1, day: 1))
        #expect(document.actors.compactMap(\.code) == ["HUNGOV", "ROUGOV"])
    }

    @Test("Unknown capitalised names are kept, uncoded")
    func unknown() {
        let document = Fixtures.analyze("Jane Zorblatt met officials of Quixotic Holdings Group.", date: CalendarDate(year: 2025, month: 1, day: 1))
        let names = document.actors.filter { $0.code == nil }.map { "\(document.text($0.bytes))/\($0.kind)" }
        #expect(names.contains("Jane Zorblatt/person"))
        #expect(names.contains("Quixotic Holdings Group/organisation"))
    }

    @Test("The seed: Trump, Petro, Maduro, the two presidents, he, Washington")
    func seed() throws {
        let text = try #require(Fixtures.shared("seed/trump-petro-detente.txt"))
        let document = Fixtures.analyze(text)
        func mentions(_ name: String) -> [ActorMention] {
            document.actors.filter { document.text($0.bytes).hasSuffix(name) && $0.refersTo.isEmpty }
        }
        let trump = mentions("Trump")
        #expect(trump.count >= 8)
        for m in trump { #expect(m.code == "USAGOV", "\(document.text(m))") }
        let petro = mentions("Petro")
        #expect(petro.count >= 10)
        for m in petro { #expect(m.code == "COLGOV", "\(document.text(m))") }
        let maduro = mentions("Maduro")
        #expect(maduro.count == 2)
        for m in maduro { #expect(m.code == "VENGOV", "\(document.text(m))") }

        let two = try #require(document.actors.first { document.text($0.bytes) == "the two presidents" })
        #expect(Set(two.refersTo.map { document.actors[$0].name }) == ["Donald Trump", "Gustavo Petro"])

        for sentenceStart in ["Instead, he framed", "He also accused Trump"] {
            let s = try #require(document.sentences.firstIndex { document.text(of: $0).hasPrefix(sentenceStart) })
            let he = try #require(document.actors.first { $0.sentence == s && document.text($0.bytes).lowercased() == "he" })
            #expect(he.code == "COLGOV" && he.name == "Gustavo Petro", "\(sentenceStart): \(he.name)")
        }
        let washington = try #require(document.actors.first { document.text($0.bytes) == "Washington" && document.sentences[$0.sentence].tokens.count < 6 })
        #expect(washington.code == "USA")
    }
}

extension Document {
    func text(_ m: ActorMention) -> String { text(m.bytes) }
}
