import Testing
@testable import TrainerCore

/// The lint's rules on single values: where each draws its line.
@Suite struct ItemLintRuleTests {
    func rules(_ question: Question, bankShuffles: Bool = true) -> [LintRule] {
        ItemLint.findings(for: question, bankShuffles: bankShuffles).map(\.rule)
    }

    func question(_ prompt: String = "Which plan fits?", options: [AnswerOption]) -> Question {
        Question(id: "q-001", topic: "q", prompt: prompt, options: options)
    }

    func option(_ text: String, _ correct: Bool = false) -> AnswerOption {
        AnswerOption(id: text, text: text, isCorrect: correct, feedback: correct ? nil : "Why not.")
    }

    @Test(arguments: [
        ("Which of these is NOT part of the plan?", false),
        ("Which of these is **not** part of the plan?", false),
        ("Which of these is _not_ part of the plan?", false),
        ("All of these are true, _except_ one: which?", false),
        ("Which of these is not part of the plan?", true),
        ("Not every plan records calls; which does?", true),
        ("All true EXCEPT one, and one is not: which?", true),
        ("The customer cannot log in and didn't get a code: why?", false),
        ("Which exceptions does the billing rule allow?", false),
    ])
    func negativeStemsMustBeEmphasised(prompt: String, flagged: Bool) {
        #expect((ItemLint.unemphasisedNegative(in: prompt) != nil) == flagged)
    }

    @Test func theKeyIsClearlyLongestOnlyWhenBoth30PercentAnd10CharactersLonger() {
        let wrong = [option("Twenty numbers on Growth"), option("Five numbers on Start")]  // longest wrong: 24
        #expect(rules(question(options: [option(String(repeating: "k", count: 34), true)] + wrong)) == [.keyLongest])
        #expect(rules(question(options: [option(String(repeating: "k", count: 33), true)] + wrong)) == [])  // +9 only
        #expect(rules(question(options: [option("Yes, with a new number", true), option("No")])) == [.keyLongest])
        #expect(rules(question(options: [option("Yes", true), option("No")])) == [])  // 1.5 times, but 1 character
        // Multi-answer items are not judged by this rule.
        #expect(rules(question(options: [option(String(repeating: "k", count: 60), true), option("Short", true)] + wrong)) == [])
    }

    @Test func absoluteWordsCountOnlyWhenNoCorrectOptionHasThem() {
        #expect(rules(question(options: [option("Check the balance", true), option("Never check it")])) == [.absoluteWords])
        #expect(rules(question(options: [option("Only the balance", true), option("Only the browser")])) == [])
        #expect(rules(question(options: [option("Check the balance", true), option("The onlyfans of it")])) == [])
    }

    @Test func allOrNoneOfTheAboveInAnyCaseOrSpacing() {
        #expect(rules(question(options: [option("Check", true), option("ALL  of\nthe above")])) == [.allOrNone])
        #expect(rules(question(options: [option("Check", true), option("none of the above.")])) == [.allOrNone])
        #expect(rules(question(options: [option("Check", true), option("None of them")])) == [])
    }

    @Test func perQuestionShuffleFalseOnlyTurnsShufflingOff() {
        var fixed = question(options: [option("First", true), option("Second")])
        #expect(rules(fixed) == [])
        #expect(rules(fixed, bankShuffles: false) == [.unshuffledKeyFirst])
        fixed.shuffle = false
        #expect(rules(fixed) == [.unshuffledKeyFirst])
        fixed.shuffle = true
        #expect(rules(fixed, bankShuffles: false) == [.unshuffledKeyFirst])
    }

    @Test func anOptionCountPredictsTheAnswerTypeWhenAllOrNinetyPercentShareIt() {
        func bank(single: Int, multi: Int) -> QuestionBank {
            let singles = (0..<single).map { n in
                Question(id: "s-\(n)", topic: "b", prompt: "S \(n)", options: [option("A", true), option("B"), option("C")])
            }
            let multis = (0..<multi).map { n in
                Question(id: "m-\(n)", topic: "b", prompt: "M \(n)", options: [option("A", true), option("B", true), option("C")])
            }
            return QuestionBank(topic: "b", title: "B", questions: singles + multis)
        }
        #expect(ItemLint.answerCountFindings(in: bank(single: 1, multi: 0)).isEmpty)  // one item is no pattern yet
        #expect(ItemLint.answerCountFindings(in: bank(single: 2, multi: 0)).map(\.questionID) == ["s-0"])
        #expect(ItemLint.answerCountFindings(in: bank(single: 9, multi: 1)).map(\.message).first?.hasPrefix("9 of 10 questions with 3 options") == true)
        #expect(ItemLint.answerCountFindings(in: bank(single: 8, multi: 1)).isEmpty)  // 89 %
        #expect(ItemLint.answerCountFindings(in: bank(single: 3, multi: 1)).isEmpty)  // 75 % of 4
    }
}
