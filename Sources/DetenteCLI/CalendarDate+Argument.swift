public import ArgumentParser
public import DetenteCore

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
        guard argument.utf8.count == 10 else { return nil }
    }
}
