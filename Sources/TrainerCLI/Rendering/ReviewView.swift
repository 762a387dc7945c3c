import Foundation
import TrainerCore
import TrainerStore

/// The full review of a finished attempt: score and result, then every question with every
/// option marked, the option feedback, the explanation and the credit earned.
public enum ReviewView {
    /// The review of a stored attempt, from the questions as it served them.
    public static func render(_ attempt: StoredAttempt, style: Style) -> String {
        render(AttemptSheet(attempt), attempt: attempt, style: style)
    }

    static func render(_ sheet: AttemptSheet, attempt: StoredAttempt, style: Style) -> String {
        var lines = [header(attempt, sheet: sheet, style: style), ""]
        let width = TextWrap.terminalWidth()
        for (index, entry) in sheet.entries.enumerated() {
            lines.append(contentsOf: question(entry, number: index + 1, of: sheet.entries.count, style: style, width: width))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func header(_ attempt: StoredAttempt, sheet: AttemptSheet, style: Style) -> String {
        let score = attempt.score ?? sheet.score
        let title = "Attempt \(attempt.id) · \(attempt.user) · \(attempt.kind == .review ? "review of mistakes" : attempt.topic)"
            + (attempt.abandoned ? " · abandoned" : "")
        var result = "Score \(percent(score))"
        if attempt.kind != .review {
            let passed = attempt.passed ?? (score >= attempt.passMark)
            result += " · " + (passed ? style.green("passed") : style.red("not passed")) + " (pass mark \(percent(attempt.passMark)))"
        }
        if attempt.reconstructed {
            result += "\n" + style.dim("Reconstructed: this attempt predates frozen records, so its questions are shown as they stood when the database was upgraded.")
        }
        return style.bold(title) + "\n" + result
    }

    static func question(_ entry: AttemptSheet.Entry, number: Int, of total: Int, style: Style, width: Int) -> [String] {
        let credit = entry.credit
        let creditText = String(format: "credit %.2f", credit)
        let colouredCredit = credit >= 1 ? style.green(creditText) : (credit > 0 ? style.yellow(creditText) : style.red(creditText))
        var lines = [style.bold("Question \(number)/\(total)") + style.dim(" · \(entry.question.id) · ") + colouredCredit
            + (entry.isAnswered ? "" : style.yellow(" · not answered")),
                     TextWrap.wrap(entry.question.prompt, width: width)]
        let chosen = entry.chosen ?? []
        for (index, option) in entry.displayedOptions.enumerated() {
            let picked = chosen.contains(option.id)
            let mark: String
            switch (picked, option.isCorrect) {
            case (true, true): mark = style.green("✓ chosen, correct")
            case (true, false): mark = style.red("✗ chosen, wrong")
            case (false, true): mark = style.yellow("○ missed: correct, not chosen")
            case (false, false): mark = style.dim("· not chosen")
            }
            lines.append(TextWrap.wrap(option.text, width: width, indent: "  \(AnswerParser.letter(index))) ", hanging: "     ") + "  [\(mark)]")
            if let feedback = option.feedback {
                lines.append(TextWrap.wrap(style.dim(feedback), width: width, indent: "       "))
            }
        }
        if let explanation = entry.question.explanation { lines.append(TextWrap.wrap(explanation, width: width, indent: "  Why: ", hanging: "       ")) }
        return lines
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
