import Crypto
import Foundation
import TrainerCore

/// A question the import left out, where it starts and why.
public struct SkippedQuestion: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): skipped \(reason)" }
}

/// What an import produced: the bank to write and the questions it could not take.
public struct ImportedBank: Sendable {
    public var bank: QuestionBank
    public var skipped: [SkippedQuestion]
}

/// Moodle questions into trainer's bank model. Pure: ids come from the question itself, so the
/// same file always gives the same ids.
public enum BankImport {
    public static func bank(from file: MoodleFile, topic: String) -> ImportedBank {
        var questions: [Question] = []
        var skipped: [SkippedQuestion] = []
        var used = Set<String>()
        for moodle in file.questions {
            switch question(from: moodle, topic: topic) {
            case .failure(let reason):
                skipped.append(SkippedQuestion(line: moodle.line, reason: reason.message))
            case .success(var question):
                question.id = unique(question.id, among: used)
                used.insert(question.id)
                questions.append(question)
            }
        }
        return ImportedBank(bank: QuestionBank(topic: topic, title: title(category: file.category, topic: topic), questions: questions),
                            skipped: skipped)
    }

    struct Reason: Error { var message: String }

    static func question(from moodle: MoodleQuestion, topic: String) -> Result<Question, Reason> {
        guard case .choice(let single) = moodle.kind else {
            if case .unsupported(let reason) = moodle.kind { return .failure(Reason(message: reason)) }
            return .failure(Reason(message: "an unknown question type"))
        }
        let answers = moodle.answers
        if moodle.text.isEmpty { return .failure(Reason(message: "a question with no text")) }
        if !(2...8).contains(answers.count) {
            return .failure(Reason(message: "a question with \(answers.count) answer\(answers.count == 1 ? "" : "s"): trainer asks 2 to 8 options"))
        }
        if answers.contains(where: { $0.text.isEmpty }) { return .failure(Reason(message: "a question with an empty answer")) }
        var texts = Set<String>()
        for answer in answers where !texts.insert(answer.text.lowercased()).inserted {
            return .failure(Reason(message: "a question whose answers repeat `\(answer.text)`"))
        }
        // Moodle's radio buttons need a 100% answer; checkboxes give credit to every positive one.
        let correct = answers.map { single ? $0.percent >= 99.999 : $0.percent > 0 }
        if !correct.contains(true) {
            return .failure(Reason(message: single ? "a question with no answer worth 100%" : "a question with no answer worth credit"))
        }
        let tags = Set(moodle.tags)
        let scoring: Question.Scoring = tags.contains(TrainerTags.allOrNothing) ? .allOrNothing : .partial
        let percents = answers.map(\.percent)
        let keepsWeights = !MoodleFractions.same(percents, MoodleFractions.defaults(correct: correct, scoring: scoring))
        let options = answers.indices.map { index in
            AnswerOption(id: String(index + 1), text: answers[index].text, isCorrect: correct[index], feedback: answers[index].feedback,
                         weight: keepsWeights ? weight(answers[index].percent, single: single) : nil)
        }
        return .success(Question(
            id: id(for: moodle, topic: topic), topic: topic, prompt: moodle.text,
            kind: tags.contains(TrainerTags.situational) ? .situational : .knowledge,
            difficulty: (1...3).first { tags.contains(TrainerTags.difficulty($0)) } ?? 2,
            pool: tags.contains(TrainerTags.exam) ? .exam : .practice,
            scoring: scoring, options: options, explanation: moodle.generalFeedback,
            shuffle: moodle.shuffle == false || tags.contains(TrainerTags.keepOrder) ? false : nil))
    }

    /// Fractions to 7 decimals, as Moodle keeps them (33.33333 % is 0.3333333). In a Moodle
    /// single-answer question a 0 % answer can only be picked alone; trainer lets trainees pick
    /// several options, so it costs -1 there: picked alone it still earns 0, and picking every
    /// option no longer collects the key's credit.
    static func weight(_ percent: Double, single: Bool) -> Double {
        if single && percent == 0 { return -1 }
        return (percent / 100 * 10_000_000).rounded() / 10_000_000
    }

    /// The file's idnumber when it is a usable id (our own exports carry it), else the topic and
    /// a hash of the question's name and text: stable for the same input, whatever its position.
    static func id(for question: MoodleQuestion, topic: String) -> String {
        if let given = question.idNumber, Identifier.isValid(given), given.contains(where: \.isLetter) { return given }
        let digest = SHA256.hash(data: Data((question.name + "\n" + question.text).utf8))
        return topic + "-" + digest.prefix(4).hexDigits
    }

    static func unique(_ id: String, among used: Set<String>) -> String {
        guard used.contains(id) else { return id }
        var suffix = 2
        while used.contains("\(id)-\(suffix)") { suffix += 1 }
        return "\(id)-\(suffix)"
    }

    /// The last segment of the category path (`$course$/top/Triage` gives `Triage`; `//` is a
    /// slash in a name), else the topic in words.
    static func title(category: String?, topic: String) -> String {
        let segments = (category ?? "").replacingOccurrences(of: "//", with: "\u{E000}").split(separator: "/")
            .map { $0.replacingOccurrences(of: "\u{E000}", with: "/").trimmed }
            .filter { !$0.isEmpty && !$0.hasPrefix("$") && $0 != "top" }
        if let last = segments.last { return last }
        let words = topic.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
