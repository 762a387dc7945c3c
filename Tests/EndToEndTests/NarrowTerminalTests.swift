import Foundation
import Testing
import TrainerTestSupport

/// Issue 9, points 7-9 in a real terminal: trainer wraps its own lines at 60 columns, pages a
/// long lesson through less, cancels a passphrase prompt on Ctrl-C, and Tab completes options.
@Suite(.enabled(if: TmuxTerminal.isAvailable, "needs tmux"), .serialized)
struct NarrowTerminalTests {
    let home = TemporaryDirectory()
    let prompt = "trainer (lena·lead)>"

    func demo(columns: Int = 60, rows: Int = 30, extra: [String: String] = [:]) throws -> TmuxTerminal {
        let environment = DemoCohort.process(home: home, extra: ["TERM": "xterm", "LANG": "C.UTF-8",
                                                                   "XDG_STATE_HOME": home.path("state")].merging(extra) { $1 }).environment
        let terminal = try TmuxTerminal(command: "\(TrainerProcess.binary.path) --demo", environment: environment.filter { $0.key != "TRAINER_PASSPHRASE" },
                                        columns: columns, rows: rows)
        try terminal.waitForPrompt(prompt, seconds: 60)
        return terminal
    }

    @Test func everyViewIsWrappedByTrainerNotByTheTerminal() throws {
        let terminal = try demo(extra: ["PAGER": "cat"])
        for command in ["help", "today tom", "plan tom", "show tom", "trainees", "read welcome", "help plan shift", "results"] {
            let prompts = try terminal.history().components(separatedBy: prompt).count
            try terminal.send(command, "Enter")
            let deadline = Date().addingTimeInterval(60)
            while try terminal.history().components(separatedBy: prompt).count <= prompts, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        try terminal.waitForPrompt(prompt, seconds: 60)
        // -J keeps trailing spaces (the prompt's); only the joining matters here.
        let plain = Self.trimmed(try terminal.history()), joined = Self.trimmed(try terminal.history(joined: true))
        #expect(plain.contains("Commands for a lead") && plain.contains("Weekly self-reviews:"))
        #expect(plain == joined, "a line the terminal wrapped differs: \(Self.firstDifference(plain, joined))")
        try terminal.send("C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/less"), "needs less"))
    func aLongLessonIsPagedAndTheProgramGoesOn() throws {
        let terminal = try demo(rows: 15)
        try terminal.send("read welcome", "Enter")
        // less waits for a key on its own prompt line, the lesson's start on screen.
        let paged = try terminal.waitUntil(seconds: 60) { $0.split(separator: "\n").last?.hasPrefix(":") == true }
        #expect(paged.contains("WELCOME"), "\(paged)")
        #expect(!paged.contains("EXIT="))
        try terminal.send("q")
        try terminal.waitForPrompt(prompt, seconds: 60)
        try terminal.send("whoami", "Enter")
        #expect(try terminal.waitFor("lena (lead)").contains("lena (lead)"))
        try terminal.send("C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/less"), "needs less"))
    func aOneShotReadIsPagedToo() throws {
        let environment = DemoCohort.process(home: home, extra: ["TERM": "xterm", "LANG": "C.UTF-8"]).environment
        let terminal = try TmuxTerminal(command: "\(TrainerProcess.binary.path) --demo read welcome", environment: environment, columns: 60, rows: 15)
        let paged = try terminal.waitUntil(seconds: 60) { $0.split(separator: "\n").last?.hasPrefix(":") == true }
        #expect(paged.contains("WELCOME"), "\(paged)")
        try terminal.send("q")
        #expect(try terminal.waitFor("EXIT=", seconds: 60).contains("EXIT=0"))
    }

    @Test func ctrlCAtAPassphrasePromptCancelsAndTabCompletesOptionNames() throws {
        let terminal = try demo()
        try terminal.send("login tom", "Enter")
        try terminal.waitForPrompt("Passphrase for tom:", seconds: 60)
        try terminal.send("C-c")
        let screen = try terminal.waitForPrompt(prompt, seconds: 60)
        #expect(screen.contains("error: cancelled"), "\(screen)")
        #expect(!screen.contains("TRAINER_PASSPHRASE"))

        try terminal.send("C-l")
        try terminal.send("quiz triage --c", "Tab")
        #expect(try terminal.waitFor("--count").contains("quiz triage --count"))
        try terminal.send("C-u")
        try terminal.send("sheet tom --format ", "Tab", "Tab")
        #expect(try terminal.waitFor("html").contains("md"))
        try terminal.send("C-u", "C-d")
        #expect(try terminal.waitFor("EXIT=").contains("EXIT=0"))
    }

    static func trimmed(_ text: String) -> String {
        text.components(separatedBy: "\n").map { line in
            var line = Substring(line)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }.joined(separator: "\n")
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let left = a.components(separatedBy: "\n"), right = b.components(separatedBy: "\n")
        for (x, y) in zip(left, right) where x != y { return "\n\(x)\n\(y)" }
        return "line counts \(left.count) and \(right.count)"
    }
}
