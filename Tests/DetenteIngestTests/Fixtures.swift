import Foundation

/// Small pages and feeds written for these tests.
enum Fixtures {
    /// A news page with navigation, header, footer, scripts, a share bar and related links around the story.
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Mexico and US agree tariff truce | Wyoming Star</title>
      <meta property="og:title" content="Mexico and US agree 90-day tariff truce">
      <meta property="og:site_name" content="Wyoming Star">
      <meta property="og:url" content="https://example.com/world/tariff-truce?utm=feed">
      <link rel="canonical" href="/world/tariff-truce">
      <meta property="article:published_time" content="2026-02-04T09:30:00-05:00">
      <meta name="author" content="Ana Ruiz">
      <style>body { font-family: serif; }</style>
      <script>window.analytics = { page: "article" };</script>
    </head>
    <body>
      <header class="site-header"><a href="/">Wyoming Star</a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
      <nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></nav>
      <main>
        <article>
          <h1>Mexico and US agree 90-day tariff truce</h1>
          <div class="share-bar"><a href="#">Share on X</a> <a href="#">Email</a></div>
          <p>MEXICO CITY &#8212; Mexico and the United States agreed on Tuesday to a 90-day truce on tariffs,
             officials said.</p>
          <script>trackParagraph(1);</script>
          <p>The <a href="/trade">agreement</a> follows weeks of&nbsp;talks between the two governments.</p>
          <figure><img src="truce.jpg"><figcaption>Officials shake hands in Mexico City.</figcaption></figure>
          <p>Mexican President Claudia Sheinbaum said the deal protected jobs on both sides of the border.</p>
          <aside class="related"><h3>Related</h3><ul><li><a href="/a">Peso rallies</a></li><li><a href="/b">Steel duties</a></li></ul></aside>
          <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news first.</p></div>
        </article>
      </main>
      <footer><p>&copy; 2026 Wyoming Star. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
      <script>loadComments();</script>
    </body>
    </html>
    """

    /// A page without `<article>`: the story is the div with the most paragraph text; the date is in JSON-LD.
    static let densityPage = """
    <html><head><title>Talks resume in Geneva - Daily Ledger</title>
    <meta property="og:site_name" content="Daily Ledger">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
      {"@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2025-11-20T08:00:00Z","publisher":{"@type":"Organization","name":"Daily Ledger"}}]}</script>
    </head><body>
    <div id="sidebar-column"><p>Most read today</p><p>Weather: sunny</p></div>
    <div class="content">
      <p>Negotiators from Iran and the European Union resumed talks in Geneva on Thursday.</p>
      <p>The talks had been suspended in October after a dispute over inspections.</p>
      <p>Diplomats said a draft text could be ready by the end of the month.</p>
    </div>
    <div class="teasers"><p><a href="/x">Another story entirely, linked</a></p></div>
    </body></html>
    """

    /// An RSS 2.0 feed: one item with full `content:encoded`, one with a short description (needs its page).
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel>
      <title>Wire World</title>
      <link>https://wire.example/</link>
      <item>
        <title>Colombia recalls ambassador</title>
        <link>https://wire.example/colombia-recalls</link>
        <guid isPermaLink="false">wire-1001</guid>
        <pubDate>Wed, 04 Feb 2026 14:05:00 GMT</pubDate>
        <description>Short teaser.</description>
        <content:encoded><![CDATA[<p>Colombia recalled its ambassador to Washington on Wednesday after President Gustavo Petro accused the United States of interfering in the country&#8217;s elections.</p><script>ads()</script><p>The foreign ministry said the envoy would return to Bogot&aacute; for consultations &nbsp;and that relations would be reviewed in the coming weeks.</p><p>The State Department said it regretted the decision and remained committed to cooperation with Colombia on security, trade and migration, which it called the pillars of the relationship.</p>]]></content:encoded>
      </item>
      <item>
        <title>Ceasefire talks in Doha</title>
        <link>https://wire.example/doha-talks</link>
        <pubDate>Thu, 5 Feb 2026 09:00:00 +0300</pubDate>
        <description>&lt;p&gt;Mediators met in &lt;b&gt;Doha&lt;/b&gt; on Thursday.&lt;/p&gt;</description>
      </item>
    </channel>
    </rss>
    """

    /// An Atom feed with escaped-HTML content, inline XHTML content and a summary-only entry.
    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <title type="text">Ledger Atom</title>
      <updated>2026-01-10T12:00:00Z</updated>
      <entry>
        <title>EU extends sanctions</title>
        <id>tag:ledger.example,2026:1</id>
        <link rel="alternate" type="text/html" href="https://ledger.example/eu-sanctions"/>
        <published>2026-01-09T18:00:00+01:00</published>
        <updated>2026-01-10T07:00:00Z</updated>
        <content type="html">&lt;p&gt;The European Union extended its sanctions on Russia for six months.&lt;/p&gt;&lt;p&gt;Hungary dropped its objection.&lt;/p&gt;</content>
      </entry>
      <entry>
        <title>Japan and Korea meet</title>
        <id>tag:ledger.example,2026:2</id>
        <link href="https://ledger.example/japan-korea"/>
        <updated>2026-01-08T10:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Japan and South Korea held talks in Seoul.</p><p>Both sides praised the meeting.</p></div></content>
      </entry>
      <entry>
        <title>Brief: Chile election</title>
        <id>tag:ledger.example,2026:3</id>
        <link rel="alternate" href="https://ledger.example/chile"/>
        <updated>2026-01-07T10:00:00Z</updated>
        <summary>Chileans vote on Sunday.</summary>
      </entry>
    </feed>
    """

    /// The page behind the RSS feed's short item, served by the stub fetcher.
    static let dohaPage = """
    <html><head><meta property="og:site_name" content="Wire World"><title>Ceasefire talks in Doha</title></head>
    <body><nav><a href="/">Home</a></nav><article>
    <p>Mediators from Qatar and Egypt met Israeli and Hamas negotiators in Doha on Thursday, officials said.</p>
    <p>The talks focused on a phased ceasefire and the exchange of hostages and prisoners.</p>
    </article><footer>Wire World</footer></body></html>
    """

    /// Random bytes that are neither text nor HTML.
    static let garbage = Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ ($0 >> 3)) })

    /// A fresh temporary folder, removed by `body`'s caller through the returned URL.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("detente-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
