import Foundation
import TrainerCore
import TrainerStore

/// Starting, resuming and finishing an attempt: shared by `quiz` and `review`.
enum QuizSession {
    /// Offers to resume an open attempt; returns it when the person says yes (the default).
    static func resumable(_ open: StoredAttempt?, what: String, in session: Session) throws -> StoredAttempt? {
        guard let open else { return nil }
        let answered = open.answers.filter { $0.chosen != nil }.count
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
        var runner = QuizRunner(session: session, attemptID: attempt.id, sheet: AttemptSheet(attempt, curriculum: session.curriculum))
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

    /// A seed that differs between attempts but is fixed for a fixed clock (tests, demos).
    static func seed(for user: Account, in session: Session) -> UInt64 {
        UInt64(bitPattern: Int64(session.clock.now().timeIntervalSince1970 * 1000)) ^ UInt64(bitPattern: user.id &* 0x9E37_79B9)
    }
}

enum Format {
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = Day.calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = Day.calendar.timeZone
        return formatter.string(from: date)
    }
}
