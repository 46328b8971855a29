public import ArgumentParser
public import DetenteCore
public import DetenteStore

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
        guard argument.utf8.count == 10 else { return nil }
    }
}

extension Granularity: ExpressibleByArgument {}

extension EventExport.Format: ExpressibleByArgument {}
