import Foundation
import Testing
import TrainerTestSupport

/// Issue 15, point 3: eight trainees answer long quizzes at the same moment against one file while
/// a lead backs it up and checks it. Every answer lands exactly once, nobody is told the database
/// is locked or busy, and every process exits 0. CI runs 8 x 60 answers; `TRAINER_SCALE=full`
/// runs the 8 x 300.
@Suite struct ConcurrentAnsweringTests {
    static let writers = 8
    static let answers = TestScale.pick(ci: 60, full: 300)

    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]

    init() throws {
        ContentFixture.write(to: folder)
        folder.write("QuestionBanks/drill.yaml", DrillBank.practice(questions: Self.answers))
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("shared.sqlite"))
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        let accounts = (1...Self.writers).map { "user add w\($0) --role trainee\n" }.joined()
        let added = try trainer.run(["--as", "lena"], stdin: accounts,
                                    env: lena.merging(["TRAINER_NEW_PASSPHRASE": "trainee-passphrase"]) { $1 })
        #expect(added.status == 0, "\(added.stderr)")
    }

    @Test func eightTraineesAnswerAtOnceWhileALeadBacksUpAndChecks() async throws {
        let script = "quiz drill --count \(Self.answers)\n" + String(repeating: "a\n", count: Self.answers) + "submit\n"
        let trainee = ["TRAINER_PASSPHRASE": "trainee-passphrase"]
        let trainer = trainer, lena = lena, backup = folder.path("copy.sqlite")
        let outcomes = try await withThrowingTaskGroup(of: (String, TrainerProcess.Outcome).self) { group in
            for writer in 1...Self.writers {
                group.addTask { ("w\(writer)", try trainer.run(["--as", "w\(writer)"], stdin: script, env: trainee)) }
            }
            // The lead's maintenance lands while the answers are being written.
            group.addTask {
                try await Task.sleep(for: .milliseconds(800))
                return ("backup", try trainer.run(["db", "backup", backup, "--as", "lena"], env: lena))
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(1_200))
                return ("check", try trainer.run(["db", "check"]))
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for (who, outcome) in outcomes {
            #expect(outcome.status == 0, "\(who): \(outcome.stderr)")
            let said = (outcome.stdout + outcome.stderr).lowercased()
            #expect(!said.contains("locked") && !said.contains("busy"), "\(who): \(outcome.stderr)")
        }

        // Every answer once: one attempt per trainee holding every question, each answered right.
        let results = try trainer.run(["results", "--json", "--as", "lena"], env: lena)
        let attempts = try #require(try JSONSerialization.jsonObject(with: Data(results.stdout.utf8)) as? [[String: Any]])
        for writer in 1...Self.writers {
            let own = attempts.filter { $0["user"] as? String == "w\(writer)" }
            #expect(own.count == 1, "w\(writer) has \(own.count) attempts")
            let answers = own.first?["answers"] as? [[String: Any]] ?? []
            #expect(answers.count == Self.answers, "w\(writer) has \(answers.count) answers")
            #expect(answers.allSatisfy { $0["chosen"] as? [String] == ["1"] })
            #expect(own.first?["score"] as? Double == 1)
        }
        // The backup taken meanwhile is a sound database of its own.
        let copy = TrainerProcess(content: folder.url.path, database: backup)
        #expect(try copy.run(["db", "check"]).status == 0)
        #expect(try trainer.run(["db", "check"]).status == 0)
    }

    /// Found by this suite: trainers opening a new file at the same moment raced to create its
    /// tables, and some stopped with "table already exists".
    @Test func eightTrainersOpeningANewFileAtOnceAllSetItUp() async throws {
        for round in 1...3 {
            let fresh = TrainerProcess(content: folder.url.path, database: folder.path("fresh-\(round).sqlite"))
            let outcomes = try await withThrowingTaskGroup(of: TrainerProcess.Outcome.self) { group in
                for _ in 1...Self.writers { group.addTask { try fresh.run(["whoami"]) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for outcome in outcomes {
                #expect(outcome.status == 0 && outcome.stdout == "Not logged in.\n", "round \(round): \(outcome.stderr)")
            }
            #expect(try fresh.run(["db", "check"]).status == 0)
        }
    }
}
