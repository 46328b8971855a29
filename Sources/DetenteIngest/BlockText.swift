/// The readable text below a node as paragraphs: block elements (p, headings, list items, div, br …)
/// end a paragraph, scripts, styles and page furniture are left out, white space is collapsed.
struct BlockText {
    /// Elements never read: code, styling, and navigation or page furniture.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form",
        "figure", "iframe", "svg", "canvas", "object", "embed", "button", "select", "textarea", "input",
        "menu", "dialog", "map", "video", "audio",
    ]

    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
        "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "caption", "br", "hr",
        "address", "center", "body", "html", "figcaption", "details", "summary", "hgroup", "fieldset",
    ]

    /// Also leave out the elements this says are boilerplate (besides ``dropped``).
    var skip: (XMLNode) -> Bool = { _ in false }
    /// Leave out short paragraphs that are (almost) all link text: "Read more", lists of related stories.
    var dropLinkParagraphs = true

    /// The paragraphs below `node`, in document order.
    func paragraphs(of node: XMLNode) -> [String] {
        var collector = Collector(dropLinkParagraphs: dropLinkParagraphs)
        visit(node, inLink: false, into: &collector)
        collector.flush()
        return collector.paragraphs
    }

    private func visit(_ node: XMLNode, inLink: Bool, into collector: inout Collector) {
        for child in node.children {
            if child.isText {
                collector.add(child.text, linked: inLink)
            } else if child.isElement {
                let name = child.name
                if Self.dropped.contains(name) || skip(child) { continue }
                let isBlock = Self.blocks.contains(name)
                if isBlock { collector.flush() }
                visit(child, inLink: inLink || name == "a", into: &collector)
                if isBlock { collector.flush() }
            }
        }
    }

    private struct Collector {
        let dropLinkParagraphs: Bool
        var paragraphs: [String] = []
        var text = ""
        var characters = 0
        var linkedCharacters = 0

        mutating func add(_ piece: String, linked: Bool) {
            text += piece
            let count = piece.unicodeScalars.count { !$0.properties.isWhitespace }
            characters += count
            if linked { linkedCharacters += count }
        }

        mutating func flush() {
            defer { text = ""; characters = 0; linkedCharacters = 0 }
            let paragraph = TextCleaner.collapse(text)
            guard !paragraph.isEmpty else { return }
            if dropLinkParagraphs, characters < 200, linkedCharacters * 5 >= characters * 4 { return }
            paragraphs.append(paragraph)
        }
    }
}
