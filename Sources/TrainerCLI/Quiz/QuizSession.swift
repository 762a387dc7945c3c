import Foundation
import TrainerCore
import TrainerStore

/// Starting, resuming and finishing an attempt: shared by `quiz` and `review`.
enum QuizSession {
    /// Offers to resume an open attempt; returns it when the person says yes (the default).
    /// A script is never asked (its next line is not an answer to that): it resumes, unless
    /// `restart` abandons the open attempt first.
    static func resumable(_ open: StoredAttempt?, what: String, restart: Bool = false, in session: Session) throws -> StoredAttempt? {
        guard let open else { return nil }
        let answered = open.answeredCount
        if restart {
            try session.store.abandonAttempt(open.id, at: session.clock.now())
            session.say("Left your unfinished \(what) behind (\(answered) of \(open.answers.count) answered); starting a fresh one.")
            return nil
        }
        guard session.input.isInteractive else {
            session.say("Resuming your unfinished \(what): \(answered) of \(open.answers.count) answered, started \(Format.time(open.startedAt)) (`--restart` starts anew).")
            return open
        }
        session.say("You have an unfinished \(what): \(answered) of \(open.answers.count) answered, started \(Format.time(open.startedAt)).")
        guard case .line(let reply) = session.input.readLine(prompt: "Resume it? [Y/n] ", remember: false) else {
            return open
        }
        if reply.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("n") {
            try session.store.abandonAttempt(open.id, at: session.clock.now())
            session.say("Left it behind; starting a fresh one.")
            return nil
        }
        return open
    }

    /// Runs the attempt to its end and prints the review, or says how to resume.
    static func run(_ attempt: StoredAttempt, resumeWith command: String, in session: Session) throws {
        var runner = QuizRunner(session: session, attempt: attempt, sheet: AttemptSheet(attempt))
        switch try runner.run() {
        case .paused:
            session.say()
            let clock = attempt.deadline.map { "; the clock keeps running until \(Format.time($0))" } ?? ""
            session.say("Paused with \(runner.sheet.answeredCount) of \(runner.sheet.entries.count) answered; every answer is saved\(clock). `\(command)` picks it up where you left off.")
        case .submitted, .timeUp:
            guard let finished = try session.store.attempt(attempt.id, visibleTo: try session.currentUser()) else { return }
            session.say()
            if finished.isSealed {
                session.say(ExamView.handedIn(finished))
                return
            }
            session.say(ReviewView.render(finished, style: session.style))
            session.say("`attempt \(finished.id)` shows this review again.")
        }
    }

    /// Submits an attempt: the store scores it from the credits recorded against the served
    /// questions, updates the review queue, and on a pass ticks the plan milestone it stands
    /// for (the earliest open instance of that quiz in the trainee's plan).
    @discardableResult
    static func submit(_ attempt: StoredAttempt, for user: Account, in session: Session, at now: Date) throws -> Store.Submission {
        let milestone = attempt.kind == .quiz ? try? session.progress(of: user).progress.milestone(.quiz, attempt.topic)?.key : nil
        return try session.store.submitAttempt(attempt.id, by: user, milestone: milestone ?? nil, at: now)
    }

    /// The pass mark of a quiz on `topic` for `user`: that of the milestone a pass would tick,
    /// else the default.
    static func passMark(forQuiz topic: String, of user: Account, in session: Session) -> Double {
        guard user.role == .trainee, let progress = try? session.progress(of: user).progress,
              let milestone = progress.milestone(.quiz, topic) else { return PlanItem.defaultPassMark }
        return milestone.item.passMark
    }

    /// A seed that differs between attempts but is fixed for a fixed clock (tests, demos).
    static func seed(for user: Account, in session: Session) -> UInt64 {
        UInt64(bitPattern: Int64(session.clock.now().timeIntervalSince1970 * 1000)) ^ UInt64(bitPattern: user.id &* 0x9E37_79B9)
    }
}
