/// Writes a bank as Moodle XML: a category, then one `multichoice` per question with Markdown text,
/// percentages as fractions, the id as `<idnumber>` and trainer's fields as tags.
enum MoodleXMLWriter {
    static func write(_ export: BankExport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<!-- Exported by trainer from QuestionBanks/\(escaped(export.topic)).yaml: \(export.questions.count) questions. -->\n"
        out += "<quiz>\n"
        out += "  <question type=\"category\">\n    <category><text>\(escaped(export.category))</text></category>\n  </question>\n"
        for question in export.questions {
            out += "  <question type=\"multichoice\">\n"
            out += "    <name><text>\(escaped(question.name))</text></name>\n"
            out += "    <questiontext format=\"markdown\"><text>\(escaped(question.text))</text></questiontext>\n"
            out += "    <generalfeedback format=\"markdown\"><text>\(escaped(question.generalFeedback ?? ""))</text></generalfeedback>\n"
            out += "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n"
            if let id = question.idNumber { out += "    <idnumber>\(escaped(id))</idnumber>\n" }
            out += "    <single>\(question.kind == .choice(single: true))</single>\n"
            out += "    <shuffleanswers>\(question.shuffle ?? true)</shuffleanswers>\n"
            out += "    <answernumbering>abc</answernumbering>\n"
            for answer in question.answers {
                out += "    <answer fraction=\"\(MoodleFractions.written(answer.percent))\" format=\"markdown\">\n"
                out += "      <text>\(escaped(answer.text))</text>\n"
                out += "      <feedback format=\"markdown\"><text>\(escaped(answer.feedback ?? ""))</text></feedback>\n"
                out += "    </answer>\n"
            }
            if !question.tags.isEmpty {
                out += "    <tags>\n"
                for tag in question.tags { out += "      <tag><text>\(escaped(tag))</text></tag>\n" }
                out += "    </tags>\n"
            }
            out += "  </question>\n"
        }
        return out + "</quiz>\n"
    }

    /// The five XML entities; characters XML 1.0 forbids are dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
