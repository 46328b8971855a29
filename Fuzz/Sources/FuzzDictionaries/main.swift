import DetenteCore
import FuzzDriver

/// Every dictionary loader: the first byte picks the format, the rest is the file's text.
runFuzzer { data, size in
    let bytes = fuzzInput(data, size)
    guard let selector = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    switch selector % 13 {
    case 0: _ = try? Codebook(tsv: text, name: "cameo-codebook.tsv")
    case 1: _ = try? VerbPatterns(files: [("event-verbs.tsv", text)])
    case 2: var actors = ActorDictionary(abbreviations: Abbreviations()); try? actors.load(text, name: "actors-countries.tsv")
    case 3: var actors = ActorDictionary(abbreviations: Abbreviations()); try? actors.load(text, name: "actors-people-world.tsv")
    case 4: var actors = ActorDictionary(abbreviations: Abbreviations()); try? actors.load(text, name: "actors-agents.tsv")
    case 12: var actors = ActorDictionary(abbreviations: Abbreviations()); try? actors.load(text, name: "actors-organisations.tsv")
    case 5: _ = try? Lexicon(wordnet: text, functionWords: "")
    case 6: _ = try? TimeWords(tsv: text, name: "time-words.tsv"); _ = try? Abbreviations(tsv: text, name: "abbreviations.tsv")
    case 7: _ = PetrarchVerbDictionary(text: text, name: "CAMEO.verbs.txt")
    case 8: _ = PetrarchActorDictionary(text: text, name: "Phoenix.actors.txt")
    case 9: _ = PetrarchAgents(text: text, name: "Phoenix.agents.txt")
    case 10: _ = PetrarchDiscards(text: text, name: "Phoenix.discards.txt")
    case 11: _ = ValidationRecords(xml: text); _ = try? LayoutCues(tsv: text, name: "layout-cues.tsv"); _ = try? SpeechVerbs(tsv: text, name: "speech-verbs.tsv")
    default: break
    }
    return 0
}
