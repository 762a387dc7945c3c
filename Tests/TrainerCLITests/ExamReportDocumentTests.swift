import Testing
@testable import TrainerCLI

/// The lessons to revisit are commands: code in the printed HTML, backticks in the Markdown copy.
@Suite struct ExamReportDocumentTests {
    let document = ExamReportDocument(
        report: ExamReportCommand.Report(
            session: 3, exam: "support-basics", closedAt: "2026-11-30T16:00:00Z",
            candidates: [.init(user: "ana", state: "submitted", score: 0.55, passed: false,
                               topics: [.init(topic: "call-tracking", score: 0.4)], weak: ["call-tracking"],
                               lessons: ["support/call-tracking-basics", "support/pools"], feedback: nil, answers: [])]),
        title: "Support basics", passMark: 0.7)

    @Test func theHTMLReportShowsLessonsToRevisitAsCodeWithoutBackticks() throws {
        let html = try document.render(as: .html)
        #expect(html.contains("Revisit: <code>read support/call-tracking-basics</code>, <code>read support/pools</code>"))
        #expect(!html.contains("`"))
    }

    @Test func theMarkdownReportKeepsTheBackticks() throws {
        let markdown = try document.render(as: .md)
        #expect(markdown.contains("Revisit: `read support/call-tracking-basics`, `read support/pools`"))
    }
}
