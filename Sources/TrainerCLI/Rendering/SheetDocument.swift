import Foundation
import TrainerCore

/// The meeting question sheet as Markdown or printable HTML. The mentor's copy carries the
/// answer key and explanations; the trainee's copy never does.
struct SheetDocument {
    let sheet: MeetingSheet
    let curriculum: Curriculum
    let track: String
    let forMentor: Bool

    private var title: String { "Meeting \(sheet.meetingNumber) with \(sheet.trainee) · \(sheet.date)" }

    private var statusLine: String {
        "Plan day \(min(sheet.planDay, sheet.planDays)) of \(sheet.planDays), \(ReviewView.percent(sheet.fractionDone)) done, \(sheet.status.rawValue)."
    }

    private var coveredLines: [String] {
        sheet.coveredDays.map { day in
            let lessons = day.items.filter { $0.item.kind == .lesson }.compactMap { curriculum.lesson($0.item.ref, inTrack: track)?.title ?? $0.item.ref }
            let quizzes = day.items.filter { $0.item.kind == .quiz }.map { "\($0.item.ref) quiz (\($0.state.rawValue))" }
            return "Day \(day.day) (\(day.date)): \(day.title)" + ((lessons + quizzes).isEmpty ? "" : " — " + (lessons + quizzes).joined(separator: "; "))
        }
    }

    private func correctLetters(_ entry: MeetingSheet.SheetQuestion) -> String {
        entry.keyLetters.map(AnswerParser.letter).joined(separator: ", ")
    }

    /// The trainee's copy says a role-play is coming, not what the mentor will play.
    static let traineeRolePlay = "Your mentor plays a customer with a problem from the topics above: handle it as you would a real call."

    // MARK: - Markdown

    func markdown() -> String {
        var md = ["# \(title)", "", statusLine, "", "## Covered since \(sheet.since.map { "the last meeting (\($0))" } ?? "the start")", ""]
        md += coveredLines.isEmpty ? ["Nothing new on the plan since then."] : coveredLines.map { "- \($0)" }
        md += ["", "## Questions", ""]
        for (index, entry) in sheet.questions.enumerated() {
            md.append("\(index + 1). \(entry.question.prompt.trimmingCharacters(in: .whitespacesAndNewlines))" + (forMentor ? entry.reason.map { " *(\($0))*" } ?? "" : ""))
            for (o, option) in entry.options.enumerated() { md.append("    - \(AnswerParser.letter(o))) \(option.text)") }
            if forMentor {
                md.append("    - **Key:** \(correctLetters(entry))" + (entry.question.explanation.map { ". \($0.trimmingCharacters(in: .whitespacesAndNewlines))" } ?? ""))
            }
            md.append("")
        }
        md += ["## Open mistakes to talk through", ""]
        md += sheet.openMistakes.isEmpty ? ["None waiting: the review queue is empty."] : sheet.openMistakes.map { "- \($0.prompt.trimmingCharacters(in: .whitespacesAndNewlines)) (`\($0.id)`)" }
        md += ["", "## Role-play: the mentor plays the customer", ""]
        if !forMentor {
            md.append(Self.traineeRolePlay)
        } else if let play = sheet.rolePlay {
            md.append("Play this customer, and do not make it easy: \(MeetingSheet.scene(from: play.prompt))")
            if forMentor {
                md.append("")
                md.append("Listen for: " + play.options.filter(\.isCorrect).map(\.text).joined(separator: "; ") + ".")
            }
        } else {
            md.append("No situational questions in the covered topics: pick a recent ticket together.")
        }
        md += ["", "## Notes", "", "Outcome: ok / concern", "", String(repeating: "_", count: 60), "", String(repeating: "_", count: 60), "", String(repeating: "_", count: 60), ""]
        if forMentor { md.append("Log it afterwards: `meeting log \(sheet.trainee) --notes \"...\" --outcome ok`") }
        return md.joined(separator: "\n")
    }

    // MARK: - HTML

    func html() -> String {
        func e(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var body = ["<h1>\(e(title))</h1>", "<p class=\"status\">\(e(statusLine))</p>",
                    "<h2>Covered since \(e(sheet.since.map { "the last meeting (\($0))" } ?? "the start"))</h2>"]
        body.append(coveredLines.isEmpty ? "<p>Nothing new on the plan since then.</p>" : "<ul>" + coveredLines.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        body.append("<h2>Questions</h2><ol class=\"questions\">")
        for entry in sheet.questions {
            var item = "<li><p>\(e(entry.question.prompt.trimmingCharacters(in: .whitespacesAndNewlines)))"
            if forMentor, let reason = entry.reason { item += " <span class=\"reason\">(\(e(reason)))</span>" }
            item += "</p><ol type=\"A\">" + entry.options.map { "<li>\(e($0.text))</li>" }.joined() + "</ol>"
            if forMentor {
                item += "<p class=\"key\"><b>Key:</b> \(e(correctLetters(entry)))"
                    + (entry.question.explanation.map { ". " + e($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? "") + "</p>"
            }
            body.append(item + "</li>")
        }
        body.append("</ol><h2>Open mistakes to talk through</h2>")
        body.append(sheet.openMistakes.isEmpty ? "<p>None waiting: the review queue is empty.</p>"
            : "<ul>" + sheet.openMistakes.map { "<li>\(e($0.prompt.trimmingCharacters(in: .whitespacesAndNewlines)))</li>" }.joined() + "</ul>")
        body.append("<h2>Role-play: the mentor plays the customer</h2>")
        if !forMentor {
            body.append("<p>\(e(Self.traineeRolePlay))</p>")
        } else if let play = sheet.rolePlay {
            body.append("<p>Play this customer, and do not make it easy: \(e(MeetingSheet.scene(from: play.prompt)))</p>")
            if forMentor { body.append("<p class=\"key\">Listen for: \(e(play.options.filter(\.isCorrect).map(\.text).joined(separator: "; "))).</p>") }
        }
        body.append("<h2>Notes</h2><p>Outcome: ok / concern</p><div class=\"notes\"></div>")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(e(title))</title>
            <style>
            @page { size: A4; margin: 16mm 15mm; }
            * { box-sizing: border-box; }
            body { font: 10.5pt/1.4 "DejaVu Sans", Arial, sans-serif; color: #111; max-width: 180mm; margin: 0 auto; overflow-wrap: anywhere; }
            h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12.5pt; margin: 14pt 0 4pt; border-bottom: 1px solid #999; }
            .status { color: #333; } .reason { color: #666; font-style: italic; }
            ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin-bottom: 8pt; }
            ol[type="A"] { margin: 2pt 0; } .key { background: #eef5ee; padding: 2pt 4pt; margin: 2pt 0; }
            .notes { height: 60mm; border: 1px solid #999; break-inside: avoid; }
            </style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>
            """
    }
}
