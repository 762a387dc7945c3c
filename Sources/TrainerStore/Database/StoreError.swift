import Foundation
import TrainerCore

/// Failures a person can act on; each prints one line naming what and where.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    case database(path: String, message: String)
    case unknownUser(String)
    case nameTaken(String)
    /// A failed login, and the seconds the account now waits before another is heard.
    case wrongPassphrase(String, seconds: Int)
    /// A login refused unheard: the account still waits after failed logins.
    case loginPaused(String, seconds: Int)
    case notAMentor(String)
    case notEmpty
    case notAllowed(String)
    case notFound(String)
    case notATrainerDatabase(path: String, reason: String)
    case newerSchema(path: String, found: Int, known: Int, unknownMigrations: [String])
    /// A timed attempt took an answer after its deadline.
    case timeUp(attempt: Int64, deadline: Date)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): "cannot create the database \(path): \(reason)"
        case .database(let path, let message): "database \(path): \(message)"
        case .unknownUser(let name): "no account named `\(name)`"
        case .nameTaken(let name): "an account named `\(name)` already exists"
        case .wrongPassphrase(let name, let seconds):
            "wrong passphrase for `\(name)`" + (seconds > 0 ? ": \(LoginGuard.advice(seconds: seconds))" : "")
        case .loginPaused(let name, let seconds):
            "too many failed logins for `\(name)`: \(LoginGuard.advice(seconds: seconds)) (a lead can reset it with `user passwd \(name)`)"
        case .notAMentor(let name): "`\(name)` is not a mentor or lead, so cannot mentor anyone"
        case .notEmpty: "this database already has accounts: `init` only sets up an empty one (a lead adds people with `user add`)"
        case .notAllowed(let why): why
        case .notFound(let what): what
        case .timeUp(let attempt, _): "the time for attempt \(attempt) is up: the answer was not recorded"
        case .notATrainerDatabase(let path, let reason): "\(path) is not a trainer database (\(reason)); it was left untouched"
        case .newerSchema(let path, let found, let known, let unknown):
            "\(path) was written by a newer trainer (schema version \(found); this trainer knows up to \(known)"
                + (unknown.isEmpty ? "" : "; migrations it does not know: \(unknown.joined(separator: ", "))") + "): "
                + "upgrade trainer to use it; the file was left untouched"
        }
    }
}
