import Foundation
import Testing
import TrainerContent
import TrainerCore

/// Every shipped bank exported as GIFT and as Moodle XML, then imported again: the same
/// questions come back (ids, text, options, keys, feedback, kind, difficulty, pool, scoring).
@Suite struct BankRoundTripTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let banks: [QuestionBank]

    init() throws {
        banks = try ContentLoader(root: Self.root).load().get().banks
    }

    /// The bank as a trip through Moodle can give it back: text trimmed, and a question's
    /// option order saying only whether it shuffles.
    static func expected(_ bank: QuestionBank) -> [Question] {
        bank.questions.map { question in
            var question = question
            question.prompt = question.prompt.trimmingCharacters(in: .whitespacesAndNewlines)
            question.explanation = question.explanation?.trimmingCharacters(in: .whitespacesAndNewlines)
            question.shuffle = question.shufflesOptions(inBank: bank.shuffle) ? nil : false
            question.options = question.options.map { option in
                var option = option
                option.text = option.text.trimmingCharacters(in: .whitespacesAndNewlines)
                option.feedback = option.feedback?.trimmingCharacters(in: .whitespacesAndNewlines)
                return option
            }
            return question
        }
    }

    @Test(arguments: InteropFormat.allCases)
    func everyShippedBankComesBack(format: InteropFormat) throws {
        #expect(banks.count >= 14)
        for bank in banks {
            let exported = format.write(bank)
            let parsed = format.parse(Array(exported.utf8), path: "\(bank.topic).\(format.rawValue)")
            #expect(parsed.problems.isEmpty, "\(bank.topic): \(parsed.problems)")
            let imported = BankImport.bank(from: parsed, topic: bank.topic)
            #expect(imported.skipped.isEmpty, "\(bank.topic): \(imported.skipped)")
            #expect(imported.bank.title == bank.title)
            let expected = Self.expected(bank)
            #expect(imported.bank.questions.count == expected.count)
            for (back, original) in zip(imported.bank.questions, expected) {
                #expect(back == original, "\(bank.topic) via \(format.rawValue)")
            }
            // And the YAML written for it reads back as the same bank.
            let yaml = try BankWriter.yaml(imported.bank)
            #expect(try BankFile.read(yaml, path: "\(bank.topic).yaml", topic: bank.topic).get() == imported.bank)
        }
    }

    @Test(arguments: InteropFormat.allCases)
    func weightsScoringAndOrderSurviveATrip(format: InteropFormat) throws {
        let bank = QuestionBank(topic: "mixed", title: "Mixed / odd: {cases}", shuffle: false, questions: [
            Question(id: "mixed-001", topic: "mixed", prompt: "Pick the *two* settings\nthat GA4 needs: ~ = # { } \\ \\n",
                     kind: .situational, difficulty: 3, pool: .exam, scoring: .allOrNothing, options: [
                AnswerOption(id: "1", text: "Measurement ID", isCorrect: true, feedback: "Yes: one of two."),
                AnswerOption(id: "2", text: "API secret", isCorrect: true),
                AnswerOption(id: "3", text: "[html] <b>password</b>", isCorrect: false, feedback: "[plain] Never."),
                AnswerOption(id: "4", text: "%50% of the account", isCorrect: false),
            ], explanation: "Both, or no events arrive."),
            Question(id: "mixed-002", topic: "mixed", prompt: "Weighted", difficulty: 1, options: [
                AnswerOption(id: "1", text: "Acknowledge", isCorrect: true, weight: 0.6),
                AnswerOption(id: "2", text: "Give a time", isCorrect: true, weight: 0.4),
                AnswerOption(id: "3", text: "Check forwarding", isCorrect: false, weight: -0.5),
                AnswerOption(id: "4", text: "true", isCorrect: false, weight: -1),
            ]),
        ])
        let parsed = format.parse(Array(format.write(bank).utf8), path: "mixed")
        #expect(parsed.problems.isEmpty)
        let imported = BankImport.bank(from: parsed, topic: "mixed")
        #expect(imported.bank.title == "Mixed / odd: {cases}")
        #expect(imported.bank.questions == Self.expected(bank))
    }
}
