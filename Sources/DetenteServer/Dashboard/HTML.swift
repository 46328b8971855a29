/// Small HTML helpers: escaping (every piece of article text goes through `escape`) and the page frame.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A percent-encoded path or query component.
    static func component(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isASCII && (c.isLetter || c.isNumber || "-_.~".contains(c)) { out.append(c) } else { out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2) }
        }
        return out
    }

    static func page(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Détente</title>
        <style>
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#f7f7f5}
        header{background:#1d2430;color:#fff;padding:.6em 1.2em}header a{color:#fff;text-decoration:none;margin-right:1.2em}
        main{max-width:1100px;margin:1.2em auto;padding:0 1em}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:.35em .5em;border-bottom:1px solid #e3e3e0;text-align:left;vertical-align:top}
        th{font-weight:600;background:#efefec}.num{text-align:right;font-variant-numeric:tabular-nums}
        .coop{color:#1b7f4b}.conf{color:#b3261e}.muted{color:#6b7280}
        .shift{background:#fff6d6;border-left:4px solid #d4a017;padding:.4em .8em;margin:.4em 0}
        .text{background:#fff;padding:1em 1.4em;white-space:pre-wrap;line-height:1.7}
        mark.event{background:#ffd9a8}mark.quote{background:#d7ecff}mark.actor{background:none;border-bottom:2px solid #6a5acd}mark.time{background:none;border-bottom:2px dotted #1b7f4b}
        mark.event.quote{background:#f3c7e8}
        .legend mark{padding:0 .3em}svg{background:#fff;max-width:100%;height:auto}
        textarea{width:100%;min-height:16em;font:inherit}input[type=text],input[type=date]{font:inherit;width:20em}
        </style></head>
        <body><header><a href="/"><b>Détente</b></a><a href="/new">Analyse an article</a><a href="/openapi.json">API</a></header>
        <main>
        \(body)
        </main></body></html>
        """
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
