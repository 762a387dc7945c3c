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
        let answered = open.answers.filter { $0.chosen != nil }.count
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
        var runner = QuizRunner(session: session, attempt: attempt, sheet: AttemptSheet(attempt, curriculum: session.curriculum))
        switch try runner.run() {
        case .paused:
            session.say()
            session.say("Paused with \(runner.sheet.answeredCount) of \(runner.sheet.entries.count) answered; every answer is saved. `\(command)` picks it up where you left off.")
        case .submitted:
            guard let finished = try session.store.attempt(attempt.id, visibleTo: try session.currentUser()) else { return }
            session.say()
            session.say(ReviewView.render(AttemptSheet(finished, curriculum: session.curriculum), attempt: finished, style: session.style))
            session.say("`attempt \(finished.id)` shows this review again.")
        }
    }

    /// Closes an attempt with its score and pass/fail, and updates the review queue from its
    /// answers: a miss (credit < 1) starts the ladder again; only a review moves a right answer up.
    static func finish(_ attempt: StoredAttempt, sheet: AttemptSheet, for user: Account, in session: Session, at now: Date) throws {
        let today = Day(date: now)
        let queue = Dictionary(uniqueKeysWithValues: try session.store.reviewQueue(for: user).map { ($0.questionID, $0.state) })
        let updates = sheet.entries.compactMap { entry -> ReviewUpdate? in
            let id = entry.question.id
            if entry.credit < 1 { return ReviewUpdate(questionID: id, change: .schedule(ReviewSchedule.afterMiss(on: today))) }
            guard attempt.kind == .review, let state = queue[id] else { return nil }
            return ReviewUpdate(questionID: id, change: ReviewSchedule.afterSuccess(state, on: today).map { .schedule($0) } ?? .retire)
        }
        let score = sheet.score
        try session.store.finishAttempt(attempt.id, score: score, passed: score >= attempt.passMark, reviewUpdates: updates, at: now)
    }

    /// A seed that differs between attempts but is fixed for a fixed clock (tests, demos).
    static func seed(for user: Account, in session: Session) -> UInt64 {
        UInt64(bitPattern: Int64(session.clock.now().timeIntervalSince1970 * 1000)) ^ UInt64(bitPattern: user.id &* 0x9E37_79B9)
    }
}
