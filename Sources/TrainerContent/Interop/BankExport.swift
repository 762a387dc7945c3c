import Foundation
import TrainerCore

/// The formats `import` reads and `export bank` writes.
public enum InteropFormat: String, Sendable, CaseIterable {
    case gift
    case moodleXML = "moodle-xml"

    public func parse(_ data: [UInt8], path: String) -> MoodleFile {
        switch self {
        case .gift:
            guard let text = String(validating: data, as: UTF8.self) else {
                return MoodleFile(problems: [Diagnostic(path: path, line: firstBadLine(data), message:
                    "not UTF-8 text (line \(firstBadLine(data))): save the file as UTF-8 and import it again")])
            }
            return GIFTParser.parse(text, path: path)
        case .moodleXML:
            return MoodleXMLParser.parse(Data(data), path: path)
        }
    }

    public func write(_ bank: QuestionBank) -> String {
        let export = BankExport(bank)
        switch self {
        case .gift: return GIFTWriter.write(export)
        case .moodleXML: return MoodleXMLWriter.write(export)
        }
    }

    private func firstBadLine(_ data: [UInt8]) -> Int {
        var line = 1, start = 0
        for (index, byte) in data.enumerated() where byte == 0x0A {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

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
