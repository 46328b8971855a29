/// A dyad timeline as JSON: its periods (both directions and combined) and turning points.
public enum TimelineJSON {
    public static func write(_ t: DyadTimeline) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("a", t.a.uppercased())
        w.field("b", t.b.uppercased())
        w.field("by", t.granularity.rawValue)
        w.field("events", t.events.count)
        w.key("periods")
        w.beginArray()
        for p in t.periods {
            w.beginObject()
            w.field("start", p.start.description)
            for (name, tally) in [("combined", p.combined), ("ab", p.forward), ("ba", p.backward)] {
                w.key(name)
                w.beginObject()
                w.field("events", tally.events)
                w.key("quad_classes")
                w.beginArray()
                for q in tally.quadClasses { w.number(q) }
                w.endArray()
                w.key("goldstein_sum"); w.number(tally.goldsteinSum)
                w.key("goldstein_mean")
                if let m = tally.goldsteinMean { w.number(m) } else { w.null() }
                w.endObject()
            }
            w.endObject()
        }
        w.endArray()
        w.key("shifts")
        w.beginArray()
        for s in t.shifts {
            w.beginObject()
            w.field("kind", s.kind.rawValue)
            w.field("start", s.start.description)
            w.key("mean_before"); w.number(s.before)
            w.key("mean_after"); w.number(s.after)
            w.field("events_before", s.eventsBefore)
            w.field("events_after", s.eventsAfter)
            w.field("summary", s.description)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }

}
