import Foundation
import TrainerContent
import TrainerCore
import TrainerStore

/// Everything a command runs against: the store, the content, the clock, who is logged in, and
/// where to read and write. One session lives as long as the REPL or the one-shot command.
public final class Session {
    public enum Mode: Sendable { case interactive, script, oneShot }

    public let store: Store
    private let curriculumSource: LazyCurriculum
    /// The validated content (decoded from the cache on first use).
    public var curriculum: Curriculum { curriculumSource.value }
    public let content: ContentLoader
    public let clock: Clock
    public let input: any LineReader
    public let out: any TextStream
    public let err: any TextStream
    public let style: Style
    public let mode: Mode
    public let environment: [String: String]
    public var user: Account?
    /// Set by `exit`/`quit` to leave the REPL.
    public var wantsExit = false

    public convenience init(store: Store, curriculum: Curriculum, content: ContentLoader, clock: Clock,
                            input: any LineReader, out: any TextStream, err: any TextStream, style: Style,
                            mode: Mode, environment: [String: String], user: Account? = nil) {
        self.init(store: store, curriculum: LazyCurriculum(curriculum), content: content, clock: clock, input: input,
                  out: out, err: err, style: style, mode: mode, environment: environment, user: user)
    }

    public init(store: Store, curriculum: LazyCurriculum, content: ContentLoader, clock: Clock,
                input: any LineReader, out: any TextStream, err: any TextStream, style: Style,
                mode: Mode, environment: [String: String], user: Account? = nil) {
        self.store = store
        self.curriculumSource = curriculum
        self.content = content
        self.clock = clock
        self.input = input
        self.out = out
        self.err = err
        self.style = style
        self.mode = mode
        self.environment = environment
        self.user = user
    }

    public func say(_ text: String = "") { out.write(text + "\n") }

    /// Problems found when the content was loaded at start-up; nil when it is valid.
    public var contentReport: ContentReport?

    /// The content with the places of its questions (for `check` and its lint): from the
    /// start-up load or its cache when they are known, else read again from every file.
    public func loadContent(fresh: Bool) -> Result<LoadedContent, ContentReport> {
        if let contentReport { return .failure(contentReport) }
        if fresh && !curriculumSource.isFreshFromFiles { return content.loadWithPlaces() }
        guard let places = curriculumSource.places else { return content.loadWithPlaces() }
        return .success(LoadedContent(curriculum: curriculum, places: places))
    }

    public func warn(_ text: String) { err.write(text + "\n") }

    /// The logged-in account; commands with `.signedIn` access only run with one.
    public func currentUser() throws -> Account {
        guard let user else { throw CommandFailure(noAccountsYet ?? "log in first: `login NAME` (or `--as NAME` on the command line)") }
        return user
    }

    /// The passphrase of an existing account: `TRAINER_PASSPHRASE`, else asked without echo.
    public func passphrase(for name: String) throws -> String {
        if let secret = environment["TRAINER_PASSPHRASE"], !secret.isEmpty { return secret }
        switch input.readSecretInput(prompt: "Passphrase for \(name): ") {
        case .line(let secret): return secret
        case .interrupted: throw CommandFailure("cancelled")
        case .endOfInput where input.isInteractive: throw CommandFailure("cancelled")
        case .endOfInput: break
        }
        throw CommandFailure("no passphrase for `\(name)`: set TRAINER_PASSPHRASE, or run on a terminal to be asked")
    }

    /// On a database with no accounts, how to create the first one; nil otherwise.
    var noAccountsYet: String? {
        guard (try? store.accountCount()) == 0 else { return nil }
        return "this database has no accounts yet: create the first lead with `trainer init --lead NAME` "
            + "(the passphrase from TRAINER_NEW_PASSPHRASE, or asked on a terminal)"
    }

    /// A new passphrase: `TRAINER_NEW_PASSPHRASE`, else asked without echo until one meets the
    /// policy, then asked again to confirm. Ctrl-C cancels.
    public func newPassphrase(for name: String) throws -> String {
        if let fromEnvironment = environment["TRAINER_NEW_PASSPHRASE"], !fromEnvironment.isEmpty {
            if let problem = PassphrasePolicy.problem(with: fromEnvironment) { throw CommandFailure("\(problem); nothing was changed") }
            return fromEnvironment
        }
        guard input.isInteractive else {
            throw CommandFailure("no new passphrase for `\(name)`: set TRAINER_NEW_PASSPHRASE, or run on a terminal to be asked")
        }
        let cancelled = CommandFailure("cancelled; nothing was changed")
        while true {
            guard case .line(let first) = input.readSecretInput(prompt: "New passphrase for \(name): ") else { throw cancelled }
            if let problem = PassphrasePolicy.problem(with: first) {
                warn("\(problem); try another (Ctrl-C cancels).")
                continue
            }
            switch input.readSecretInput(prompt: "Repeat it: ") {
            case .line(first): return first
            case .line: warn("The two passphrases differ; once more (Ctrl-C cancels).")
            case .interrupted, .endOfInput: throw cancelled
            }
        }
    }
}

/// A command did not do what was asked; the message says why and what to do.
public struct CommandFailure: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
