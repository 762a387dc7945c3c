import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct ExamReportCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", _superCommandName: CommandTable.name, abstract: "Results of a closed session: scores per topic, weak areas, lessons, feedback.",
        discussion: """
            A candidate sees their own report and a mentor their trainees' once the lead has closed the \
            session; before that nothing about correctness or score is shown. A lead sees it any time.
            """)
    static let access = Access.signedIn

    @Argument(help: "The session number.") var id: Int64
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "A printable document: md or html (default with --out: from the file's extension).") var format: SheetCommand.Format?
    @Option(help: "Write the document to this file (owner-only) instead of the screen.") var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false

    struct Report: Encodable {
        struct Topic: Encodable {
            var topic: String
            var score: Double
        }
        struct Answer: Encodable {
            var question: String
            var chosen: [String]
            var correct: [String]
            var credit: Double
        }
        struct Candidate: Encodable {
            var user: String
            var state: String
            var score: Double
            var passed: Bool
            var topics: [Topic]
            var weak: [String]
            var lessons: [String]
            @NullWhenAbsent var feedback: String?
            var answers: [Answer]
        }
        var session: Int64
        var exam: String
        @NullWhenAbsent var closedAt: String?
        var candidates: [Candidate]

        enum CodingKeys: String, CodingKey { case session, exam, candidates, closedAt = "closed_at" }
    }

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let record = try session.examSession(id)
        guard record.isClosed || me.role == .lead else {
            throw CommandFailure("session \(id) is not closed yet: results stay sealed until the lead closes it")
        }
        let attempts = try session.store.examAttempts(inSession: id, visibleTo: me)
        let report = Report(session: id, exam: record.exam, closedAt: record.closedAt.map(Format.iso),
                            candidates: record.candidates.map { candidate(of: $0, attempts: attempts, record: record, in: session) })
        if json {
            session.say(try JSONOutput.render(report))
            return
        }
        if format != nil || out != nil {
            let target = try out.map { try SheetTarget(out: $0, format: format, force: force, environment: session.environment) }
            let text = try ExamReportDocument(report: report, title: record.title, passMark: record.passMark)
                .render(as: (target?.format ?? format) == .html ? .html : .md)
            guard let target else { return session.say(text) }
            try OwnerOnlyFile.write(text, to: target.path)
            return session.say("Wrote the report of session \(id) to \(target.path) (\(target.format.rawValue)).")
        }
        session.say(session.style.bold("\(record.title), session \(id)") + (record.closedAt.map { ", closed \(Format.time($0))" } ?? ", still open")
            + ". Pass mark \(ReviewView.percent(record.passMark)).")
        for candidate in report.candidates {
            session.say()
            let verdict = candidate.state == "not started" ? "did not take it"
                : (candidate.passed ? session.style.green("passed") : session.style.red("not passed"))
            session.say(session.style.bold(candidate.user) + ": \(ReviewView.percent(candidate.score)), \(verdict)")
            if !candidate.topics.isEmpty {
                session.say("  " + candidate.topics.map { topic in
                    let text = "\(topic.topic) \(ReviewView.percent(topic.score))"
                    return candidate.weak.contains(topic.topic) ? session.style.red(text) : text
                }.joined(separator: " · "))
            }
            if !candidate.weak.isEmpty {
                session.say("  Weak: \(candidate.weak.joined(separator: ", ")).")
                if !candidate.lessons.isEmpty { session.say("  Revisit: " + candidate.lessons.map { "`read \($0)`" }.joined(separator: ", ")) }
            }
            if let feedback = candidate.feedback {
                session.say("  Feedback: " + InertText.visible(feedback))
            }
        }
    }

    private func candidate(of candidate: ExamSessionRecord.Candidate, attempts: [StoredAttempt], record: ExamSessionRecord,
                           in session: Session) -> Report.Candidate {
        guard let attempt = attempts.first(where: { $0.id == candidate.attempt }), !attempt.isSealed else {
            return .init(user: candidate.user, state: candidate.state.rawValue, score: 0, passed: false, topics: [], weak: [],
                         lessons: [], feedback: candidate.feedback, answers: [])
        }
        // Lessons from the candidate's own track when they have one: that is what they studied.
        let track = (try? session.store.account(named: candidate.user))?.flatMap(\.track)
        let own = session.curriculum.plans.filter { $0.track == track }
        let plans = own.isEmpty ? session.curriculum.plans : own
        let result = ExamResult.make(credits: attempt.answers.map { ($0.topic, $0.credit ?? 0) }, passMark: record.passMark, plans: plans)
        return .init(
            user: candidate.user, state: candidate.state.rawValue, score: attempt.score ?? result.score, passed: attempt.passed ?? result.passed,
            topics: result.topics.map { .init(topic: $0.topic, score: $0.score) }, weak: result.weakTopics, lessons: result.lessons,
            feedback: candidate.feedback,
            answers: attempt.answers.map { answer in
                .init(question: answer.questionID, chosen: (answer.chosen ?? []).sorted(), correct: answer.question.correctOptionIDs,
                      credit: answer.credit ?? 0)
            })
    }
}

struct ExamFeedbackCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", _superCommandName: CommandTable.name, abstract: "Write feedback for a candidate, shown in their report (leads).")
    static let access = Access.atLeast(.lead)
    static let completion = CompletionKind.user

    @Argument(help: "The session number.") var id: Int64
    @Argument(help: "The candidate.") var name: String
    @Option(help: "The feedback (replaces any earlier one).") var text: String

    func run(in session: Session) throws {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CommandFailure("--text cannot be empty") }
        guard let candidate = try session.store.account(named: name) else { throw StoreError.unknownUser(name) }
        _ = try session.examSession(id)
        try session.store.setExamFeedback(text, session: id, for: candidate, by: try session.currentUser(), at: session.clock.now())
        session.say("Saved feedback for \(candidate.name) in session \(id).")
    }
}
