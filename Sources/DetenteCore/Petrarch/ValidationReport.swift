/// The result of coding PETRARCH validation records: which records came out exactly right (all
/// expected codings and no others; nothing for `noevents` and `error` records), triple precision
/// and recall, and the same per category.
public struct ValidationReport: Sendable {
    public struct Outcome: Sendable {
        public var record: ValidationRecords.Record
        public var got: [ValidationRecords.Coding]
        public var exact: Bool
        public var matched: Int
    }

    public struct Tally: Sendable, Hashable {
        public var records = 0
        public var exact = 0
        public var expected = 0
        public var got = 0
        public var matched = 0
        public var rate: Double { records == 0 ? 0 : Double(exact) / Double(records) }
        public var precision: Double { got == 0 ? 0 : Double(matched) / Double(got) }
        public var recall: Double { expected == 0 ? 0 : Double(matched) / Double(expected) }

        mutating func add(_ o: Outcome) {
            records += 1
            if o.exact { exact += 1 }
            expected += Set(o.record.expected.map(ValidationReport.normal)).count
            got += o.got.count
            matched += o.matched
        }
    }

    public private(set) var outcomes: [Outcome] = []
    public private(set) var total = Tally()
    public private(set) var byCategory: [String: Tally] = [:]

    /// Codes every record with `pipeline` (PETRARCH rules), honouring `require_dyad` per record.
    public init(records: ValidationRecords, pipeline: Pipeline) {
        for record in records.records {
            var p = pipeline
            p.events.monadic = !record.options.requireDyad
            p.events.commaLimits = PetrarchCommaLimits(options: record.options.commas)
            let document = p.analyze(ArticleInput(text: record.text, metadata: ArticleMetadata(id: record.id, publicationDate: record.date)))
            var got: [ValidationRecords.Coding] = []
            // PETRARCH codes nothing for a record whose parse is unbalanced (bad_input_parse).
            for e in document.events where record.parseIsBalanced {
                let c = Self.normal(ValidationRecords.Coding(source: e.source, target: e.target ?? "", code: e.code))
                if !got.contains(c) { got.append(c) }
            }
            let expected = Set(record.expected.map(Self.normal))
            let matched = got.filter(expected.contains).count
            let exact = Set(got) == expected
            let outcome = Outcome(record: record, got: got, exact: exact, matched: matched)
            outcomes.append(outcome)
            total.add(outcome)
            byCategory[record.category, default: Tally()].add(outcome)
        }
    }

    /// PETRARCH writes a missing actor as `---`.
    static func normal(_ c: ValidationRecords.Coding) -> ValidationRecords.Coding {
        var c = c
        if c.target == "---" { c.target = "" }
        if c.source == "---" { c.source = "" }
        return c
    }

    /// A plain-text summary; with `verbose`, every record coded wrongly (id, text, expected, got).
    public func render(verbose: Bool) -> String {
        func pct(_ x: Double) -> String { String(Int((x * 1000).rounded()) / 10) + "." + String(Int((x * 1000).rounded()) % 10) + " %" }
        var lines: [String] = []
        if verbose {
            for o in outcomes where !o.exact {
                lines.append("\(o.record.id) [\(o.record.category)] \(o.record.text)")
                let expected = o.record.expected.isEmpty ? (o.record.expectedError.map { "error: \($0)" } ?? "no events") : o.record.expected.map(\.description).joined(separator: ", ")
                lines.append("  expected: \(expected)")
                lines.append("  got:      \(o.got.isEmpty ? "no events" : o.got.map(\.description).joined(separator: ", "))")
            }
            lines.append("")
        }
        lines.append("category     records  exact   rate     precision  recall")
        for (category, t) in byCategory.sorted(by: { $0.key < $1.key }) {
            lines.append(category.padding(12) + " " + String(t.records).padding(8) + " " + String(t.exact).padding(7) + " " + pct(t.rate).padding(8) + " " + pct(t.precision).padding(10) + " " + pct(t.recall))
        }
        let t = total
        lines.append("all".padding(12) + " " + String(t.records).padding(8) + " " + String(t.exact).padding(7) + " " + pct(t.rate).padding(8) + " " + pct(t.precision).padding(10) + " " + pct(t.recall))
        lines.append("\(t.exact) of \(t.records) records coded exactly right (\(pct(t.rate))); codings: \(t.matched) of \(t.expected) expected found, \(t.got) produced")
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
