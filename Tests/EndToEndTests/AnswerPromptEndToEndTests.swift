import Foundation
import Testing
import TrainerTestSupport

/// Issue 9, point 4: the answer prompt understands `help`, `?`, `quit` and `exit`; "did you
/// mean" covers lessons, people and plan references, and stays quick for any input.
@Suite struct AnswerPromptEndToEndTests {
    let home = TemporaryDirectory()
    var trainer: TrainerProcess { DemoCohort.process(home: home) }
    let tara = ["TRAINER_PASSPHRASE": "demo-passphrase"]

    @Test func helpAndQuestionMarkExplainQuitAndExitPause() throws {
        let result = try trainer.demo(["--as", "tara"], stdin: "quiz product --count 2\n?\nhelp\nzz\nquit\nquiz product\nexit\nwhoami\n", env: tara)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "quit      pause: every answer is saved").count == 3, "help and ? both explain")
        #expect(!result.stderr.contains("There is no option H"))
        #expect(result.stderr.range(of: #"There is no option Z: this question has options A–[D-H] \(or 1–[4-8]\)\. \(Or: skip, back, goto N, submit; `help` explains\.\)"#,
                                    options: .regularExpression) != nil, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "Paused with 0 of 2 answered").count == 3, "quit and exit both pause")
        #expect(result.stdout.hasSuffix("tara (trainee, track support, mentor mark)\n"), "the session goes on after exit in a quiz")
    }

    @Test func didYouMeanCoversLessonsPeopleAndPlanReferences() throws {
        let result = try trainer.demo([], stdin: "read welcom\nshow tomm\nplan add tom --day 3 quiz:calltracking --why \"More practice\"\n")
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: no lesson `welcom`. Did you mean `welcome`?
            error: no account named `tomm`. Did you mean `tom`?
            error: no topic `calltracking`. Did you mean `quiz:call-tracking`?

            """)
    }

    @Test func aHugeUnknownWordIsQuotedOnlyByItsStart() throws {
        let huge = String(repeating: "x", count: 5_000_000)
        let result = try trainer.demo([], stdin: "\(huge)\nread \(huge)\nshow \(huge)\n")
        let start = String(repeating: "x", count: 40) + "…"
        #expect(result.stderr == """
            error: unknown command `\(start)`. Type `help` for the list.
            error: no lesson `\(start)`.
            error: no account named `\(start)`.

            """)
    }
}
