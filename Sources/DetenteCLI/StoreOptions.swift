import ArgumentParser
import DetenteStore

/// `--db`: which store a command uses.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store: a SQLite file path, or postgres://user@host:port/db (with the PostgreSQL trait).",
                               discussion: "Default: $DETENTE_DB, else $XDG_DATA_HOME/detente/detente.sqlite, else ~/.local/share/detente/detente.sqlite."))
    var db: String?

    /// Opens the store, or exits with a message naming it.
    func open() throws -> any EventStore {
        let location = db ?? SQLiteStore.defaultPath
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            #if PostgreSQL
            do { return try PostgresStore(url: location) } catch {
                StandardError.write("detente: \(error)")
                throw ExitCode.failure
            }
            #else
            StandardError.write("detente: \(location): this build has no PostgreSQL support (build with --traits PostgreSQL)")
            throw ExitCode.failure
            #endif
        }
        do { return try SQLiteStore(path: location) } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
    }
}
