import Foundation
import TrainerCore

/// A bank as Moodle questions: every question multiple choice, text in Markdown, trainer's own
/// fields (id, kind, difficulty, pool, scoring, order) kept in the idnumber and tags.
struct BankExport {
    var topic: String
    var category: String
    var questions: [MoodleQuestion]

    init(_ bank: QuestionBank) {
        topic = bank.topic
        // A slash inside a category name is doubled, as Moodle writes it.
        category = "$course$/top/" + bank.title.replacingOccurrences(of: "/", with: "//")
        questions = bank.questions.map { question in
            let percents = MoodleFractions.percents(of: question)
            let correct = question.options.filter(\.isCorrect)
            let single = correct.count == 1 && zip(question.options, percents).contains { $0.isCorrect && abs($1 - 100) < 0.001 }
            let shuffles = question.shufflesOptions(inBank: bank.shuffle)
            return MoodleQuestion(
                line: 0, name: question.id, text: question.prompt.trimmed, kind: .choice(single: single),
                answers: zip(question.options, percents).map { option, percent in
                    MoodleAnswer(text: option.text.trimmed, percent: percent, feedback: option.feedback?.trimmed, line: 0)
                },
                generalFeedback: question.explanation?.trimmed, idNumber: question.id,
                tags: TrainerTags.tags(for: question, shuffles: shuffles), shuffle: shuffles)
        }
    }
}
