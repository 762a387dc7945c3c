/// How one command line ended, and the exit status a shell sees for it.
enum CommandOutcome: Equatable {
    /// It did what was asked (help counts).
    case done
    /// It was refused or failed: the message says why.
    case failed
    /// The line itself was wrong: an unknown command, a missing or extra argument.
    case usageError

    var exitStatus: Int32 {
        switch self {
        case .done: 0
        case .failed: 1
        case .usageError: 2
        }
    }
}
