import TrainerCore

/// `exam report --format md|html`: the session's results as a printable document, from the same
/// report the terminal and `--json` show.
struct ExamReportDocument {
    struct Topic { var topic, score: String; var weak: Bool }
    /// A command to revisit a lesson: a code span in both formats (backticks in Markdown, `<code>` in HTML).
    struct Revisit { var command, separator: String }
    struct Candidate {
        var user, result: String
        var topics: [Topic]
        var hasTopics: Bool
        var lessons: [Revisit]
        var hasLessons: Bool
        var feedback: String?
    }
    struct View {
        var title, subtitle: String
        var candidates: [Candidate]
    }

    let view: View

    init(report: ExamReportCommand.Report, title: String, passMark: Double) {
        view = View(
            title: "\(title), session \(report.session)",
            subtitle: (report.closedAt.map { "Closed \($0)" } ?? "Still open") + ". Pass mark \(ReviewView.percent(passMark)).",
            candidates: report.candidates.map { candidate in
                let result = candidate.state == "not started" ? "did not take it"
                    : "\(ReviewView.percent(candidate.score)), \(candidate.passed ? "passed" : "not passed")"
                return Candidate(
                    user: InertText.visible(candidate.user), result: result,
                    topics: candidate.topics.map { Topic(topic: $0.topic, score: ReviewView.percent($0.score), weak: candidate.weak.contains($0.topic)) },
                    hasTopics: !candidate.topics.isEmpty,
                    lessons: candidate.lessons.enumerated().map { Revisit(command: "read \($1)", separator: $0 == 0 ? "" : ", ") },
                    hasLessons: !candidate.lessons.isEmpty,
                    feedback: candidate.feedback.map { InertText.visible($0) })
            })
    }

    func render(as format: DocumentTemplates.Format) throws -> String { try DocumentTemplates.render(view, "exam-report", as: format) }
}
extension ExamReportCommand { var printsRawOutput: Bool { format != nil && out == nil } }
