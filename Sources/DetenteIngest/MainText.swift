/// Finds a page's main text: a simple text-density choice over the tree (see ``HTMLArticleExtractor``).
struct MainText {
    let root: XMLNode

    /// Class, id or role words that mark page furniture inside an article.
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social",
        "related", "recommended", "recirculation", "comments", "comment", "newsletter", "subscribe",
        "subscription", "promo", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored", "cookie",
        "cookies", "banner", "sidebar", "popup", "modal", "outbrain", "taboola", "paywall", "toolbar",
    ]
    static let boilerplateRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog", "alert"]

    /// The main text's paragraphs.
    func paragraphs() -> [String] {
        var scores: [XMLNode.Key: Int] = [:]   // paragraph text of a node's paragraphs (children, half for grandchildren)
        var totals: [XMLNode.Key: Int] = [:]   // paragraph text anywhere below a node
        var articles: [XMLNode] = []
        var bodies: [XMLNode] = []
        var order: [XMLNode] = []                // every visited element, in document order

        func paragraphLength(_ p: XMLNode) -> Int {
            let all = Self.letters(p.content)
            let linked = p.descendants { $0.name == "a" }.reduce(0) { $0 + Self.letters($1.content) }
            return max(0, all - linked)
        }
        func visit(_ node: XMLNode, parent: XMLNode?) -> Int {
            order.append(node)
            var total = 0
            for child in node.elements where !BlockText.dropped.contains(child.name) {
                if child.name == "p" {
                    let length = paragraphLength(child)
                    total += length
                    scores[node.key, default: 0] += length
                    if let parent { scores[parent.key, default: 0] += length / 2 }
                } else {
                    total += visit(child, parent: node)
                }
            }
            totals[node.key] = total
            if node.name == "article" { articles.append(node) }
            if node.attribute("itemprop")?.lowercased() == "articlebody" { bodies.append(node) }
            return total
        }
        _ = visit(root, parent: nil)

        let body = root.name == "body" ? root : (root.descendants { $0.name == "body" }.first ?? root)
        var chosen = body
        var best: XMLNode?
        for node in order where (scores[node.key] ?? 0) > (best.flatMap { scores[$0.key] } ?? 0) { best = node }
        let bestTotal = best.flatMap { totals[$0.key] } ?? 0
        if let articleBody = bodies.max(by: { (totals[$0.key] ?? 0) < (totals[$1.key] ?? 0) }), (totals[articleBody.key] ?? 0) > 0 {
            chosen = articleBody
        } else if let article = articles.max(by: { (totals[$0.key] ?? 0) < (totals[$1.key] ?? 0) }),
                  let total = totals[article.key], total > 0, total * 2 >= bestTotal {
            chosen = article
        } else if let best {
            chosen = best
        }

        let chosenTotal = totals[chosen.key] ?? 0
        let reader = BlockText(skip: { node in
            Self.isBoilerplate(node) && (totals[node.key] ?? 0) * 2 < max(chosenTotal, 1)
        })
        return reader.paragraphs(of: chosen)
    }

    /// True when an element's class, id or role names page furniture, or it is hidden.
    static func isBoilerplate(_ node: XMLNode) -> Bool {
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let role = node.attribute("role")?.lowercased(), boilerplateRoles.contains(role) { return true }
        let names = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }
        return names.contains { name in
            name.split { !$0.isLetter }.contains { boilerplateWords.contains(String($0)) }
        }
    }

    static func letters(_ text: String) -> Int {
        text.unicodeScalars.count { !$0.properties.isWhitespace }
    }
}
