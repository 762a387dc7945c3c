import Foundation
import TrainerCore
import TrainerStore

/// How exams, sessions and item statistics read on a terminal.
enum ExamView {
    /// After handing in while results are still sealed: what was answered, nothing about correctness.
    static func handedIn(_ attempt: StoredAttempt) -> String {
        let session = attempt.examSession.map { " session \($0)" } ?? ""
        return "Handed in: \(attempt.answeredCount) of \(attempt.answers.count) answered. Your result is sealed until the lead closes\(session); then `exam report\(attempt.examSession.map { " \($0)" } ?? "")` shows it."
    }

    static func state(of session: ExamSessionRecord, now: Date) -> String {
        if session.isClosed { return "closed" }
        return session.opensAt > now ? "scheduled" : "open"
    }

    static func candidateLine(_ candidate: ExamSessionRecord.Candidate) -> String {
        switch candidate.state {
        case .notStarted: "not started"
        case .inProgress: "in progress, \(candidate.answered) of \(candidate.questions) answered, until \(candidate.deadline.map(Format.time) ?? "?")"
        case .submitted: "handed in \(candidate.finishedAt.map(Format.time) ?? ""), \(candidate.answered) of \(candidate.questions) answered"
        }
    }

    /// `A*62% B12% C0% D26%`: options in the author's order, the correct ones starred.
    static func optionShares(_ stats: ItemStatistics) -> String {
        stats.optionShares.enumerated().map { index, share in
            AnswerParser.letter(index) + (share.isCorrect ? "*" : "") + ReviewView.percent(share.share)
        }.joined(separator: " ")
    }

    static func decimal(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
}
