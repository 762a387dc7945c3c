import Foundation
import Testing
import TrainerTestSupport

/// `trainer check` and `check --strict` on content trees written by the test, through the binary.
@Suite struct CheckLintEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess

    init() {
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"),
                                 extra: ["XDG_CACHE_HOME": folder.path("cache")])
    }

    @Test func warningsFollowContentOKAndOnlyStrictFailsOnThem() throws {
        folder.write("QuestionBanks/lint.yaml", LintFixture.flawedBank)
        let check = try trainer.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Content OK: 0 plans, 0 lessons, 1 banks with 10 questions, 0 exams, 0 scenarios, 0 tickets, 0 saved replies.")
        #expect(lines.dropFirst().prefix(8).allSatisfy { $0.hasPrefix("QuestionBanks/lint.yaml:") && $0.contains(": warning: [") })
        #expect(lines.suffix(2) == [
            "lint.yaml: 8 warnings (1 key-longest, 1 all-or-none, 1 count-predicts-answers, 1 near-duplicate, "
                + "1 absolute-words, 1 negative-stem, 1 wrong-option-no-feedback, 1 unshuffled-key-first)",
            "8 lint warnings in 1 bank.",
        ])
        // The second run reads the content and the questions' places from the cache: same warnings.
        #expect(try trainer.run(["check"]).stdout == check.stdout)

        let strict = try trainer.run(["check", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout == check.stdout)
        #expect(strict.stderr == "error: content has 8 lint warnings; --strict treats them as errors\n")

        // Other commands never refuse to run because of a warning.
        let setup = try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(!setup.stdout.contains("warning"))
    }

    @Test func strictPassesOnCleanContent() throws {
        folder.write("QuestionBanks/lint.yaml", LintFixture.cleanBank)
        let strict = try trainer.run(["check", "--strict", "--fresh"])
        #expect(strict.status == 0, "\(strict.stderr)")
        #expect(strict.stdout == "Content OK: 0 plans, 0 lessons, 1 banks with 10 questions, 0 exams, 0 scenarios, 0 tickets, 0 saved replies.\n")
        #expect(strict.stderr == "")
    }
}
