import Foundation
import TrainerCore

/// A question as the trainee answers it: number, prompt, lettered options, the reminder.
enum QuestionView {
    static func render(_ entry: AttemptSheet.Entry, number: Int, of total: Int, style: Style, width: Int = 100) -> String {
        var lines = [style.bold("Question \(number)/\(total)") + style.dim(" · \(entry.question.topic)"),
                     TextWrap.wrap(entry.question.prompt, width: width), ""]
        for (index, option) in entry.displayedOptions.enumerated() {
            lines.append(TextWrap.wrap(option.text, width: width, indent: "  \(AnswerParser.letter(index))) ", hanging: "     "))
        }
        lines.append(style.dim("Any number of options may be right: type every letter that applies (e.g. `b` or `a c`)."))
        if let chosen = entry.chosen {
            lines.append("Your answer so far: \(letters(chosen, in: entry)). Enter keeps it.")
        }
        return lines.joined(separator: "\n")
    }

    static func letters(_ chosen: Set<String>, in entry: AttemptSheet.Entry) -> String {
        let picked = entry.optionOrder.enumerated().filter { chosen.contains($0.element) }.map { AnswerParser.letter($0.offset) }
        return picked.isEmpty ? "nothing" : picked.joined(separator: " ")
    }

    /// `Time left: 37 min (until 09:45).` under each question of a timed attempt.
    static func timeLeft(until deadline: Date, now: Date) -> String {
        let minutes = Int((deadline.timeIntervalSince(now) / 60).rounded(.up))
        let until = Format.time(deadline).suffix(5)
        return minutes >= 1 ? "Time left: \(minutes) min (until \(until))." : "Time is up (it was \(until))."
    }

    /// The overview before submitting: which questions are answered.
    static func summary(_ sheet: AttemptSheet, style: Style) -> String {
        let marks = sheet.entries.enumerated().map { index, entry in
            "\(index + 1) " + (entry.isAnswered ? QuestionView.letters(entry.chosen ?? [], in: entry) : style.yellow("skipped"))
        }
        return """
            \(style.bold("Summary")): \(sheet.answeredCount) of \(sheet.entries.count) answered.
              \(marks.joined(separator: "   "))
            Type `submit` to hand in, `goto N` to change an answer, or `back`.
            """
    }
}
