import Foundation
import TrainerCore
import TrainerStore

/// Walks a trainee through an open attempt: one question at a time, every answer committed as it
/// is given, `skip`/`back`/`goto N` to move, a summary, then `submit`. Ctrl-C or the end of
/// input pauses: the attempt stays open to resume. A timed attempt (an exam) shows the time
/// left at each question; an answer after its deadline is refused and the attempt is submitted
/// as it stands.
struct QuizRunner {
    enum Outcome: Equatable { case submitted, paused, timeUp }

    let session: Session
    let attempt: StoredAttempt
    var sheet: AttemptSheet

    /// Runs until submitted or paused, starting at the first unanswered question.
    mutating func run() throws -> Outcome {
        var index: Int? = sheet.entries.firstIndex { !$0.isAnswered }
        while true {
            guard let current = index else {
                switch try summary() {
                case .submit: return .submitted
                case .goto(let target): index = target
                case .pause: return .paused
                }
                continue
            }
            if isPastDeadline {
                try submitLate()
                return .timeUp
            }
            session.say()
            session.say(QuestionView.render(sheet.entries[current], number: current + 1, of: sheet.entries.count,
                                            style: session.style, width: TextWrap.terminalWidth()))
            if let deadline = attempt.deadline {
                session.say(session.style.dim(QuestionView.timeLeft(until: deadline, now: session.clock.now())))
            }
            switch try ask(at: current) {
            case .pause: return .paused
            case .timeUp: return .timeUp
            case .submit: return .submitted
            case .goto(let target): index = target
            case .next: index = sheet.nextUnanswered(after: current)
            case .skip: index = sheet.nextUnanswered(after: current) ?? (current + 1 < sheet.entries.count ? current + 1 : nil)
            case .back: index = max(0, current - 1)
            case .summary: index = nil
            }
        }
    }

    private enum Step { case next, skip, back, goto(Int), summary, submit, pause, timeUp }
    private enum SummaryChoice { case submit, goto(Int), pause }

    /// Reads until the typed line is a valid answer or a navigation word.
    private mutating func ask(at index: Int) throws -> Step {
        while true {
            guard case .line(let raw) = session.input.readLine(prompt: "answer> ", remember: false) else { return .pause }
            let line = raw.trimmingCharacters(in: .whitespaces).lowercased()
            switch line {
            case "skip": return .skip
            case "back": return .back
            case "summary": return .summary
            case "help", "?":
                session.say(QuizHelp.atQuestion)
                continue
            case "quit", "exit", "pause": return .pause
            case "submit":
                guard sheet.entries.allSatisfy(\.isAnswered) || confirmSubmit() else { continue }
                try submit()
                return .submit
            case "" where sheet.entries[index].isAnswered: return .next
            default: break
            }
            if let target = gotoTarget(line) {
                guard let target else { continue }
                return .goto(target)
            }
            switch sheet.optionIDs(for: line, at: index) {
            case .failure(let problem):
                session.warn(problem.message + " (Or: skip, back, goto N, submit; `help` explains.)")
            case .success(let chosen):
                guard !isPastDeadline else {
                    try submitLate()
                    return .timeUp
                }
                do {
                    try session.store.recordAnswer(chosen, attempt: attempt.id, position: index, by: try session.currentUser(),
                                                   at: session.clock.now())
                } catch StoreError.timeUp {
                    try submitLate()
                    return .timeUp
                }
                sheet.entries[index].chosen = chosen
                return .next
            }
        }
    }

    /// `goto N`: nil when the line is not a goto; `.some(nil)` when N is out of range (explained).
    private func gotoTarget(_ line: String) -> Int?? {
        let words = line.split(separator: " ")
        guard words.first == "goto" else { return nil }
        guard words.count == 2, let number = Int(words[1]), (1...sheet.entries.count).contains(number) else {
            session.warn("`goto N` takes a question number from 1 to \(sheet.entries.count).")
            return .some(nil)
        }
        return number - 1
    }

    private mutating func summary() throws -> SummaryChoice {
        session.say()
        session.say(QuestionView.summary(sheet, style: session.style))
        while true {
            guard case .line(let raw) = session.input.readLine(prompt: "submit> ", remember: false) else { return .pause }
            let line = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if line == "submit" {
                guard sheet.entries.allSatisfy(\.isAnswered) || confirmSubmit() else { continue }
                try submit()
                return .submit
            }
            if line == "back" { return .goto(sheet.entries.count - 1) }
            if line == "help" || line == "?" {
                session.say(QuizHelp.atSummary)
                continue
            }
            if ["quit", "exit", "pause"].contains(line) { return .pause }
            if let target = gotoTarget(line) {
                if let target { return .goto(target) }
                continue
            }
            session.warn("Type `submit`, `goto N` (1–\(sheet.entries.count)) or `back`.")
        }
    }

    /// Skipped questions score 0; a person at a terminal confirms that first.
    private func confirmSubmit() -> Bool {
        let open = sheet.entries.count - sheet.answeredCount
        guard session.input.isInteractive else { return true }
        guard case .line(let answer) = session.input.readLine(
            prompt: "\(open) question\(open == 1 ? " is" : "s are") unanswered and will score 0. Submit anyway? [y/N] ", remember: false)
        else { return false }
        return answer.lowercased().hasPrefix("y")
    }

    private var isPastDeadline: Bool { attempt.deadline.map { session.clock.now() > $0 } ?? false }

    /// The deadline passed: whatever was typed now is not recorded, and the attempt is handed in.
    private func submitLate() throws {
        session.warn("Time is up (the deadline was \(Format.time(attempt.deadline ?? session.clock.now()))): that answer was not recorded, and the attempt is submitted as it stands.")
        try submit()
    }

    private func submit() throws {
        try QuizSession.submit(attempt, for: try session.currentUser(), in: session, at: session.clock.now())
    }
}
