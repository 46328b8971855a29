import DetenteCore
import DetenteIngest
import Foundation
import Testing

@Suite("Feeds")
struct FeedReaderTests {
    let reader = FeedReader()

    @Test("RSS 2.0: two items, HTML stripped, RFC 822 dates; the short one needs its page")
    func rss() throws {
        let feed = try reader.read(Data(Fixtures.rss.utf8), origin: "wire.rss")
        #expect(feed.format == .rss)
        #expect(feed.title == "Wire World")
        try #require(feed.items.count == 2)
        let full = feed.items[0]
        #expect(full.id == "wire-1001")
        #expect(full.title == "Colombia recalls ambassador")
        #expect(full.link == "https://wire.example/colombia-recalls")
        #expect(full.date == CalendarDate(year: 2026, month: 2, day: 4))
        #expect(full.text.hasPrefix("Colombia recalled its ambassador to Washington on Wednesday after President Gustavo Petro accused the United States of interfering in the country’s elections.\n\nThe foreign ministry said the envoy would return to Bogotá for consultations and that"))
        #expect(full.text.components(separatedBy: "\n\n").count == 3)
        #expect(!full.text.contains("ads()"))
        #expect(!full.needsPage)
        let short = feed.items[1]
        #expect(short.id == "https://wire.example/doha-talks")
        #expect(short.date == CalendarDate(year: 2026, month: 2, day: 5))
        #expect(short.text == "Mediators met in Doha on Thursday.")
        #expect(short.needsPage)
    }

    @Test("Atom: escaped HTML and XHTML content, published before updated, summaries")
    func atom() throws {
        let feed = try reader.read(Data(Fixtures.atom.utf8), origin: "ledger.atom")
        #expect(feed.format == .atom)
        #expect(feed.title == "Ledger Atom")
        try #require(feed.items.count == 3)
        #expect(feed.items.map(\.id) == ["tag:ledger.example,2026:1", "tag:ledger.example,2026:2", "tag:ledger.example,2026:3"])
        #expect(feed.items.map(\.link) == ["https://ledger.example/eu-sanctions", "https://ledger.example/japan-korea", "https://ledger.example/chile"])
        #expect(feed.items.map { $0.date?.description } == ["2026-01-09", "2026-01-08", "2026-01-07"])
        #expect(feed.items[0].text == "The European Union extended its sanctions on Russia for six months.\n\nHungary dropped its objection.")
        #expect(feed.items[1].text == "Japan and South Korea held talks in Seoul.\n\nBoth sides praised the meeting.")
        #expect(feed.items[2].text == "Chileans vote on Sunday.")
        #expect(feed.items.allSatisfy { $0.needsPage })
        #expect(try FeedReader(minimumTextLength: 10).read(Data(Fixtures.atom.utf8), origin: "a").items.map(\.needsPage) == [false, false, false])
    }

    @Test("Malformed XML is recovered; entities unknown to XML do not stop the feed")
    func malformed() throws {
        let xml = "<rss><channel><title>Broken &amp; dirty</title><item><title>One&nbsp;item</title><link>https://x.example/1</link><description>Text here<item><title>Two</title></channel>"
        let feed = try reader.read(Data(xml.utf8), origin: "broken.xml")
        #expect(feed.title == "Broken & dirty")
        #expect(feed.items.first?.link == "https://x.example/1")
    }

    @Test("Not feeds: errors naming the file")
    func notFeeds() {
        for (data, message) in [
            (Data(), "empty feed"),
            (Fixtures.garbage, "binary content, not a feed"),
            (Data("just some words".utf8), "not an XML document"),
            (Data("<html><body><p>Hi</p></body></html>".utf8), "not an RSS or Atom feed (root element <html>)"),
        ] {
            #expect(throws: IngestError(origin: "f.xml", message: message)) { try reader.read(data, origin: "f.xml") }
        }
    }
}
