import DetenteCore
import DetenteIngest
import Foundation
import Testing

@Suite("HTML article extraction")
struct HTMLArticleExtractorTests {
    let extractor = HTMLArticleExtractor()

    @Test("A news page: metadata, and the story without nav, header, footer, scripts, share bar or related links")
    func newsPage() throws {
        let input = try extractor.extract(html: Fixtures.page, origin: "page.html", pageURL: URL(string: "https://example.com/world/tariff-truce"))
        #expect(input.metadata.id == "page.html")
        #expect(input.metadata.title == "Mexico and US agree 90-day tariff truce")
        #expect(input.metadata.publicationDate == CalendarDate(year: 2026, month: 2, day: 4))
        #expect(input.metadata.source == "Wyoming Star")
        #expect(input.metadata.url == "https://example.com/world/tariff-truce")
        #expect(input.metadata.byline == "Ana Ruiz")
        #expect(input.text == """
        MEXICO CITY — Mexico and the United States agreed on Tuesday to a 90-day truce on tariffs, officials said.

        The agreement follows weeks of talks between the two governments.

        Mexican President Claudia Sheinbaum said the deal protected jobs on both sides of the border.
        """)
    }

    @Test("The core reader sees the extracted paragraphs")
    func paragraphsReachTheCoreReader() throws {
        let input = try extractor.extract(html: Fixtures.page, origin: "page.html")
        let document = try Pipeline.builtIn().analyze(input)
        #expect(document.paragraphs.count == 3)
        #expect(document.metadata.title == "Mexico and US agree 90-day tariff truce")
    }

    @Test("Without <article>: the densest paragraphs; title from <title> without the site name; date from JSON-LD")
    func densityChoice() throws {
        let input = try extractor.extract(html: Fixtures.densityPage, origin: "ledger.html")
        #expect(input.metadata.title == "Talks resume in Geneva")
        #expect(input.metadata.publicationDate == CalendarDate(year: 2025, month: 11, day: 20))
        #expect(input.metadata.source == "Daily Ledger")
        #expect(input.text.hasPrefix("Negotiators from Iran"))
        #expect(input.text.hasSuffix("by the end of the month."))
        #expect(!input.text.contains("Most read"))
        #expect(!input.text.contains("Another story"))
    }

    @Test("Title from <h1>, date from <time datetime>, a div-only body")
    func headingAndTime() throws {
        let html = "<html><body><h1>Border reopens</h1><time datetime=\"2024-07-01\">1 July</time><div>The border between Peru and Bolivia reopened.</div></body></html>"
        let input = try extractor.extract(html: html, origin: "x.html")
        #expect(input.metadata.title == "Border reopens")
        #expect(input.metadata.publicationDate == CalendarDate(year: 2024, month: 7, day: 1))
        #expect(input.text.contains("The border between Peru and Bolivia reopened."))
        #expect(!input.text.hasPrefix("Border reopens"))
    }

    @Test("Date meta tags by name, in any case")
    func dateMetaNames() throws {
        for (tag, expected) in [
            (#"<meta name="DC.date.issued" content="2023-03-09">"#, "2023-03-09"),
            (#"<meta name="sailthru.date" content="2023-03-10 14:00:00">"#, "2023-03-10"),
            (#"<meta name="parsely-pub-date" content="2023-03-11T00:00:00Z">"#, "2023-03-11"),
            (#"<meta itemprop="datePublished" content="2023-03-12">"#, "2023-03-12"),
            (#"<meta name="pubdate" content="20230313">"#, "2023-03-13"),
        ] {
            let input = try extractor.extract(html: "<html><head>\(tag)</head><body><p>Text.</p></body></html>", origin: "d.html")
            #expect(input.metadata.publicationDate?.description == expected, "\(tag)")
        }
    }

    @Test("A Latin-1 page declared by <meta charset>")
    func latin1() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Bogot\u{E1} y Bras\u{ED}lia firmaron.</p></body></html>"
        let data = try #require(html.data(using: .isoLatin1))
        let input = try extractor.extract(data, origin: "latin1.html")
        #expect(input.text == "Bogotá y Brasília firmaron.")
    }

    @Test("Bad pages are errors naming the page, never crashes")
    func badPages() {
        let cases: [(Data, String)] = [
            (Data(), "empty page"),
            (Data("  \n\t ".utf8), "empty page"),
            (Fixtures.garbage, "binary content, not HTML"),
            (Data("<html><head><title>Only a title</title></head></html>".utf8), "no article text found"),
            (Data("<html><body><script>var a = 1;</script><nav>Home</nav></body></html>".utf8), "no article text found"),
        ]
        for (data, message) in cases {
            #expect(throws: IngestError(origin: "bad.html", message: message)) {
                try extractor.extract(data, origin: "bad.html")
            }
        }
    }

    @Test("Dates as pages and feeds write them")
    func dateText() {
        let cases: [(String, String?)] = [
            ("2026-02-04", "2026-02-04"), ("2026-02-04T23:59:00-05:00", "2026-02-04"), ("2026/02/04", "2026-02-04"),
            ("20260204", "2026-02-04"), ("Wed, 04 Feb 2026 14:05:00 GMT", "2026-02-04"), ("Thu, 5 Feb 2026 09:00:00 +0300", "2026-02-05"),
            ("February 4, 2026", "2026-02-04"), ("4th Sept 2025", "2025-09-04"), ("2025-02-30", nil), ("yesterday", nil), ("", nil),
        ]
        for (text, expected) in cases {
            #expect(DateText.parse(text)?.description == expected, "\(text)")
        }
    }
}

@Suite("HTML article extraction: hostile input")
struct HostileHTMLTests {
    @Test("Deeply nested and unclosed elements: text at a reasonable depth is read; libxml2's depth limit gives an error, not a crash")
    func deepNesting() throws {
        func page(_ depth: Int) -> String {
            "<html><body>" + String(repeating: "<div><b>", count: depth) + "<p>Deep text.</p>" + "</b>"
        }
        let input = try HTMLArticleExtractor().extract(html: page(100), origin: "deep.html")
        #expect(input.text == "Deep text.")
        #expect(throws: IngestError.self) { try HTMLArticleExtractor().extract(html: page(50_000), origin: "deeper.html") }
    }
}
