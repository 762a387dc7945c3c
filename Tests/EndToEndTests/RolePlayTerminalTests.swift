import Foundation
import Testing
import TrainerTestSupport

/// A role-play at the prompt in a real terminal: the patience meter, Ctrl-C pauses, the transcript comes back.
@Suite(.enabled(if: TmuxTerminal.isAvailable, "needs tmux"), .serialized)
struct RolePlayTerminalTests {
    let folder = TemporaryDirectory()
    let environment: [String: String]

    init() throws {
        ContentFixture.write(to: folder)
        ContentFixture.writeRolePlay(to: folder)
        let trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"),
                                     extra: ["XDG_STATE_HOME": folder.path("state"), "TERM": "xterm", "LANG": "C.UTF-8"])
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        environment = trainer.environment.merging(["TRAINER_PASSPHRASE": "lena-passphrase"]) { $1 }
    }

    @Test func ctrlCPausesARolePlayAndItResumesWithItsTranscript() throws {
        let terminal = try TmuxTerminal(command: "\(TrainerProcess.binary.path) --as lena", environment: environment)
        try terminal.waitFor("trainer (lena·lead)>")
        try terminal.send("roleplay locked-out", "Enter")
        #expect(try terminal.waitFor("you>").contains("patience ■■■■■ you>"))
        try terminal.send("Hello, this is Sam from support.", "Enter")
        #expect(try terminal.waitFor("Ada: Yes?").contains("Ada: Yes?"))
        try terminal.waitForPrompt("you>")
        try terminal.send("C-c")
        #expect(try terminal.waitFor("Paused after 1 turn").contains("`roleplay locked-out` picks it up"))
        try terminal.waitForPrompt("trainer (lena·lead)>")
        try terminal.send("C-l")
        try terminal.send("roleplay locked-out", "Enter")
        #expect(try terminal.waitFor("Resume it? [Y/n]").contains("1 turn"))
        try terminal.send("Enter")
        #expect(try terminal.waitFor("[greeting]").contains("you: Hello, this is Sam from support.  [greeting]"))
        try terminal.send("quit", "Enter")
        #expect(try terminal.waitFor("Score").contains("outcome: ended before an outcome"))
        try terminal.waitForPrompt("trainer (lena·lead)>")
        try terminal.send("C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))
    }
}
