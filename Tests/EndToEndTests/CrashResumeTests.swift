import Foundation
import Testing
import TrainerCore
import TrainerTestSupport

/// Issue 15, point 4: `kill -9` at seeded random points of a quiz, an exam and a role-play. After
/// every kill, each answer or turn acknowledged on stdout is in the database, the file passes
/// `db check`, and the next command resumes the same attempt or conversation. A failure names
/// its seed; `TRAINER_TEST_SEED=N` replays it. 20 runs each (also in CI; they are quick).
@Suite struct CrashResumeTests {
    static let runs = TestScale.pick(ci: 20, full: 20)
    static let questions = 40

    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]

    init() throws {
        ContentFixture.write(to: folder)
        ContentFixture.writeRolePlay(to: folder)
        folder.write("QuestionBanks/drill.yaml", DrillBank.practice(questions: Self.questions))
        folder.write("QuestionBanks/hall.yaml", DrillBank.exam(questions: Self.questions))
        folder.write("QuestionBanks/exams/hall-cert.yaml", DrillBank.blueprint(questions: Self.questions))
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
    }

    /// Where the open attempt (or conversation) stands, as far as the test can know it.
    struct Expectation {
        /// Its start was seen, so the next command must resume it.
        var mustResume = false
        /// Answers (turns) acknowledged on stdout, and sent at all, since it began.
        var acknowledged = 0
        var sent = 0
    }

    func databaseIsSound(_ context: String) throws {
        let check = try trainer.run(["db", "check"])
        #expect(check.status == 0 && check.stdout.hasPrefix("Database OK"), "\(context): \(check.stdout)")
    }

    /// The number a line like "Resuming ...: 3 of 40 answered" names, nil without that line.
    static func number(after prefix: String, in text: String) -> Int? {
        guard let range = text.range(of: prefix) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// The highest N in the "Question N/40" headers shown.
    static func highestQuestion(in text: String) -> Int {
        text.components(separatedBy: "Question ").dropFirst().compactMap { part in
            let number = part.prefix { $0.isNumber }
            return part.dropFirst(number.count).hasPrefix("/\(questions)") ? Int(number) : nil
        }.max() ?? 0
    }

    /// One run of a quiz-like flow (quiz or exam): start, answer a random few, kill at a random point.
    func killQuestionFlow(_ arguments: [String], resumed prefix: String, seed: UInt64, expected: inout Expectation) throws {
        var random = SeededGenerator(seed: seed)
        let live = try LiveTrainer(arguments, trainer: trainer, env: tom)
        let killEarly = Int.random(in: 0..<5, using: &random) == 0
        if killEarly {
            // Somewhere in start-up: opening the file, resuming, drawing the questions.
            usleep(UInt32.random(in: 0..<300_000, using: &random))
            live.killNow()
            let shown = Self.highestQuestion(in: live.stdout)
            if shown > 0 {
                let resumedAt = Self.number(after: prefix, in: live.stdout) ?? 0
                try verifyResume(resumedAt: live.stdout.contains(prefix) ? resumedAt : nil, expected: expected, seed: seed)
                expected = Expectation(mustResume: true, acknowledged: max(expected.acknowledged, resumedAt), sent: max(expected.sent, resumedAt))
            }
            return
        }
        #expect(live.waitFor("Question "), "seed \(seed): no question shown: \(live.stdout.suffix(300))")
        let resumedAt = live.stdout.contains(prefix) ? Self.number(after: prefix, in: live.stdout) : nil
        try verifyResume(resumedAt: resumedAt, expected: expected, seed: seed)
        if resumedAt == nil { expected = Expectation() }
        let answered = resumedAt ?? 0
        expected.mustResume = true
        expected.acknowledged = answered
        expected.sent = answered
        // Never the last question, so the attempt stays open for the next run.
        let toSend = min(Int.random(in: 0...3, using: &random), Self.questions - 1 - answered)
        for index in 0..<toSend {
            live.send("a")
            expected.sent += 1
            if index < toSend - 1, Bool.random(using: &random) { live.waitFor("Question \(answered + index + 2)/") }
        }
        usleep(UInt32.random(in: 0..<20_000, using: &random))
        live.killNow()
        expected.acknowledged = max(answered, Self.highestQuestion(in: live.stdout) - 1)
        try databaseIsSound("seed \(seed)")
    }

    func verifyResume(resumedAt: Int?, expected: Expectation, seed: UInt64) throws {
        if let resumedAt {
            #expect(expected.acknowledged <= resumedAt && resumedAt <= expected.sent,
                    "seed \(seed): resumed at \(resumedAt), acknowledged \(expected.acknowledged), sent \(expected.sent)")
        } else {
            #expect(!expected.mustResume, "seed \(seed): the open attempt was not resumed")
        }
    }

    @Test func aKilledQuizLosesNoAcknowledgedAnswerAndResumes() throws {
        var expected = Expectation()
        for run in 0..<Self.runs {
            try killQuestionFlow(["quiz", "drill", "--count", "\(Self.questions)", "--as", "tom"],
                                 resumed: "Resuming your unfinished quiz on drill: ", seed: TestScale.seed &+ UInt64(run), expected: &expected)
        }
        #expect(expected.acknowledged > 0, "the runs answered nothing: the test proved nothing")
        let last = try trainer.run(["quiz", "drill", "--as", "tom"], stdin: "", env: tom)
        try verifyResume(resumedAt: Self.number(after: "Resuming your unfinished quiz on drill: ", in: last.stdout),
                         expected: expected, seed: TestScale.seed &+ UInt64(Self.runs))
    }

    @Test func aKilledExamLosesNoAcknowledgedAnswerAndResumesTheSameForm() throws {
        let opened = try trainer.run(["exam", "open", "hall-cert", "--candidates", "tom", "--as", "lena"],
                                     env: ["TRAINER_PASSPHRASE": "lena-passphrase"])
        #expect(opened.status == 0, "\(opened.stderr)")
        var expected = Expectation()
        for run in 0..<Self.runs {
            try killQuestionFlow(["exam", "take", "1", "--as", "tom"], resumed: "Resuming session 1: ",
                                 seed: TestScale.seed &+ 1_000 &+ UInt64(run), expected: &expected)
        }
        #expect(expected.acknowledged > 0, "the runs answered nothing: the test proved nothing")
        let last = try trainer.run(["exam", "take", "1", "--as", "tom"], stdin: "", env: tom)
        try verifyResume(resumedAt: Self.number(after: "Resuming session 1: ", in: last.stdout),
                         expected: expected, seed: TestScale.seed &+ 1_000 &+ UInt64(Self.runs))
        // Every run drew nothing new: one form, the same deadline.
        #expect(last.stdout.contains("the deadline is still 2026-11-23 19:00"), "\(last.stdout.prefix(400))")
    }

    @Test func aKilledRolePlayLosesNoAcknowledgedTurnAndResumes() throws {
        let resumedPrefix = "You have an unfinished role-play of locked-out: "
        var expected = Expectation()
        var turn = 0
        for run in 0..<Self.runs {
            let seed = TestScale.seed &+ 2_000 &+ UInt64(run)
            var random = SeededGenerator(seed: seed)
            let live = try LiveTrainer(["roleplay", "play", "locked-out", "--as", "tom"], trainer: trainer, env: tom)
            // The resume question takes a line in a script; a fresh start shows the opening.
            let started = live.waitForAny(["Ada: ", resumedPrefix])
            #expect(started, "seed \(seed): \(live.stdout.suffix(300))")
            let resumedAt = live.stdout.contains(resumedPrefix) ? Self.number(after: resumedPrefix, in: live.stdout) : nil
            try verifyResume(resumedAt: resumedAt, expected: expected, seed: seed)
            if resumedAt == nil { expected = Expectation() }
            if let resumedAt { live.send("y"); expected.acknowledged = resumedAt; expected.sent = resumedAt }
            expected.mustResume = true
            // Turns that keep the customer patient without moving the conversation on.
            var tokens: [String] = []
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                turn += 1
                tokens.append("(turn \(turn))")
                live.send("I am sorry about that (turn \(turn))")
                expected.sent += 1
                if Bool.random(using: &random) { live.waitFor("you: I am sorry about that (turn \(turn))") }
            }
            usleep(UInt32.random(in: 0..<20_000, using: &random))
            live.killNow()
            let printed = live.stdout
            expected.acknowledged += tokens.filter { printed.contains("you: I am sorry about that \($0)") }.count
            // The script's turn limit (16) ends a conversation: the next run starts a new one. At the
            // limit the ending may be stored before its result is printed, so it need not resume.
            if printed.contains("Role-play #") { expected = Expectation() }
            if expected.sent >= 16 { expected.mustResume = false }
            try databaseIsSound("seed \(seed)")
        }
    }
}
