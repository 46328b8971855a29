import DetenteCore
import DetenteIngest
import Foundation
import Testing

/// Serves fixed pages; anything else fails as a network error would. Records nothing.
struct StubFetcher: Fetcher {
    struct Offline: Error {}
    var pages: [String: (String, String)]   // URL → (content type, body)

    func fetch(_ url: URL) async throws -> FetchedResource {
        guard let (type, body) = pages[url.absoluteString] else { throw Offline() }
        return FetchedResource(data: Data(body.utf8), contentType: type, url: url)
    }
}

@Suite("Walking paths")
struct SourceWalkerTests {
    let offline = SourceWalker(fetcher: nil)

    @Test("A folder: kinds by extension, sorted, recursive, hidden and unknown files skipped, a bad file reported")
    func folder() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ data: Data) throws {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try write("a-note.txt", Data("Chile and Peru signed a fisheries accord on Monday.\n".utf8))
        try write("b-page.html", Data(Fixtures.page.utf8))
        try write("c-wire.rss", Data(Fixtures.rss.utf8))
        try write("d-records.jsonl", Data(#"{"id":"r1","date":"2026-01-02","text":"Japan protested to China."}"#.utf8 + [10]))
        try write("e-bad.html", Fixtures.garbage)
        try write("f-empty.htm", Data())
        try write("sub/g-ledger.atom", Data(Fixtures.atom.utf8))
        try write(".hidden.txt", Data("hidden".utf8))
        try write(".git/h.txt", Data("hidden folder".utf8))
        try write("notes.md", Data("# not an article".utf8))

        let batch = await offline.walk(folder.path)
        #expect(batch.items.map(\.kind) == [.text, .html, .feed, .feed, .jsonl, .feed, .feed, .feed])
        #expect(batch.items.map(\.input.metadata.id) == [
            "a-note.txt", "b-page.html", "wire-1001", "https://wire.example/doha-talks", "r1",
            "tag:ledger.example,2026:1", "tag:ledger.example,2026:2", "tag:ledger.example,2026:3",
        ])
        #expect(batch.items[1].input.metadata.title == "Mexico and US agree 90-day tariff truce")
        #expect(batch.items[1].input.metadata.url == "https://example.com/world/tariff-truce?utm=feed")   // relative canonical, no page URL
        #expect(batch.items[3].needsPage)
        #expect(batch.items[3].input.metadata.source == "Wire World")
        #expect(batch.errors == [
            IngestError(origin: folder.appendingPathComponent("e-bad.html").path, message: "binary content, not HTML"),
            IngestError(origin: folder.appendingPathComponent("f-empty.htm").path, message: "empty page"),
        ])
        #expect(batch.errors[0].description.hasSuffix("e-bad.html: binary content, not HTML"))
    }

    @Test("JSONL: a bad line is reported with its path and line; the other records are read")
    func jsonl() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("records.ndjson")
        try Data("""
        {"id":"a","date":"2026-02-01","text":"Brazil hosted talks.","title":"Talks"}
        {"id":"b","text":
        
        {"text":"No id here."}
        {"id":"c","date":"2025-02-30","text":"Bad date."}
        """.utf8).write(to: file)
        let batch = await offline.walk(file.path)
        #expect(batch.items.map(\.input.metadata.id) == ["a", "records.ndjson:4"])
        #expect(batch.items[0].identity.key == "\(file.path)#a")
        #expect(batch.items[0].input.metadata.publicationDate == CalendarDate(year: 2026, month: 2, day: 1))
        #expect(batch.errors.map(\.line) == [2, 5])
        #expect(batch.errors.allSatisfy { $0.origin == file.path })
        #expect(batch.errors[0].description.hasPrefix("\(file.path):2: not valid JSON"))
    }

    @Test("Plain files: binary garbage, empty files and missing paths are errors; an unknown extension is sniffed")
    func plainFiles() async throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = folder.appendingPathComponent("garbage.txt")
        let empty = folder.appendingPathComponent("empty.txt")
        let unknown = folder.appendingPathComponent("story.page")
        try Fixtures.garbage.write(to: garbage)
        try Data().write(to: empty)
        try Data(Fixtures.densityPage.utf8).write(to: unknown)
        let missing = folder.appendingPathComponent("missing.txt").path
        let batch = await offline.walk([garbage.path, empty.path, missing, unknown.path])
        #expect(batch.errors.map(\.message) == ["binary content, not text", "empty file", "no such file or directory"])
        #expect(batch.items.map(\.kind) == [.html])
        #expect(batch.items.first?.input.metadata.title == "Talks resume in Geneva")
    }

    @Test("A feed URL: fetched through the fetcher; the short item's page is fetched and extracted")
    func feedURL() async throws {
        let walker = SourceWalker(fetcher: StubFetcher(pages: [
            "https://wire.example/feed": ("application/rss+xml", Fixtures.rss),
            "https://wire.example/doha-talks": ("text/html; charset=utf-8", Fixtures.dohaPage),
        ]))
        let batch = await walker.walk("https://wire.example/feed")
        #expect(batch.errors.isEmpty)
        try #require(batch.items.count == 2)
        let doha = batch.items[1]
        #expect(!doha.needsPage)
        #expect(doha.kind == .feed)
        #expect(doha.input.metadata.title == "Ceasefire talks in Doha")
        #expect(doha.input.metadata.publicationDate == CalendarDate(year: 2026, month: 2, day: 5))
        #expect(doha.input.text.hasPrefix("Mediators from Qatar and Egypt met"))
        #expect(doha.identity.origin == "https://wire.example/feed")
        #expect(doha.identity.record == "https://wire.example/doha-talks")
    }

    @Test("URLs: a page by its content, a failed fetch reported with the URL, no fetcher no network")
    func urls() async {
        let walker = SourceWalker(fetcher: StubFetcher(pages: ["https://example.com/story": ("", Fixtures.page)]))
        let batch = await walker.walk(["https://example.com/story", "https://example.com/gone"])
        #expect(batch.items.map(\.kind) == [.html])
        #expect(batch.items.first?.input.metadata.id == "https://example.com/story")
        #expect(batch.items.first?.input.metadata.url == "https://example.com/world/tariff-truce")
        #expect(batch.errors.map(\.origin) == ["https://example.com/gone"])
        #expect(batch.errors.first?.message.hasPrefix("fetch failed") == true)

        let offlineBatch = await offline.walk("https://example.com/story")
        #expect(offlineBatch.errors == [IngestError(origin: "https://example.com/story", message: "fetching is disabled")])
    }

    @Test("A failed page fetch keeps the feed's summary, marked needsPage, and reports the link")
    func failedPageFetch() async throws {
        let walker = SourceWalker(fetcher: StubFetcher(pages: ["https://wire.example/feed": ("text/xml", Fixtures.rss)]))
        let batch = await walker.walk("https://wire.example/feed")
        #expect(batch.items.map(\.needsPage) == [false, true])
        #expect(batch.errors.map(\.origin) == ["https://wire.example/doha-talks"])
    }
}

@Suite("Identity")
struct IdentityTests {
    @Test("SHA-256 test vectors")
    func vectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("The hash ignores white space and Unicode composition; the key names origin and record")
    func identity() {
        let a = IngestIdentity(origin: "f.jsonl", record: "r1", text: "Caf\u{E9} talks\n\nresumed.  ")
        let b = IngestIdentity(origin: "f.jsonl", record: "r1", text: "  Cafe\u{301}\u{A0}talks resumed.")
        #expect(a.contentHash == b.contentHash)
        #expect(a.contentHash == SHA256.hex("Café talks resumed."))
        #expect(a.key == "f.jsonl#r1")
        #expect(IngestIdentity(origin: "p.html", text: "x").key == "p.html")
        #expect(IngestIdentity(origin: "p.html", text: "x").contentHash != IngestIdentity(origin: "p.html", text: "y").contentHash)
    }
}
