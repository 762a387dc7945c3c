import Foundation
import TrainerCore

/// A lesson is Markdown whose first line is `# Title`.
enum LessonReader {
    static func read(_ text: String, track: String, id: String, path: String, log: DiagnosticLog) -> Lesson? {
        if !Identifier.isValid(id) {
            log.add(Diagnostic(path: path, message: "lesson file name `\(id)` must use only a-z, 0-9 and -"))
            return nil
        }
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard firstLine.hasPrefix("# ") else {
            log.add(Diagnostic(path: path, message: "a lesson starts with a `# Title` line"))
            return nil
        }
        let title = firstLine.dropFirst(2).trimmingCharacters(in: .whitespaces)
        return Lesson(track: track, id: id, title: title)
    }
}
