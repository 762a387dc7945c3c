import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct AttemptCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "attempt", _superCommandName: CommandTable.name, abstract: "Show the full review of an attempt again.")
    static let access = Access.signedIn

    @Argument(help: "The attempt number (see `results`).") var id: Int64

    func run(in session: Session) throws {
        guard let attempt = try session.store.attempt(id, visibleTo: try session.currentUser()) else {
            throw CommandFailure("no attempt \(id) that you may see (`results` lists yours)")
        }
        guard !attempt.isSealed else {
            // The visibility policy keeps the key sealed: say why, and nothing derived from it.
            if attempt.kind == .exam, let session = attempt.examSession {
                throw CommandFailure("attempt \(id) is an exam of session \(session) (\(attempt.answeredCount) of \(attempt.answers.count) answered): its result is sealed until the lead closes the session")
            }
            let state = attempt.isOpen ? "still open" : "abandoned"
            throw CommandFailure("attempt \(id) is \(state) (\(attempt.answeredCount) of \(attempt.answers.count) answered): its review is shown once it is submitted")
        }
        session.say(ReviewView.render(attempt, style: session.style))
    }
}

struct ResultsCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "results", _superCommandName: CommandTable.name, abstract: "List quiz and exam attempts (yours; a mentor's trainees'; everyone's for a lead).")
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "Whose attempts (default: all you may see).") var name: String?
    @Flag(help: "Print JSON.") var json = false

    /// The shape of `--json`: `AttemptListingJSON` writes exactly what `JSONOutput.render` makes of
    /// these rows (a test holds it to that), without building them.
    struct Row: Encodable {
        struct Answer: Encodable {
            var question: String
            var chosen: [String]
            var correct: [String]?
            var credit: Double?
        }
        var id: Int64
        var user: String
        var topic: String
        var kind: String
        @NullWhenAbsent var score: Double?
        @NullWhenAbsent var passed: Bool?
        var state: String
        var sealed: Bool
        var reconstructed: Bool
        var startedAt: String
        @NullWhenAbsent var finishedAt: String?
        var answers: [Answer]

        enum CodingKeys: String, CodingKey {
            case id, user, topic, kind, score, passed, state, sealed, reconstructed, answers
            case startedAt = "started_at", finishedAt = "finished_at"
        }
    }

    @Flag(help: "List every attempt (the table shows the newest \(Self.tableLimit) by default; --json always lists all).") var all = false

    /// Rows the table shows without --all: a lead's history runs to tens of thousands.
    static let tableLimit = 50

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let target = try name.map { try session.visibleAccount(named: $0).name }
        if json {
            try streamJSON(visibleTo: me, of: target, in: session)
            return
        }
        var attempts: [AttemptSummary] = []
        try session.store.forEachAttemptSummary(visibleTo: me, of: target) { attempt in
            attempts.append(attempt)
            return all || attempts.count <= Self.tableLimit
        }
        guard !attempts.isEmpty else {
            session.say("No attempts yet.")
            return
        }
        let more = attempts.count > Self.tableLimit && !all
        if more { attempts.removeLast() }
        let removed = me.role == .lead ? Set(try session.store.removedAccounts().map(\.name)) : []
        session.say(session.table(["id", "user", "topic", "score", "result", "started", "finished"], attempts.map { a in
            let result = a.state == .submitted
                ? (a.isSealed ? "sealed until close" : a.kind == .review ? "review" : (a.passed == true ? "passed" : "not passed")) : a.state.rawValue
            return ["\(a.id)", removed.contains(a.user) ? "\(a.user) (removed)" : a.user, a.topic, a.score.map(ReviewView.percent) ?? "", result, Format.time(a.startedAt),
                    a.finishedAt.map(Format.time) ?? ""]
        }))
        if more { session.say(session.style.dim("The newest \(Self.tableLimit) attempts; `results --all` lists every one.")) }
    }

    /// The JSON array written as the attempts are read: the output starts at once and memory stays
    /// flat for a lead's whole history. Written on a second thread while SQLite reads on this one.
    private func streamJSON(visibleTo me: Account, of target: String?, in session: Session) throws {
        let output = StreamedOutput { try session.out.write(utf8: $0) }
        var listing = try ListingRelay.run(AttemptListingJSON(output)) { relay in
            try session.store.listAttempts(visibleTo: me, of: target, to: &relay)
        }
        try listing.end()
    }

    /// From the attempt as served; a sealed one carries no score, credit or key.
    static func row(for attempt: StoredAttempt) -> Row {
        Row(id: attempt.id, user: attempt.user, topic: attempt.topic, kind: attempt.kind.rawValue, score: attempt.score,
            passed: attempt.passed, state: attempt.state.rawValue, sealed: attempt.isSealed, reconstructed: attempt.reconstructed,
            startedAt: Format.iso(attempt.startedAt), finishedAt: attempt.finishedAt.map(Format.iso),
            answers: attempt.answers.map { answer in
                Row.Answer(question: answer.questionID, chosen: (answer.chosen ?? []).sorted(),
                           correct: attempt.isSealed ? nil : answer.question.correctOptionIDs, credit: answer.credit)
            })
    }
}

struct WeakCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "weak", _superCommandName: CommandTable.name, abstract: "Mastery per topic from recent answers; weak areas first.",
        discussion: """
            mastery is the mean credit of the last \(Mastery.window) answers per topic; a topic is weak below \
            \(ReviewView.percent(Mastery.weakBelow)) once it has \(Mastery.minimumAnswers) answers. A question skipped in a \
            submitted quiz or review counts as an answer with credit 0, as it does in the quiz score and \
            the review queue (it comes back for review).
            """)
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "Whose (default: yours).") var name: String?
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var topic: String
        var answered: Int
        var mastery: Double
        var weak: Bool
    }

    func run(in session: Session) throws {
        let account = try session.visibleAccount(named: name)
        let mastery = try session.store.mastery(of: account)
        if json {
            session.say(try JSONOutput.render(mastery.map { Row(topic: $0.topic, answered: $0.answered, mastery: $0.mastery, weak: $0.isWeak) }))
            return
        }
        guard !mastery.isEmpty else {
            session.say("No answers yet for \(account.name).")
            return
        }
        session.say(session.table(["topic", "answers", "mastery", "status"], mastery.map {
            [$0.topic, "\($0.answered)", ReviewView.percent($0.mastery), $0.isWeak ? session.style.red("weak") : "ok"]
        }))
        session.say(session.style.dim("Mastery: mean credit of the last \(Mastery.window) answers per topic, a skip counting 0; weak below \(ReviewView.percent(Mastery.weakBelow)) after \(Mastery.minimumAnswers) answers."))
    }
}
