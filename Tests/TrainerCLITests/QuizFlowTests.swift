import Foundation
import Testing
@testable import TrainerCLI
import TrainerCore
import TrainerStore

/// The quiz conversation, in process: navigation, bad input, pausing and resuming, review.
@Suite struct QuizFlowTests {
    @Test func badInputIsExplainedAndAskedAgain() throws {
        let h = try Harness()
        #expect(try h.script(["quiz fruit", "", "e", "a?", "a b", "a", "submit"], as: "tom") == 0)
        #expect(h.err.text == """
            Type the letters (or numbers) of every option you choose, e.g. `b` or `a c`. (Or: skip, back, goto N, submit; `help` explains.)
            There is no option E: this question has options A–D (or 1–4). (Or: skip, back, goto N, submit; `help` explains.)
            `a?` is not an answer: use letters like `a c` or numbers like `1 3`. (Or: skip, back, goto N, submit; `help` explains.)

            """)
        #expect(h.out.text.contains("Score 100% · passed (pass mark 80%)"))
    }

    @Test func skipBackAndGotoChangeAnswersBeforeSubmitting() throws {
        let h = try Harness()
        try h.script(["quiz fruit", "skip", "b", "a", "goto 2", "back", "", "goto 2", "a", "submit"], as: "tom")
        #expect(h.out.text.contains("Summary: 2 of 2 answered.\n  1 A   2 B"))
        #expect(h.out.text.contains("Your answer so far: B. Enter keeps it."))
        #expect(h.out.text.contains("Summary: 2 of 2 answered.\n  1 A   2 A"))
        #expect(h.out.text.contains("Question 1/2 · fruit-001 · credit 0.50"))
        #expect(h.out.text.contains("Question 2/2 · fruit-002 · credit 1.00"))
        #expect(h.out.text.contains("Score 75% · not passed"))
    }

    @Test func submittingWithSkippedQuestionsScoresThemZero() throws {
        let h = try Harness()
        try h.script(["quiz fruit", "a b", "skip", "submit"], as: "tom")
        #expect(h.out.text.contains("Score 50%"))
        #expect(h.out.text.contains("Question 2/2 · fruit-002 · credit 0.00 · not answered"))
    }

    @Test func ctrlCPausesAndTheNextQuizResumesTheSameQuestions() throws {
        let h = try Harness()
        try h.script(["quiz fruit", "a", "^C"], as: "tom")
        #expect(h.out.text.contains("Paused with 1 of 2 answered; every answer is saved. `quiz fruit` picks it up where you left off."))
        let tom = try #require(try h.store.account(named: "tom"))
        let first = try #require(try h.store.attempts(visibleTo: tom).first)

        let resumed = try Harness.continuing(h)
        try resumed.script(["quiz fruit", "a", "submit"], as: "tom")
        #expect(resumed.out.text.contains("Resuming your unfinished quiz on fruit: 1 of 2 answered"))
        let finished = try #require(try h.store.attempt(first.id, visibleTo: tom))
        #expect(!finished.isOpen)
        #expect(finished.answers.map(\.optionOrder) == first.answers.map(\.optionOrder))
        #expect(finished.answers.allSatisfy { $0.chosen != nil })
    }

    @Test func missedQuestionsComeBackForReviewOnTheirDay() throws {
        let h = try Harness()
        try h.script(["quiz fruit", "a", "a", "submit"], as: "tom")
        let tom = try #require(try h.store.account(named: "tom"))
        #expect(try h.store.dueReviewCount(for: tom, on: Day(date: .init(timeIntervalSince1970: 1_795_000_000))) == 0)

        let sameDay = try Harness.continuing(h)
        try sameDay.script(["review"], as: "tom")
        #expect(sameDay.out.text.contains("Nothing is due for review today. Next: 1 on"))

        // The review shuffles options: pause, read the letters it shows, then answer right.
        let nextDay = try Harness.continuing(h)
        try nextDay.script(["review", "^C"], as: "tom", day: 1)
        #expect(nextDay.out.text.contains("Review: 1 question you missed before."))
        let open = try #require(try h.store.openAttempt(for: tom, kind: .review, topic: "review"))
        let order = try #require(open.answers.first?.optionOrder)
        let letters = ["1", "2"].compactMap { id in order.firstIndex(of: id).map { AnswerParser.letter($0) } }.joined(separator: " ")
        let resumed = try Harness.continuing(h)
        try resumed.script(["review", letters, "submit"], as: "tom", day: 1)
        #expect(resumed.out.text.contains("review of mistakes"))
        #expect(resumed.out.text.contains("credit 1.00"))
        // Right this time: it moves up the ladder (3 days), not out of the queue.
        let queue = try h.store.reviewQueue(for: tom)
        #expect(queue.map(\.questionID) == ["fruit-001"])
        #expect(queue.first?.state.step == 1)
    }

    @Test func aMentorSeesTheirTraineesAttemptButATraineeNotAnothers() throws {
        let h = try Harness()
        try h.script(["quiz fruit", "a", "a", "submit"], as: "tom")
        let mentor = try Harness.continuing(h)
        #expect(try mentor.script(["attempt 1", "weak tom"], as: "mark") == 0)
        #expect(mentor.out.text.contains("Attempt 1 · tom · fruit"))
        #expect(mentor.out.text.contains("fruit  2        75%"))

        let lead = try Harness.continuing(h)
        try lead.script(["user add sue --role trainee"], as: "lena")
        let other = try Harness.continuing(h)
        #expect(try other.script(["attempt 1", "results tom"], as: "sue") == 1)
        #expect(other.err.text == "error: no attempt 1 that you may see (`results` lists yours)\nerror: you may see only your own records\n")
    }

    @Test func anOpenAttemptShowsNoAnswerKey() throws {
        let h = try Harness()
        try h.script(["quiz fruit", "a", "^C"], as: "tom")
        let again = try Harness.continuing(h)
        #expect(try again.script(["attempt 1", "results --json"], as: "tom") == 1)
        #expect(again.err.text.contains("attempt 1 is still open (1 of 2 answered)"))
        #expect(again.out.text.contains("\"sealed\" : true"))
        #expect(!again.out.text.contains("\"correct\"") && !again.out.text.contains("\"credit\""))
    }

    @Test func examQuestionsNeverAppearInAQuiz() throws {
        let h = try Harness()
        try h.script(["quiz fruit --count 10", "a", "a", "submit"], as: "tom")
        #expect(!h.out.text.contains("Exam only"))
        #expect(h.out.text.contains("Question 2/2"))
    }
}

extension Harness {
    /// A new session on the same store and content, with fresh output.
    static func continuing(_ other: Harness) throws -> Harness { try Harness(sharing: other) }
}
