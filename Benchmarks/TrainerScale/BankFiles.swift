import Foundation
import TrainerCore

/// Writes question banks in the public bank format (CONTENT-FORMAT), so `trainer check --fresh`
/// reads generated content the way it reads a mentor's.
enum BankFiles {
    static func yaml(_ bank: QuestionBank) -> String {
        var lines = ["topic: \(bank.topic)", "title: \(quoted(bank.title))", "questions:"]
        lines.reserveCapacity(bank.questions.count * 16)
        for question in bank.questions {
            lines.append("  - id: \(question.id)")
            lines.append("    prompt: \(quoted(question.prompt))")
            if question.kind == .situational { lines.append("    kind: situational") }
            if question.pool == .exam { lines.append("    pool: exam") }
            lines.append("    options:")
            for option in question.options {
                lines.append("      - text: \(quoted(option.text))")
                if option.isCorrect { lines.append("        correct: true") }
                if let feedback = option.feedback { lines.append("        feedback: \(quoted(feedback))") }
            }
            if let explanation = question.explanation { lines.append("    explanation: \(quoted(explanation))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A double-quoted YAML scalar.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
