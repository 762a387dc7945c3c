import Foundation
import TrainerCore

/// The meeting question sheet as Markdown or printable HTML: one view, two writers
/// (`SheetDocument+Text`). The mentor's copy carries the answer key and explanations; the
/// trainee's copy never does.
struct SheetDocument {
    let sheet: MeetingSheet
    let curriculum: Curriculum
    let track: String
    let forMentor: Bool

    struct Option { var letter, text: String }
    struct Entry {
        var number: Int
        var prompt: String
        /// Why the question was picked (mentor's copy).
        var reason: String?
        var options: [Option]
        /// The correct letters and the explanation (mentor's copy).
        var key: String?
    }
    struct Mistake { var prompt, id: String }

    struct View {
        var title, statusLine, coveredHeading: String
        var covered: [String]
        var hasCovered: Bool
        var questions: [Entry]
        var mistakes: [Mistake]
        var hasMistakes: Bool
        var rolePlay: String
        var listenFor: String?
        var logLine: String?
    }

    /// The trainee's copy says a role-play is coming, not what the mentor will play.
    static let traineeRolePlay = "Your mentor plays a customer with a problem from the topics above: handle it as you would a real call."

    var view: View {
        let covered = coveredLines
        let mistakes = sheet.openMistakes.map { Mistake(prompt: $0.prompt.trimmed, id: $0.id) }
        return View(
            title: "Meeting \(sheet.meetingNumber) with \(sheet.trainee) · \(sheet.date)",
            statusLine: "Plan day \(min(sheet.planDay, sheet.planDays)) of \(sheet.planDays), \(ReviewView.percent(sheet.fractionDone)) done, \(sheet.status.rawValue).",
            coveredHeading: "Covered since \(sheet.since.map { "the last meeting (\($0))" } ?? "the start")",
            covered: covered, hasCovered: !covered.isEmpty,
            questions: sheet.questions.enumerated().map { index, entry in
                Entry(number: index + 1, prompt: entry.question.prompt.trimmed,
                      reason: forMentor ? entry.reason : nil,
                      options: entry.options.enumerated().map { Option(letter: AnswerParser.letter($0), text: $1.text) },
                      key: forMentor ? entry.keyLetters.map(AnswerParser.letter).joined(separator: ", ")
                          + (entry.question.explanation.map { ". \($0.trimmed)" } ?? "") : nil)
            },
            mistakes: mistakes, hasMistakes: !mistakes.isEmpty,
            rolePlay: rolePlay, listenFor: forMentor ? sheet.rolePlay.map { $0.options.filter(\.isCorrect).map(\.text).joined(separator: "; ") } : nil,
            logLine: forMentor ? "meeting log \(sheet.trainee) --notes \"...\" --outcome ok" : nil)
    }

    private var rolePlay: String {
        guard forMentor else { return Self.traineeRolePlay }
        guard let play = sheet.rolePlay else { return "No situational questions in the covered topics: pick a recent ticket together." }
        return "Play this customer, and do not make it easy: \(MeetingSheet.scene(from: play.prompt))"
    }

    private var coveredLines: [String] {
        sheet.coveredDays.map { day in
            let lessons = day.items.filter { $0.item.kind == .lesson }.compactMap { curriculum.lessonTitle($0.item.ref, inTrack: track) ?? $0.item.ref }
            let quizzes = day.items.filter { $0.item.kind == .quiz }.map { "\($0.item.ref) quiz (\($0.state.rawValue))" }
            return "Day \(day.day) (\(day.date)): \(day.title)" + ((lessons + quizzes).isEmpty ? "" : " — " + (lessons + quizzes).joined(separator: "; "))
        }
    }
}
