import Foundation
import Testing
import TrainerCore
import TrainerTestSupport

/// Issue 15, point 5: hostile lines at the REPL prompt, at every answer prompt (quiz and exam)
/// and at the role-play prompt, in script mode. Nothing crashes or hangs (each run is killed
/// after its timeout, which fails the test), the program carries on to the end of the script,
/// no escape sequence typed is echoed back raw, and every message stays short.
@Suite struct HostileInputTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]
    static let timeout: TimeInterval = 120

    init() throws {
        ContentFixture.write(to: folder)
        ContentFixture.writeRolePlay(to: folder)
        folder.write("QuestionBanks/drill.yaml", DrillBank.practice(questions: 3))
        folder.write("QuestionBanks/hall.yaml", DrillBank.exam(questions: 3))
        folder.write("QuestionBanks/exams/hall-cert.yaml", DrillBank.blueprint(questions: 3))
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
    }

    /// The adversarial lines, the megabyte ones and 40 seeded random ones.
    static func lines(seed: UInt64) -> [[UInt8]] {
        var random = SeededGenerator(seed: seed)
        return HostileInput.adversarial + HostileInput.huge + HostileInput.random(count: 40, using: &random)
    }

    /// What every run must show: it ended by itself, echoed no escape, and said nothing long.
    func expectComposure(_ outcome: TrainerProcess.Outcome, _ context: String) {
        #expect(!outcome.timedOut, "\(context): still running after \(Self.timeout) s")
        #expect(!outcome.crashed, "\(context): ended by a signal")
        #expect(!outcome.stdout.contains("\u{1B}") && !outcome.stderr.contains("\u{1B}"), "\(context): an escape reached the terminal")
        let longest = (outcome.stdout + outcome.stderr).split(separator: "\n").map(\.utf8.count).max() ?? 0
        #expect(longest < 10_000, "\(context): a line of \(longest) bytes was printed")
    }

    @Test func theREPLPromptShrugsOffHostileLines() throws {
        let input = HostileInput.script(Self.lines(seed: TestScale.seed), after: ["whoami"])
        let outcome = try trainer.run(["--as", "tom"], input: input, env: tom, timeout: Self.timeout)
        expectComposure(outcome, "REPL (seed \(TestScale.seed))")
        #expect(outcome.status == 1, "a script with failing lines exits 1")
        // It carried on to the last line.
        #expect(outcome.stdout.hasSuffix("tom (trainee, track basic)\n") || outcome.stdout.contains("tom (trainee"), "\(outcome.stdout.suffix(200))")
    }

    @Test func aMegabyteUnknownCommandGetsAShortAnswer() throws {
        for line in HostileInput.huge {
            let outcome = try trainer.run(["--as", "tom"], input: HostileInput.script([line]), env: tom, timeout: Self.timeout)
            expectComposure(outcome, "huge line")
            #expect(outcome.stderr.utf8.count < 300, "\(outcome.stderr.prefix(400))")
            #expect(outcome.stderr.hasPrefix("error: "))
        }
        // As one-shot words too (100 KB: the system refuses longer single arguments), as an unknown
        // topic, scenario, account, option and argument.
        let word = String(repeating: "x", count: 100_000)
        for arguments in [[word], ["quiz", word], ["roleplay", "play", word], ["show", word], ["help", word],
                          ["whoami", word], ["whoami", "--" + word], ["--as", word, "whoami"]] {
            let named = arguments.map { $0.prefix(12) }.joined(separator: " ")
            let outcome = try trainer.run(arguments + (arguments.first == "--as" ? [] : ["--as", "tom"]), input: Data(), env: tom, timeout: Self.timeout)
            expectComposure(outcome, "one-shot \(named)")
            #expect(outcome.status != 0)
            #expect(outcome.stderr.utf8.count < 600, "\(named): \(outcome.stderr.prefix(700))")
        }
    }

    @Test func everyQuizPromptShrugsOffHostileLines() throws {
        let lines = Self.lines(seed: TestScale.seed &+ 1)
        // At each of the three questions, then at the summary, the hostile lines come first.
        var input = Data()
        for _ in 0..<3 { input.append(HostileInput.script(lines, after: ["a"])) }
        input.append(HostileInput.script(lines, after: ["submit"]))
        let outcome = try trainer.run(["quiz", "drill", "--as", "tom"], input: input, env: tom, timeout: Self.timeout)
        expectComposure(outcome, "quiz")
        #expect(outcome.status == 0, "\(outcome.stderr.suffix(300))")
        #expect(outcome.stdout.contains("Score 100%"), "\(outcome.stdout.suffix(300))")
    }

    @Test func everyExamPromptShrugsOffHostileLines() throws {
        let opened = try trainer.run(["exam", "open", "hall-cert", "--candidates", "tom", "--as", "lena"],
                                     env: ["TRAINER_PASSPHRASE": "lena-passphrase"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let lines = Self.lines(seed: TestScale.seed &+ 2)
        var input = Data()
        for _ in 0..<3 { input.append(HostileInput.script(lines, after: ["a"])) }
        input.append(HostileInput.script(lines, after: ["submit"]))
        let outcome = try trainer.run(["exam", "take", "1", "--as", "tom"], input: input, env: tom, timeout: Self.timeout)
        expectComposure(outcome, "exam")
        #expect(outcome.status == 0, "\(outcome.stderr.suffix(300))")
        #expect(outcome.stdout.contains("Handed in: 3 of 3 answered"), "\(outcome.stdout.suffix(300))")
    }

    @Test func theRolePlayPromptShrugsOffHostileLines() throws {
        // A customer loses patience after a few odd turns: three hostile lines per conversation,
        // then the turns that pass it, conversation after conversation at the REPL.
        let lines = Self.lines(seed: TestScale.seed &+ 3)
        let chunks = stride(from: 0, to: lines.count, by: 3).map { Array(lines[$0..<min($0 + 3, lines.count)]) }
        var input = Data()
        for chunk in chunks {
            input.append(HostileInput.script(chunk, before: ["roleplay play locked-out"], after: ContentFixture.skilledTurns))
        }
        let outcome = try trainer.run(["--as", "tom"], input: input, env: tom, timeout: Self.timeout)
        expectComposure(outcome, "role-play")
        // Every conversation was played to its end and scored.
        #expect(outcome.stdout.contains("Role-play #\(chunks.count) "), "\(outcome.stdout.suffix(300))")
        #expect(outcome.stderr.contains("That turn is longer than 2000 characters, so it was not sent"))
        let transcript = try trainer.run(["roleplay", "show", "1", "--as", "tom"], input: Data(), env: tom, timeout: Self.timeout)
        expectComposure(transcript, "role-play transcript")
        #expect(transcript.status == 0)
    }
}
