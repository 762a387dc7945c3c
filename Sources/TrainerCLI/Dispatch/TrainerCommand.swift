import ArgumentParser
import TrainerCore

/// A command of the one table that serves both the REPL and one-shot `trainer CMD ...`.
public protocol TrainerCommand: ParsableCommand {
    /// Who may run it; checked before parsing, so a refused person learns that first.
    static var access: Access { get }
    /// What Tab completes for its positional arguments.
    static var completion: CompletionKind { get }
    /// Whether it runs when the content has problems (only `check` and `help` do).
    static var runsOnBrokenContent: Bool { get }
    /// Whether this invocation's output is for programs or files (`--json`, documents): then it is
    /// never wrapped. A requirement rather than a protocol to cast to: a cast scans the runtime's
    /// conformance records.
    var printsRawOutput: Bool { get }
    func run(in session: Session) throws
}

extension TrainerCommand {
    public static var completion: CompletionKind { .none }
    public static var runsOnBrokenContent: Bool { false }
    public var printsRawOutput: Bool { false }
}

/// The kinds of values Tab can complete after a command.
public enum CompletionKind: Sendable {
    case none, topic, user, lesson, track, file, scenario
    /// The open tickets of the running shift (`T3`).
    case ticket
}

/// The table of commands: the root that `parseAsRoot` reads words against.
struct CommandTable: ParsableCommand {
    /// Every command names the table as its super-command: the dispatcher parses a command alone
    /// (see `Dispatcher.parse`), and swift-argument-parser then skips looking for
    /// `--generate-completion-script` in it, two more parsers built by reflection on every start.
    /// Help and errors are still made from the table's root, where the name changes nothing.
    static let name = "trainer"

    static let configuration = CommandConfiguration(
        commandName: name,
        abstract: "Onboard and certify customer-support agents.",
        discussion: """
            Run `trainer` with no command for the interactive prompt; `trainer CMD ...` runs one \
            command. Global options anywhere on the line: --db PATH, --content DIR, --as NAME, --demo.
            """,
        subcommands: [
            LoginCommand.self, LogoutCommand.self, WhoamiCommand.self,
            TodayCommand.self, PlanCommand.self, ReadCommand.self, DoneCommand.self, SelfReviewCommand.self,
            QuizCommand.self, ReviewCommand.self, AttemptCommand.self, ResultsCommand.self, WeakCommand.self,
            RolePlayCommand.self, QueueCommand.self,
            TraineesCommand.self, DraftsCommand.self, ApproveCommand.self, ReturnCommand.self, ShowCommand.self, SheetCommand.self,
            MeetingCommand.self, ReportCommand.self,
            ExamCommand.self, CertsCommand.self,
            InitCommand.self, UserCommand.self,
            CheckCommand.self, ImportCommand.self, ExportCommand.self, DatabaseCommand.self, ExitCommand.self,
        ])
}

/// Leaves the REPL (Ctrl-D does the same).
struct ExitCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "exit", _superCommandName: CommandTable.name, abstract: "Leave trainer.", aliases: ["quit"])
    static let access = Access.anyone
    static let runsOnBrokenContent = true
    func run(in session: Session) throws { session.wantsExit = true }
}
