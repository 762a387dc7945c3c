import Foundation
import TrainerContent
import TrainerCore
import TrainerStore

/// The program: reads the global options, opens content and database, then runs one command,
/// a script from stdin, or the interactive prompt.
public enum TrainerApp {
    /// Runs trainer and returns its exit status.
    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let stdinIsTerminal = isatty(STDIN_FILENO) == 1
        let out = WrappingStream(FileStream.standardOutput) { ScreenWidth.columns(environment: environment) }
        let err = WrappingStream(FileStream.standardError) { ScreenWidth.columns(environment: environment) }
        let fail = { (message: String) -> Int32 in
            err.write(PrintableMessage.make("error: \(message)") + "\n")
            return 1
        }
        let options: GlobalOptions, words: [String]
        switch GlobalOptions.extract(from: arguments) {
        case .success(let extracted): (options, words) = extracted
        case .failure(let failure):
            err.write(PrintableMessage.make("error: \(failure.message)") + "\nUsage: trainer [--as NAME] [--db PATH] [--content DIR] [--demo] [COMMAND ...]\n")
            return CommandOutcome.usageError.exitStatus
        }
        if options.version {
            out.write("trainer \(TrainerVersion.current) (database schema \(Store.schemaVersion), \(Store.newestMigration))\n")
            return 0
        }
        let clock: Clock
        switch ClockSetting.clock(from: environment) {
        case .success(let value): clock = value
        case .failure(let failure): return fail(failure.message)
        }
        let paths = Paths(environment: environment)
        let loader = ContentLoader(root: paths.content(option: options.content))
        let cache = environment["TRAINER_NO_CACHE"] == nil ? ContentCache(directory: paths.cache, programStamp: ProgramStamp.current) : nil
        // Help describes commands, never content: it neither parses nor checks the banks.
        let loaded: Result<LazyCurriculum, ContentReport> = Dispatcher.isHelpRequest(words) ? .success(LazyCurriculum(.empty))
            : cache?.load(loader) ?? loader.loadWithPlaces().map(LazyCurriculum.init)

        let databasePath = paths.database(option: options.database)
        // `db check` reads the file without opening it for writing or logging in, so a damaged
        // database is reported even when its accounts cannot be read.
        if !options.demo, words == ["db", "check"] {
            return DatabaseCheckCommand.report(Store.health(ofFileAt: databasePath), path: databasePath, out: out)
        }
        let store: Store
        do {
            if !options.demo, options.database == nil, environment["TRAINER_DB"]?.isEmpty ?? true {
                try paths.createDataFolder()
            }
            store = try options.demo ? Demo.makeStore() : Store(path: databasePath)
        } catch {
            // Help never depends on the database: without one it is shown as to someone not logged in.
            guard Dispatcher.isHelpRequest(words), options.user == nil, let empty = try? Store() else { return fail("\(error)") }
            store = empty
        }
        defer {
            store.closeForExit()
            if options.demo { Demo.discard(store) }
        }

        let mode: Session.Mode = !words.isEmpty ? .oneShot : (stdinIsTerminal ? .interactive : .script)
        let input: any LineReader = stdinIsTerminal
            ? ReadlineLineReader(historyPath: mode == .interactive ? paths.history : nil)
            : StreamLineReader()
        let style = Style.detect(isTerminal: isatty(STDOUT_FILENO) == 1, environment: environment)
        let curriculum = (try? loaded.get()) ?? LazyCurriculum(.empty)
        let session = Session(store: store, curriculum: curriculum, content: loader, clock: clock, input: input,
                              out: out, err: err, style: style, mode: mode, environment: environment)
        // Kept until the process ends: releasing what a command decoded (banks, plans) only to
        // exit was a few percent of a short command.
        _ = Unmanaged.passRetained(session)
        if case .failure(let report) = loaded { session.contentReport = report }
        let dispatcher = Dispatcher()
        if session.contentReport == nil {
            do {
                try LegacyUpgrade.run(in: session)
            } catch {
                return fail("\(error)")
            }
        }

        // Who is acting: --as NAME, or the demo's lead.
        do {
            if options.demo { try Demo.seed(session) }
            if let name = options.user {
                if let hint = session.noAccountsYet { return fail(hint) }
                session.user = try session.authenticate(name)
            } else if options.demo {
                session.user = try store.account(named: Demo.lead)
                if mode == .interactive { session.say(Demo.banner(style: style)) }
            }
        } catch {
            return fail("\(error)")
        }

        if mode == .oneShot { return dispatcher.outcome(of: words, in: session).exitStatus }

        if let report = session.contentReport {
            err.write(report.description + "\n")
            err.write("trainer did not start: the content in \(loader.root.path) has problems (above). "
                      + "Fix them and start again; `trainer check` lists them again.\n")
            return 1
        }
        if let reader = input as? ReadlineLineReader {
            let completer = Completer(catalog: dispatcher.catalog) { kind in CompletionValues.values(kind, session: session) }
            reader.complete = { completer.candidates(forLine: $0) }
        }
        if mode == .interactive, (try? store.accountCount()) == 0 {
            guard FirstRun(session: session).run() else { return 0 }
        }
        return REPL(session: session, dispatcher: dispatcher).run()
    }
}

/// The values Tab offers for each kind of argument, from the session's content and store.
enum CompletionValues {
    static func values(_ kind: CompletionKind, session: Session) -> [String] {
        switch kind {
        case .none, .file: []
        case .topic: session.curriculum.topics
        case .track: session.curriculum.tracks
        case .lesson: session.curriculum.lessons.map(\.id)
        case .scenario: session.curriculum.scenarios.map(\.id)
        case .ticket: (try? session.runningShift().stored.shift.open.map(\.id)) ?? []
        case .user:
            if let user = session.user {
                (try? session.store.accounts(visibleTo: user).map(\.name)) ?? []
            } else {
                (try? session.store.accountNames()) ?? []
            }
        }
    }
}
