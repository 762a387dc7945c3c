import Foundation
import Testing
import TrainerTestSupport

/// The REPL in a real terminal: line editing, Tab completion, Ctrl-C and Ctrl-D.
@Suite(.enabled(if: TmuxTerminal.isAvailable, "needs tmux"), .serialized)
struct TerminalTests {
    let folder = TemporaryDirectory()
    let environment: [String: String]

    init() throws {
        ContentFixture.write(to: folder)
        let trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"),
                                     extra: ["XDG_STATE_HOME": folder.path("state"), "TERM": "xterm", "LANG": "C.UTF-8"])
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        environment = trainer.environment.merging(["TRAINER_PASSPHRASE": "lena-passphrase"]) { $1 }
    }

    /// Issue 15, point 5: pasted text (with bracketed-paste markers), raw escape sequences and
    /// control keys at readline's prompt leave the REPL answering, with short messages.
    @Test func pastesEscapesAndControlKeysLeaveThePromptWorking() throws {
        let prompt = "trainer (lena·lead)>"
        let terminal = try TmuxTerminal(command: "\(TrainerProcess.binary.path) --as lena", environment: environment)
        try terminal.waitForPrompt(prompt)

        // A pasted paragraph with a tab, an escape and a very long word: one unknown command, shortly told.
        try terminal.paste("hello there\tcolleague \u{1B}[2J " + String(repeating: "y", count: 3_000))
        try terminal.send("Enter")
        try terminal.waitFor("error: unknown command `hello`")
        try terminal.waitForPrompt(prompt)
        // Raw escape sequences and control characters typed at the prompt.
        try terminal.send("Escape", "[31mred", "Enter")
        try terminal.waitForPrompt(prompt)
        try terminal.send("C-v", "C-[", "[2J", "C-v", "C-a", "C-v", "C-g", "x", "Enter")
        try terminal.waitFor("error: unknown command `^[[2J^A^Gx`")
        try terminal.waitForPrompt(prompt)
        // Paste markers typed by hand: readline takes what lies between them as pasted text.
        try terminal.send("Escape", "[200~", "whoami", "Escape", "[201~", "Enter")
        try terminal.waitFor("lena (lead)")
        try terminal.waitForPrompt(prompt)

        try terminal.send("whoami", "Enter")
        let screen = try terminal.waitUntil { $0.components(separatedBy: "lena (lead)").count == 3 }
        #expect(screen.components(separatedBy: "lena (lead)").count == 3)
        // The line echoed what was pasted; the message quoted only its start.
        let message = try terminal.history(joined: true).split(separator: "\n").first { $0.hasPrefix("error: unknown command") }
        #expect((message?.count ?? 0) < 300, "\(message?.prefix(400) ?? "")")
        try terminal.send("C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test func tabCompletesCtrlCKeepsTheProgramAndCtrlDExitsZero() throws {
        let terminal = try TmuxTerminal(command: "\(TrainerProcess.binary.path) --as lena", environment: environment)
        #expect(try terminal.waitFor("trainer (lena·lead)>").contains("trainer (lena·lead)>"))

        // Tab completes a command name, then its argument.
        try terminal.send("who", "Tab")
        #expect(try terminal.waitFor("> whoami").contains("> whoami"))
        try terminal.send("Enter")
        #expect(try terminal.waitFor("lena (lead)").contains("lena (lead)"))
        try terminal.send("user rem", "Tab", "le", "Tab")
        #expect(try terminal.waitFor("user remove lena").contains("user remove lena"))

        // Ctrl-C drops that line: nothing runs, and the prompt comes back. Like a person, wait for
        // the fresh prompt before typing: the terminal discards input that arrives with the Ctrl-C.
        try terminal.send("C-c")
        try terminal.waitUntil { $0.split(separator: "\n").last == "trainer (lena·lead)>" }
        try terminal.send("whoami", "Enter")
        let screen = try terminal.waitUntil { screen in
            let lines = screen.split(separator: "\n")
            return screen.components(separatedBy: "lena (lead)").count == 3 && lines.last?.hasPrefix("trainer (lena·lead)>") == true
        }
        #expect(!screen.contains("Removed"))
        #expect(!screen.contains("EXIT="))
        #expect(screen.components(separatedBy: "lena (lead)").count == 3, "\(screen)")

        // Ctrl-D at an empty prompt leaves with status 0.
        try terminal.send("C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))

        // The history survived for the next session.
        let history = try String(contentsOfFile: folder.path("state/trainer/history"), encoding: .utf8)
        #expect(history.contains("whoami"))
        #expect(!history.contains("user remove lena"))
    }

    @Test func ctrlCMidQuizPausesAndTheQuizResumes() throws {
        let terminal = try TmuxTerminal(command: "\(TrainerProcess.binary.path) --as lena", environment: environment)
        try terminal.waitFor("trainer (lena·lead)>")
        try terminal.send("quiz fruit", "Enter")
        try terminal.waitFor("answer>")
        try terminal.send("a b", "Enter")
        #expect(try terminal.waitFor("Question 2/2").contains("Which one is yellow?"))
        try terminal.waitForPrompt("answer>")
        try terminal.send("C-c")
        #expect(try terminal.waitFor("Paused with 1 of 2 answered").contains("`quiz fruit` picks it up"))
        try terminal.waitForPrompt("trainer (lena·lead)>")
        try terminal.send("C-l")
        try terminal.send("quiz fruit", "Enter")
        #expect(try terminal.waitFor("Resume it? [Y/n]").contains("1 of 2 answered"))
        try terminal.send("Enter")
        #expect(try terminal.waitFor("Question 2/2").contains("Which one is yellow?"))
        try terminal.send("a", "Enter")
        try terminal.waitFor("submit>")
        try terminal.send("submit", "Enter")
        #expect(try terminal.waitFor("Score 100%").contains("passed"))
        try terminal.waitForPrompt("trainer (lena·lead)>")
        try terminal.send("C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test func unknownCommandsGetASuggestionAndTheProgramStays() throws {
        let terminal = try TmuxTerminal(command: "\(TrainerProcess.binary.path) --as lena", environment: environment)
        try terminal.waitFor("> ")
        try terminal.send("hlep", "Enter")
        #expect(try terminal.waitFor("Did you mean `help`?").contains("Did you mean `help`?"))
        try terminal.send("exit", "Enter")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))
    }
}

/// A newcomer's first run on an empty database, in a real terminal.
@Suite(.enabled(if: TmuxTerminal.isAvailable, "needs tmux"))
struct FirstRunTerminalTests {
    @Test func theFirstRunCreatesTheLeadWithoutEchoingThePassphrase() throws {
        let folder = TemporaryDirectory()
        ContentFixture.write(to: folder)
        let trainer = TrainerProcess(content: folder.url.path, database: folder.path("new/trainer.sqlite"),
                                     extra: ["XDG_STATE_HOME": folder.path("state"), "TERM": "xterm", "LANG": "C.UTF-8"])
        let terminal = try TmuxTerminal(command: TrainerProcess.binary.path, environment: trainer.environment)
        #expect(try terminal.waitFor("Lead's name:").contains("Welcome to trainer."))
        try terminal.send("olga", "Enter")
        try terminal.waitFor("New passphrase for olga:")
        // Too short: refused at once, before "Repeat it", and the passphrase is asked again (not the name).
        try terminal.send("short", "Enter")
        let refused = try terminal.waitFor("try another")
        #expect(refused.contains("a passphrase needs at least 8 characters; try another (Ctrl-C cancels)."))
        #expect(!refused.contains("Repeat it:"))
        try terminal.waitForPrompt("New passphrase for olga:")
        #expect(try terminal.screen().components(separatedBy: "Lead's name:").count == 2, "the name is not asked again")
        try terminal.send("first-lead-secret", "Enter")
        try terminal.waitFor("Repeat it:")
        try terminal.send("first-lead-secret", "Enter")
        let screen = try terminal.waitForPrompt("trainer (olga·lead)>")
        #expect(screen.contains("Created lead olga and logged you in."))
        #expect(!screen.contains("first-lead-secret"))
        try terminal.send("C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))

        let check = try trainer.run(["whoami", "--as", "olga"], env: ["TRAINER_PASSPHRASE": "first-lead-secret"])
        #expect(check.stdout == "olga (lead)\n")
    }
}
