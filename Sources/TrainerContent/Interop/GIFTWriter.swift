/// Writes a bank as GIFT that Moodle imports: one question per block, Markdown marked `[markdown]`,
/// every control character escaped and every newline written `\n`, so blocks never break.
enum GIFTWriter {
    static func write(_ export: BankExport) -> String {
        var out = "// Exported by trainer from QuestionBanks/\(export.topic).yaml: \(export.questions.count) questions.\n"
        out += "// Import in Moodle as GIFT; `trainer import FILE --format gift` reads it back.\n\n"
        out += "$CATEGORY: \(oneLine(export.category))\n\n"
        for question in export.questions {
            if let id = question.idNumber { out += "// [id:\(id)]\n" }
            for tag in question.tags { out += "// [tag:\(tag)]\n" }
            out += "::\(escaped(question.name, guardingFormat: false))::[markdown]\(escaped(question.text, guardingFormat: false)) {\n"
            let single = question.kind == .choice(single: true)
            for answer in question.answers {
                out += "\t" + marker(answer.percent, single: single, text: answer.text) + escaped(answer.text)
                if let feedback = answer.feedback, !feedback.isEmpty { out += " #" + escaped(feedback) }
                out += "\n"
            }
            if let general = question.generalFeedback, !general.isEmpty { out += "\t####" + escaped(general) + "\n" }
            out += "}\n\n"
        }
        return out
    }

    /// `=` for the right answer of a single-answer question, `~` otherwise, with a `%n%` weight
    /// where the default (100 for `=`, 0 for `~`) is not what is meant.
    private static func marker(_ percent: Double, single: Bool, text: String) -> String {
        // A text that starts with `%` needs the weight written, or it would be read as one.
        let plain = !text.hasPrefix("%")
        if single && abs(percent - 100) < 0.001 { return plain ? "=" : "=%100%" }
        if abs(percent) < 0.001 && plain { return "~" }
        return "~%\(MoodleFractions.written(percent))%"
    }

    /// Backslash first, then the control characters; newlines as `\n` (FORMATS.md 8).
    static func escaped(_ text: String, guardingFormat: Bool = true) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "~", "=", "#", "{", "}", ":": out += "\\" + String(character)
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        // A leading `[word]` would be read back as a format: name the format first.
        return guardingFormat && out.hasPrefix("[") ? "[markdown]" + out : out
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
