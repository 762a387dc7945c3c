import Foundation
import Testing
import TrainerTestSupport

/// Quizzes through the built binary in script mode, on a bank written by the test.
@Suite struct QuizEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]

    init() throws {
        ContentFixture.write(to: folder)
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--as", "lena"],
                        env: ["TRAINER_PASSPHRASE": "lena-passphrase", "TRAINER_NEW_PASSPHRASE": "tom-passphrase"])
    }

    func results() throws -> [[String: Any]] {
        let listed = try trainer.run(["results", "--json", "--as", "tom"], env: tom)
        return try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }

    @Test func theSpecsExampleEarnsExactlyItsCredits() throws {
        // A and B are correct, C and D wrong.
        for answer in ["a", "a b", "a b c", "a c", "a b c d"] {
            let run = try trainer.run(["quiz", "fruit", "--count", "1", "--as", "tom"], stdin: "\(answer)\nsubmit\n", env: tom)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let credits = try results().reversed().map { (($0["answers"] as? [[String: Any]])?.first?["credit"] as? Double) }
        #expect(credits == [0.5, 1, 0.5, 0, 0])
    }

    @Test func theReviewMarksEveryOption() throws {
        let run = try trainer.run(["quiz", "fruit", "--as", "tom"], stdin: "a c\nb\nsubmit\n", env: tom)
        #expect(run.stdout.contains("""
            Attempt 1 · tom · fruit
            Score 0% · not passed (pass mark 80%)

            Question 1/2 · fruit-001 · credit 0.00
            Which of these are fruits?
              A) Apple  [✓ chosen, correct]
                   Grows on a tree.
              B) Pear  [○ missed: correct, not chosen]
              C) Carrot  [✗ chosen, wrong]
                   A root.
              D) Potato  [· not chosen]
              Why: Fruits carry seeds.
            """))
        let again = try trainer.run(["attempt", "1", "--as", "tom"], env: tom)
        #expect(again.stdout.contains("C) Carrot  [✗ chosen, wrong]"))
    }

    @Test func resultsJSONHasTheAgreedShape() throws {
        try trainer.run(["quiz", "fruit", "--as", "tom"], stdin: "a b\nc\nsubmit\n", env: tom)
        let attempt = try #require(try results().first)
        #expect(Set(attempt.keys) == ["id", "user", "topic", "kind", "score", "passed", "state", "sealed", "reconstructed", "started_at", "finished_at", "answers"])
        #expect(attempt["user"] as? String == "tom")
        #expect(attempt["score"] as? Double == 0.5)
        #expect(attempt["passed"] as? Bool == false)
        #expect(attempt["started_at"] as? String == "2026-11-23T09:00:00Z")
        let answers = try #require(attempt["answers"] as? [[String: Any]])
        #expect(answers.first?["question"] as? String == "fruit-001")
        #expect(answers.first?["chosen"] as? [String] == ["1", "2"])
        #expect(answers.first?["correct"] as? [String] == ["1", "2"])
        #expect(answers.last?["chosen"] as? [String] == ["3"])
        #expect(answers.last?["credit"] as? Double == 0)
    }

    @Test func aKilledProcessLosesNoAnswerAndTheQuizResumes() throws {
        // Answer the first question, then kill the process while it waits for the second.
        let seen = try trainer.killed(["quiz", "fruit", "--as", "tom"], stdin: "a\n", env: tom, after: "Question 2/2")
        #expect(seen.contains("Question 2/2"))

        // Script mode resumes without asking: no line is taken as a reply.
        let resumed = try trainer.run(["quiz", "fruit", "--as", "tom"], stdin: "a\nsubmit\n", env: tom)
        #expect(resumed.stdout.contains("Resuming your unfinished quiz on fruit: 1 of 2 answered, started 2026-11-23 09:00 (`--restart` starts anew)."))
        #expect(resumed.stderr.isEmpty)
        #expect(resumed.stdout.contains("Question 2/2"))
        #expect(!resumed.stdout.contains("Question 1/2 · fruit\n"))
        let attempt = try #require(try results().first)
        let answers = try #require(attempt["answers"] as? [[String: Any]])
        #expect(answers.count == 2)
        #expect(answers.allSatisfy { !($0["chosen"] as? [String] ?? []).isEmpty })
        #expect(try results().count == 1)
    }

    @Test func weakAreasAreListedAsJSON() throws {
        try trainer.run(["quiz", "fruit", "--as", "tom"], stdin: "c\nb\nsubmit\n", env: tom)
        let weak = try trainer.run(["weak", "--json", "--as", "tom"], env: tom)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(weak.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["topic"] as? String == "fruit")
        #expect(rows.first?["mastery"] as? Double == 0)
    }
}

/// Issue 9, point 16: a script resumes an open attempt without asking; `--restart` starts anew.
@Suite struct ScriptResumeEndToEndTests {
    let home = TemporaryDirectory()
    var trainer: TrainerProcess { DemoCohort.process(home: home) }

    @Test func aScriptResumesWithoutTakingALineAndRestartStartsAnew() throws {
        let tara = ["TRAINER_PASSPHRASE": "demo-passphrase"]
        let result = try trainer.demo(["--as", "tara"], stdin: """
            quiz product --count 2
            quit
            quiz product
            quit
            quiz product --restart
            quit
            review --restart
            whoami

            """, env: tara)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Resuming your unfinished quiz on product: 0 of 2 answered, started 2026-11-25 09:00 (`--restart` starts anew)."))
        #expect(result.stdout.contains("Left your unfinished quiz on product behind (0 of 2 answered); starting a fresh one."))
        #expect(result.stdout.hasSuffix("tara (trainee, track support, mentor mark)\n"), "no line was consumed as a reply")
        #expect(!result.stdout.contains("Resume it?"))
    }
}
