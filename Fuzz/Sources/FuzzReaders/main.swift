import DetenteIngest
import Foundation
import FuzzDriver

/// HTML pages and RSS/Atom feeds: the first byte picks the reader (even: HTML extractor, odd: feed reader), the rest is the document.
runFuzzer { data, size in
    let bytes = fuzzInput(data, size)
    guard let selector = bytes.first else { return 0 }
    let document = Data(bytes.dropFirst())
    if selector & 1 == 0 {
        _ = try? HTMLArticleExtractor().extract(document, origin: "fuzz.html")
    } else {
        _ = try? FeedReader().read(document, origin: "fuzz.xml")
    }
    return 0
}
