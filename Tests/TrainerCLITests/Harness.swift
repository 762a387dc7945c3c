import Foundation
@testable import TrainerCLI
import TrainerContent
import TrainerCore
import TrainerStore
import TrainerTestSupport

/// An in-process session on an in-memory store and the fixture content, driven by typed lines.
final class Harness {
    let folder: TemporaryDirectory
    let store: Store
    let out = CapturedStream()
    let err = CapturedStream()
    let curriculum: Curriculum

    /// Another session on `other`'s store and content.
    init(sharing other: Harness) throws {
        folder = other.folder
        store = other.store
        curriculum = other.curriculum
    }

    /// The fixture content (with the sandbox's tickets and replies when asked), three accounts.
    init(withSandbox: Bool = false) throws {
        folder = TemporaryDirectory()
        ContentFixture.write(to: folder)
        if withSandbox { ContentFixture.writeSandbox(to: folder) }
        store = try Store()
        curriculum = try ContentLoader(root: folder.url).load().get()
        let at = Date(timeIntervalSince1970: 0)
        try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: 1_000), at: at)
        try store.addAccount(NewAccount(name: "mark", role: .mentor, passphrase: "x", iterations: 1_000), at: at)
        try store.addAccount(NewAccount(name: "tom", role: .trainee, mentor: "mark", track: "basic", passphrase: "x", iterations: 1_000), at: at)
    }

    /// Runs `lines` as a script, logged in as `user`; returns the exit status.
    @discardableResult
    func script(_ lines: [String], as user: String? = nil, interactive: Bool = false, day: Int = 0,
                environment: [String: String] = ["TRAINER_NEW_PASSPHRASE": "new-passphrase"]) throws -> Int32 {
        REPL(session: try session(lines, as: user, interactive: interactive, day: day, environment: environment), dispatcher: Dispatcher()).run()
    }

    /// A session on this store and content, reading `lines`, logged in as `user`.
    func session(_ lines: [String] = [], as user: String? = nil, interactive: Bool = false, day: Int = 0,
                 environment: [String: String] = ["TRAINER_NEW_PASSPHRASE": "new-passphrase"]) throws -> Session {
        Session(
            store: store, curriculum: curriculum, content: ContentLoader(root: folder.url),
            clock: .fixed(Date(timeIntervalSince1970: 1_795_000_000 + Double(day) * 86_400)),
            input: ScriptedLineReader(lines, interactive: interactive), out: out, err: err,
            style: Style(enabled: false), mode: .script, environment: environment,
            user: try user.flatMap { try store.account(named: $0) })
    }
}
