import Foundation
import Testing
import TrainerContent
import TrainerCore
import TrainerTestSupport

@Suite struct ContentLoaderTests {
    let folder = TemporaryDirectory()

    init() { ContentFixture.write(to: folder) }

    func problems() -> [String] {
        switch ContentLoader(root: folder.url).load() {
        case .success: []
        case .failure(let report): report.diagnostics.map(\.description)
        }
    }

    @Test func loadsTheFixture() throws {
        let curriculum = try ContentLoader(root: folder.url).load().get()
        #expect(curriculum.topics == ["fruit"])
        #expect(curriculum.bank("fruit")?.practiceQuestions.count == 2)
        #expect(curriculum.bank("fruit")?.questions.first?.options.map(\.id) == ["1", "2", "3", "4"])
        #expect(curriculum.plan("basic")?.days.first?.items.first == PlanItem(kind: .task, ref: "Laptop and accounts", at: "09:00", minutes: 60))
        #expect(curriculum.lessons.map(\.title) == ["Hello"])
    }

    @Test func namesTheLineOfAYAMLSyntaxError() {
        folder.write("QuestionBanks/fruit.yaml", "topic: fruit\ntitle: [unclosed\nquestions: []\n")
        let found = problems()
        #expect(found.count == 1, "\(found)")  // the syntax error only: not again as the plan's quiz with no bank
        #expect(found.contains { $0.hasPrefix("QuestionBanks/fruit.yaml:3:") && $0.contains("YAML syntax") })
    }

    @Test func reportsEveryProblemWithFileLineAndColumn() {
        folder.write("QuestionBanks/fruit.yaml", """
            topic: fruit
            title: Fruit
            questions:
              - id: fruit-001
                prompt: Which?
                difficulty: 7
                options:
                  - text: A
                    corect: true
                  - text: B
              - id: Fruit_2
                options:
                  - text: only one

            """)
        #expect(problems() == [
            "QuestionBanks/fruit.yaml:6:17: `difficulty` must be between 1 and 3, not 7",
            "QuestionBanks/fruit.yaml:8:7: no option is marked `correct: true`",
            "QuestionBanks/fruit.yaml:9:9: unknown field `corect` in an option (did you mean `correct`?)",
            "QuestionBanks/fruit.yaml:11:5: missing required field `prompt`",
            "QuestionBanks/fruit.yaml:11:9: question id `Fruit_2` must use only a-z, 0-9 and -",
            "QuestionBanks/fruit.yaml:13:7: a question needs 2 to 8 options, this one has 1",
            "QuestionBanks/fruit.yaml:13:7: no option is marked `correct: true`",
        ])
    }

    /// Option ids and texts used twice, texts compared as lowercased: each later repeat is named
    /// (the report sorts problems at one place by their text).
    @Test func reportsOptionsThatRepeatAnIdOrATextInAnyCase() {
        folder.write("QuestionBanks/fruit.yaml", """
            topic: fruit
            title: Fruit
            questions:
              - id: fruit-001
                prompt: Which?
                options:
                  - { id: a, text: Apple pie, correct: true }
                  - { id: a, text: APPLE PIE }
                  - { id: b, text: apple pie }
                  - { id: c, text: Apple pies }
              - id: fruit-002
                prompt: Which?
                options:
                  - { text: Äpfel, correct: true }
                  - { text: äPFEL }
                  - { text: "\\u212A" }
                  - { text: k }
                  - { text: Birne }

            """)
        #expect(problems() == [
            "QuestionBanks/fruit.yaml:7:7: two options have the same text `APPLE PIE`",
            "QuestionBanks/fruit.yaml:7:7: two options have the same text `apple pie`",
            "QuestionBanks/fruit.yaml:7:7: two options share the id `a`",
            "QuestionBanks/fruit.yaml:14:7: two options have the same text `k`",
            "QuestionBanks/fruit.yaml:14:7: two options have the same text `äPFEL`",
        ])
    }

    @Test func catchesBrokenReferencesInThePlan() {
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan
            .replacingOccurrences(of: "lesson: hello", with: "lesson: helo")
            .replacingOccurrences(of: "quiz: fruit", with: "quiz: fruits"))
        #expect(problems() == [
            "Curriculum/basic/plan.yaml:11:9: day 1: lesson `helo` not found in Curriculum/basic/lessons/ (did you mean `hello`?)",
            "Curriculum/basic/plan.yaml:12:9: day 1: quiz topic `fruits` has no bank (did you mean `fruit`?)",
        ])
    }

    @Test func catchesDuplicateQuestionIDsAcrossBanks() {
        folder.write("QuestionBanks/more.yaml", """
            topic: more
            title: More
            questions:
              - id: fruit-001
                prompt: Again?
                options:
                  - text: Yes
                    correct: true
                  - text: No

            """)
        #expect(problems() == ["QuestionBanks/more.yaml:4:5: question id `fruit-001` is already used in QuestionBanks/fruit.yaml:5"])
    }

    /// Scalars are read by trainer's own rules (PlainScalar.swift), as Yams' default resolver
    /// read them: YAML 1.1 words for booleans, quoted text stays text, `~` is absent.
    @Test func readsBooleansNumbersAndNullAsBeforeAndQuotedWordsAsText() throws {
        folder.write("QuestionBanks/words.yaml", """
            topic: words
            title: Words
            shuffle: no
            questions:
              - id: words-1
                prompt: "true"
                difficulty: 3
                explanation: ~
                options:
                  - text: yes
                    correct: yes
                    weight: 0.5
                  - text: "off"
                    correct: off
                    weight: -1
            """)
        let bank = try #require(try ContentLoader(root: folder.url).load().get().bank("words"))
        #expect(bank.shuffle == false)
        let question = try #require(bank.questions.first)
        #expect(question.prompt == "true" && question.difficulty == 3 && question.explanation == nil)
        #expect(question.options.map(\.text) == ["yes", "off"])
        #expect(question.options.map(\.isCorrect) == [true, false])
        #expect(question.options.map(\.weight) == [0.5, -1])

        folder.write("QuestionBanks/words.yaml", """
            topic: words
            title: Words
            questions:
              - id: words-1
                prompt: Quoted words are text
                difficulty: "3"
                options:
                  - text: A
                    correct: "true"
                  - text: B
                    weight: .inf
            """)
        #expect(problems() == [
            "QuestionBanks/words.yaml:6:17: `difficulty` must be a whole number, not `3`",
            "QuestionBanks/words.yaml:8:7: no option is marked `correct: true`",
            "QuestionBanks/words.yaml:9:18: `correct` must be true or false, not `true`",
            "QuestionBanks/words.yaml:11:17: `weight` must be a number, not `.inf`",
        ])
    }

    @Test func checksExamSectionsAgainstTheirPools() {
        folder.write("QuestionBanks/exams/final.yaml", """
            exam: final
            title: Final
            minutes: 30
            pass: 0.8
            sections:
              - topic: fruit
                count: 3
              - topic: veg
                count: 1

            """)
        #expect(problems() == [
            "QuestionBanks/exams/final.yaml:6:5: section `fruit` asks for 3 questions but its exam pool has 1",
            "QuestionBanks/exams/final.yaml:8:5: section topic `veg` has no bank",
        ])
    }

    @Test func aTopicMustMatchItsFileAndALessonNeedsATitle() {
        folder.write("QuestionBanks/fruit.yaml", ContentFixture.fruitBank.replacingOccurrences(of: "topic: fruit", with: "topic: fruits"))
        folder.write("Curriculum/basic/lessons/hello.md", "Hello without a title\n")
        #expect(problems() == [
            "Curriculum/basic/lessons/hello.md:1:1: a lesson starts with a `# Title` line",
            "Curriculum/basic/plan.yaml:11:9: day 1: lesson `hello` not found in Curriculum/basic/lessons/",
            "QuestionBanks/fruit.yaml:1:8: topic `fruits` must equal the file name `fruit`",
        ])
    }

    @Test func anEmptyFolderSaysWhereContentIsExpected() {
        let empty = TemporaryDirectory()
        guard case .failure(let report) = ContentLoader(root: empty.url).load() else {
            Issue.record("expected a failure")
            return
        }
        #expect(report.diagnostics.first?.message.contains("expected Curriculum/ and QuestionBanks/") == true)
    }
}
