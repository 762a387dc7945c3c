import Foundation
import Testing
import TrainerContent
import TrainerCore
import TrainerTestSupport

/// The item-writing lint as an author meets it: warnings at the line to edit, one per flaw.
@Suite struct ItemLintTests {
    let folder = TemporaryDirectory()

    func lint(_ bank: String) throws -> LintReport {
        folder.write("QuestionBanks/lint.yaml", bank)
        return LintReport(linting: try ContentLoader(root: folder.url).loadWithPlaces().get())
    }

    @Test func aBankWithOneFlawPerRuleGetsExactlyOneWarningPerRuleAtItsLine() throws {
        let report = try lint(LintFixture.flawedBank)
        #expect(report.warnings.map(\.description) == [
            "QuestionBanks/lint.yaml:7:9: warning: [key-longest] lint-001: the only correct option is clearly the longest (59 characters, the longest wrong one 37): trainees learn to pick the longest; move detail into `feedback`, or give the wrong options the same detail",
            "QuestionBanks/lint.yaml:24:9: warning: [all-or-none] lint-002: option D says \"none of the above\": with shuffled options \"above\" means nothing, and it rewards test-taking; make each option stand alone",
            "QuestionBanks/lint.yaml:31:9: warning: [absolute-words] lint-003: `always` appears in wrong options (B) but in no correct one: trainees learn that absolute words mark a wrong answer; use such words in a correct option too, or reword",
            "QuestionBanks/lint.yaml:36:13: warning: [negative-stem] lint-004: the prompt says `not` without emphasis, which a reader skims past: write NOT or **not**, or ask the question the positive way",
            "QuestionBanks/lint.yaml:49:9: warning: [wrong-option-no-feedback] lint-005: wrong option B has no `feedback`: say in a sentence why it is wrong, for the trainee who picks it",
            "QuestionBanks/lint.yaml:62:9: warning: [unshuffled-key-first] lint-006: options keep their file order (`shuffle: false` on the question) and option A is correct: move the key down, or let the options shuffle",
            "QuestionBanks/lint.yaml:74:5: warning: [count-predicts-answers] lint-007: both questions with 5 options in this bank are single-answer, so the number of options gives the answer type away; write multi-answer questions with 5 options too, or vary the counts",
            "QuestionBanks/lint.yaml:112:13: warning: [near-duplicate] lint-x001: this exam item's prompt nearly duplicates practice item `lint-009` (QuestionBanks/lint.yaml:100:5), similarity 0.95: a trainee who practised that one answers this from memory; test the same skill with a different case",
        ])
        #expect(Set(report.warnings.map(\.rule)) == Set(LintRule.allCases))
    }

    @Test func theCleanBankGetsNoWarnings() throws {
        #expect(try lint(LintFixture.cleanBank).warnings.map(\.description) == [])
    }
}

// MARK: - Places and the per-question `shuffle`

extension ItemLintTests {
    @Test func aQuestionsShuffleFalseIsReadAndKeepsItsOptionsInOrder() throws {
        folder.write("QuestionBanks/lint.yaml", LintFixture.cleanBank)
        let bank = try #require(try ContentLoader(root: folder.url).load().get().bank("lint"))
        let fixed = try #require(bank.questions.first { $0.id == "lint-006" })
        #expect(fixed.shuffle == false)
        #expect(bank.questions.filter { $0.shuffle != nil }.map(\.id) == ["lint-006"])
        for seed in UInt64(1)...20 {
            let drawn = QuizDraw.draw(from: bank.questions, count: 20, shuffle: true, seed: seed)
            #expect(drawn.first { $0.questionID == "lint-006" }?.optionOrder == ["1", "2", "3", "4", "5", "6"])
        }
    }

    @Test func aNearDuplicateInAnotherBankNamesTheOtherFileAndLine() throws {
        folder.write("QuestionBanks/lint.yaml", LintFixture.cleanBank)
        folder.write("QuestionBanks/more.yaml", """
            topic: more
            title: More
            questions:
              - id: more-001
                prompt: A customer on the Start plan sees no calls in the dashboard since nine this morning; what do you check first?
                options:
                  - text: The balance
                    correct: true
                  - text: The browser
                    feedback: Browsers do not drop calls.

            """)
        let report = LintReport(linting: try ContentLoader(root: folder.url).loadWithPlaces().get())
        // Same pool: the later bank's item is the one to change ("more" sorts after "lint").
        #expect(report.warnings.filter { $0.rule == .nearDuplicate }.map(\.description) == [
            "QuestionBanks/more.yaml:5:13: warning: [near-duplicate] more-001: the prompt nearly duplicates practice item "
                + "`lint-009` (QuestionBanks/lint.yaml:101:5), similarity 1.00: merge the two, or make them ask different things",
        ])
        #expect(report.summary.last == "more.yaml: 1 warning (1 near-duplicate)")
    }
}
