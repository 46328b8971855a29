import Testing
@testable import DetenteCore

/// A dozen news sentences whose tags were checked by hand (Penn Treebank conventions).
@Suite("Tagging and chunks")
struct TaggerTests {
    func tagged(_ text: String) -> String {
        let document = Fixtures.analyze(text)
        return document.tokens.map { "\(document.text(of: $0))/\($0.tag)" }.joined(separator: " ")
    }

    func groups(_ text: String) -> [VerbGroup] {
        Fixtures.analyze(text).sentences.flatMap(\.verbGroups)
    }

    @Test("Hand-checked tags", arguments: [
        ("Petro objected to the deportation flights.",
         "Petro/NNP objected/VBD to/TO the/DT deportation/NN flights/NNS ./."),
        ("Trump threatened sweeping sanctions on Colombian imports.",
         "Trump/NNP threatened/VBD sweeping/JJ sanctions/NNS on/IN Colombian/JJ imports/NNS ./."),
        ("The two presidents sat down together at the White House.",
         "The/DT two/CD presidents/NNS sat/VBD down/RP together/RB at/IN the/DT White/NNP House/NNP ./."),
        ("He said he felt positive about the exchange.",
         "He/PRP said/VBD he/PRP felt/VBD positive/JJ about/IN the/DT exchange/NN ./."),
        ("Maduro was removed from office on January 3.",
         "Maduro/NNP was/VBD removed/VBN from/IN office/NN on/IN January/NNP 3/CD ./."),
        ("The confrontations did not stop there.",
         "The/DT confrontations/NNS did/VBD not/RB stop/VB there/RB ./."),
        ("Mexico will send 10,000 troops to its northern border.",
         "Mexico/NNP will/MD send/VB 10,000/CD troops/NNS to/TO its/PRP$ northern/JJ border/NN ./."),
        ("Canada announced that it would impose retaliatory tariffs.",
         "Canada/NNP announced/VBD that/IN it/PRP would/MD impose/VB retaliatory/JJ tariffs/NNS ./."),
        ("The talks collapsed after a heated exchange.",
         "The/DT talks/NNS collapsed/VBD after/IN a/DT heated/JJ exchange/NN ./."),
        ("Israel has been accused of violating the ceasefire.",
         "Israel/NNP has/VBZ been/VBN accused/VBN of/IN violating/VBG the/DT ceasefire/NN ./."),
        ("It’s a meeting between two equals.",
         "It/PRP ’s/VBZ a/DT meeting/NN between/IN two/CD equals/NNS ./."),
        ("Petro brushed aside questions about his public clashes with Trump.",
         "Petro/NNP brushed/VBD aside/RP questions/NNS about/IN his/PRP$ public/JJ clashes/NNS with/IN Trump/NNP ./."),
    ])
    func tags(sentence: String, expected: String) {
        #expect(tagged(sentence) == expected)
    }

    @Test("Verb groups: tense, passive, negation, modality, infinitives")
    func verbGroups() {
        let passive = groups("Maduro was removed from office.")
        #expect(passive.count == 1)
        #expect(passive.first?.isPassive == true && passive.first?.tense == .past)

        let negated = groups("The two leaders did not meet.")
        #expect(negated.first?.isNegated == true)

        let modal = groups("Mexico would never accept that.")
        #expect(modal.first?.modal == "would" && modal.first?.isNegated == true)

        let future = groups("Trump will meet Petro.")
        #expect(future.first?.tense == .future)

        let infinitive = groups("Trump threatened to impose tariffs.")
        #expect(infinitive.count == 2)
        #expect(infinitive.last?.isInfinitive == true)
        #expect(infinitive.first?.tense == .past)

        let perfect = groups("The US president had committed violations.")
        #expect(perfect.first?.isPerfect == true && perfect.first?.isPassive == false)
    }

    @Test("Noun phrases and clauses")
    func chunks() {
        let document = Fixtures.analyze("Trump revoked Petro’s US visa after the Colombian president criticised the United States.")
        let sentence = document.sentences[0]
        let phrases = sentence.nounPhrases.map { document.text(tokens: $0.tokens) }
        #expect(phrases.contains("Petro’s US visa"))
        #expect(phrases.contains("the Colombian president"))
        #expect(sentence.clauses.map(\.kind) == [.main, .adverbial])
        #expect(document.text(tokens: sentence.clauses[1].tokens).hasPrefix("after the Colombian president"))

        let relative = Fixtures.analyze("Petro, who spoke in Spanish, joked about the gifts.").sentences[0]
        #expect(relative.clauses.contains { $0.kind == .relative })
    }
}
