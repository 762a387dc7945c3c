import Foundation
import TrainerCore

/// Reads Moodle XML (`<quiz>` of `<question type=…>`) as Moodle's importer does (FORMATS.md):
/// trimmed `<text>` containers, CDATA or escaped HTML, fractions as percentages, `<single>` and
/// `<shuffleanswers>` with Moodle's defaults. A file that is not well-formed is one located problem.
public enum MoodleXMLParser {
    public static func parse(_ data: Data, path: String) -> MoodleFile {
        let root: ParsedElement
        switch ParsedElement.parse(data) {
        case .failure(let problem):
            return MoodleFile(problems: [Diagnostic(path: path, line: problem.line, column: problem.column,
                message: "broken XML at line \(problem.line), column \(problem.column): \(problem.reason)")])
        case .success(let element):
            root = element
        }
        guard root.name == "quiz" else {
            return MoodleFile(problems: [Diagnostic(path: path, line: root.line,
                message: "the root element is <\(root.name)> on line \(root.line); a Moodle XML bank starts with <quiz>")])
        }
        var file = MoodleFile()
        for element in root.all("question") {
            let type = element.attributes["type"] ?? ""
            if type == "category" {
                // Some generators put the path in <name> instead of <category>.
                let category = element.child("category")?.containedText ?? element.child("name")?.containedText ?? ""
                if file.category == nil, !category.isEmpty { file.category = category }
                continue
            }
            if let question = read(element, type: type, path: path, problems: &file.problems) {
                file.questions.append(question)
            }
        }
        return file
    }

    private static func read(_ element: ParsedElement, type: String, path: String, problems: inout [Diagnostic]) -> MoodleQuestion? {
        let textElement = element.child("questiontext")
        let format = MoodleTextFormat(xml: textElement?.attributes["format"])
        let text = format.markdown(textElement?.containedText ?? "")
        var question = MoodleQuestion(
            line: element.line, name: element.child("name")?.containedText ?? "", text: text, kind: .unsupported(SkipReason.forType(type)),
            generalFeedback: feedback(element.child("generalfeedback"), default: format),
            idNumber: element.child("idnumber").map(\.text.trimmed).flatMap { $0.isEmpty ? nil : $0 },
            tags: element.child("tags")?.all("tag").map(\.containedText).filter { !$0.isEmpty } ?? [])
        if question.name.isEmpty { question.name = String(text.prefix(60)) }
        switch type {
        case "multichoice":
            question.kind = .choice(single: flag(element.child("single"), absent: true))
            question.shuffle = flag(element.child("shuffleanswers"), absent: false)
        case "truefalse":
            question.kind = .choice(single: true)
        default:
            return question
        }
        for answer in element.all("answer") {
            let answerFormat = answer.attributes["format"].map { MoodleTextFormat(xml: $0) } ?? format
            var text = answerFormat.markdown(answer.containedText)
            if type == "truefalse" { text = text.lowercased() == "false" ? "False" : text.lowercased() == "true" ? "True" : text }
            guard let percent = fraction(answer, path: path, problems: &problems) else { return nil }
            question.answers.append(MoodleAnswer(text: text, percent: percent,
                                                 feedback: feedback(answer.child("feedback"), default: answerFormat), line: answer.line))
        }
        return question
    }

    /// `fraction="50"` is a percentage; absent means 0.
    private static func fraction(_ answer: ParsedElement, path: String, problems: inout [Diagnostic]) -> Double? {
        guard let written = answer.attributes["fraction"]?.trimmed else { return 0 }
        guard let percent = Double(written), percent.isFinite, (-100...100).contains(percent) else {
            problems.append(Diagnostic(path: path, line: answer.line,
                message: "bad fraction `\(written)` on line \(answer.line): expected a percentage from -100 to 100"))
            return nil
        }
        return percent
    }

    private static func feedback(_ element: ParsedElement?, default format: MoodleTextFormat) -> String? {
        guard let element else { return nil }
        let own = element.attributes["format"].map { MoodleTextFormat(xml: $0) } ?? format
        let text = own.markdown(element.containedText)
        return text.isEmpty ? nil : text
    }

    /// `<single>` and `<shuffleanswers>`: `false`, `0` or empty mean no; anything else yes (whitespace ignored).
    private static func flag(_ element: ParsedElement?, absent: Bool) -> Bool {
        guard let value = element?.text.trimmed.lowercased() else { return absent }
        return !(value.isEmpty || value == "false" || value == "0")
    }
}
