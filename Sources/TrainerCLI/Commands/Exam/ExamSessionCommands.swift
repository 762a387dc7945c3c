import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct ExamOpenCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", _superCommandName: CommandTable.name, abstract: "Open a certification session: one form per candidate (leads).",
        discussion: """
            Each candidate gets a form assembled by the exam's blueprint from the topics' exam pools: no item \
            they were given in an earlier exam, no item used by any session in the last `rest_days`, no \
            retired item, least exposed first, the same difficulty mix per section on every form when the \
            pool allows. If a section cannot be filled, nothing is created and the section is named.
            """)
    static let access = Access.atLeast(.lead)

    @Argument(help: "The exam (a blueprint in QuestionBanks/exams/).") var exam: String
    @Option(help: "Candidates, comma-separated: ana,ben,cy") var candidates: String
    @Option(help: "When the session opens (default now): 2026-11-24 09:00, or ISO 8601.") var at: String?
    @Flag(help: "Print JSON.") var json = false

    struct Output: Encodable {
        struct Form: Encodable {
            var user: String
            var questions: [String]
        }
        struct Gap: Encodable {
            var topic: String
            var mixes: [String: [Int]]
        }
        var session: Int64
        var exam: String
        var opensAt: String
        var minutes: Int
        var forms: [Form]
        var mixGaps: [Gap]

        enum CodingKeys: String, CodingKey {
            case session, exam, minutes, forms, opensAt = "opens_at", mixGaps = "mix_gaps"
        }
    }

    func run(in session: Session) throws {
        let lead = try session.currentUser()
        let blueprint = try session.blueprint(named: exam)
        var accounts: [Account] = []
        for name in candidates.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let account = try session.store.account(named: name) else { throw StoreError.unknownUser(name) }
            if !accounts.contains(where: { $0.id == account.id }) { accounts.append(account) }
        }
        guard !accounts.isEmpty else { throw CommandFailure("--candidates names nobody: give names like ana,ben,cy") }
        let opensAt = try at.map { text in
            guard let date = TimeArgument.parse(text) else { throw CommandFailure("--at `\(text)` is not a time like 2026-11-24 09:00") }
            return date
        } ?? session.clock.now()
        let banks = session.curriculum.banks, seed = session.examSeed(blueprint.id)
        let opened = try session.store.openExamSession(blueprint, candidates: accounts, opensAt: opensAt, by: lead, at: session.clock.now()) {
            FormAssembly.assemble(blueprint, candidates: accounts.map(\.name), banks: banks, history: $0, at: opensAt, seed: seed)
        }
        let id: Int64, assembled: AssembledSession
        switch opened {
        case .failure(let failure): throw CommandFailure("cannot open `\(blueprint.id)`: \(failure); nothing was created")
        case .success(let value): (id, assembled) = value
        }
        if json {
            session.say(try JSONOutput.render(Output(
                session: id, exam: blueprint.id, opensAt: Format.iso(opensAt), minutes: blueprint.minutes,
                forms: assembled.forms.map { .init(user: $0.candidate, questions: $0.questions.map(\.questionID)) },
                mixGaps: assembled.mixGaps.map { .init(topic: $0.topic, mixes: $0.mixes.mapValues(\.counts)) })))
            return
        }
        session.say("Opened session \(id): \(blueprint.title) for \(accounts.map(\.name).joined(separator: ", ")).")
        session.say("Opens \(Format.time(opensAt)); \(blueprint.questionCount) questions, \(blueprint.minutes) minutes from each candidate's start, pass mark \(ReviewView.percent(blueprint.pass)).")
        for gap in assembled.mixGaps {
            let mixes = gap.mixes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
            session.say(session.style.yellow("Note") + ": section `\(gap.topic)` has no difficulty mix the pool can give every candidate; closest mixes: \(mixes).")
        }
        session.say("Candidates start with `exam take \(id)`; `exam close \(id)` ends it and opens the results.")
    }
}

struct ExamSessionsCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", _superCommandName: CommandTable.name, abstract: "List certification sessions (yours; a mentor's trainees'; all for a lead).")
    static let access = Access.signedIn

    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        struct Candidate: Encodable {
            var user: String
            var state: String
            var answered: Int
            var questions: Int
            @NullWhenAbsent var deadline: String?
        }
        var session: Int64
        var exam: String
        var title: String
        var state: String
        var opensAt: String
        var minutes: Int
        @NullWhenAbsent var closedAt: String?
        var candidates: [Candidate]

        enum CodingKeys: String, CodingKey {
            case session, exam, title, state, minutes, candidates, opensAt = "opens_at", closedAt = "closed_at"
        }
    }

    func run(in session: Session) throws {
        let sessions = try session.store.examSessions(visibleTo: try session.currentUser())
        let now = session.clock.now()
        if json {
            session.say(try JSONOutput.render(sessions.map { s in
                Row(session: s.id, exam: s.exam, title: s.title, state: ExamView.state(of: s, now: now), opensAt: Format.iso(s.opensAt),
                    minutes: s.minutes, closedAt: s.closedAt.map(Format.iso), candidates: s.candidates.map {
                        .init(user: $0.user, state: $0.state.rawValue, answered: $0.answered, questions: $0.questions,
                              deadline: $0.deadline.map(Format.iso))
                    })
            }))
            return
        }
        guard !sessions.isEmpty else {
            session.say("No certification sessions yet.")
            return
        }
        session.say(session.table(["session", "exam", "opens", "state", "candidates"], sessions.map { s in
            ["\(s.id)", s.exam, Format.time(s.opensAt), ExamView.state(of: s, now: now),
             s.candidates.map { "\($0.user) (\($0.state.rawValue))" }.joined(separator: ", ")]
        }))
    }
}

struct ExamTakeCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "take", _superCommandName: CommandTable.name, abstract: "Take your exam in a session (resumes it, with the same deadline).",
        discussion: """
            Answer as in a quiz: letters or numbers, `skip`, `back`, `goto N`, `submit`. The time left shows at \
            each question; the clock runs from your start, also while you are away. Ctrl-C pauses: `exam take \
            SESSION` resumes the same form. After the deadline no answer is taken and the attempt is handed in \
            as it stands. Results are sealed until the lead closes the session.
            """)
    static let access = Access.signedIn

    @Argument(help: "The session number (see `exam sessions`).") var id: Int64

    func run(in session: Session) throws {
        let user = try session.currentUser()
        switch try session.store.beginExam(session: id, for: user, at: session.clock.now()) {
        case .started(let attempt):
            let record = try session.examSession(id)
            session.say(session.style.bold(record.title) + ": \(attempt.answers.count) questions, \(record.minutes) minutes; the deadline is \(Format.time(attempt.deadline ?? session.clock.now())).")
            session.say(session.style.dim("Every answer is saved as you give it. Results are shown once the lead closes the session."))
            try QuizSession.run(attempt, resumeWith: "exam take \(id)", in: session)
        case .resumed(let attempt):
            session.say("Resuming session \(id): \(attempt.answeredCount) of \(attempt.answers.count) answered; the deadline is still \(Format.time(attempt.deadline ?? session.clock.now())).")
            try QuizSession.run(attempt, resumeWith: "exam take \(id)", in: session)
        case .timeUp(let attempt):
            session.warn("Time ran out at \(Format.time(attempt.deadline ?? session.clock.now())) while you were away: the attempt was submitted as it stood. Nothing typed now is recorded.")
            session.say(ExamView.handedIn(attempt))
        }
    }
}

struct ExamCloseCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", _superCommandName: CommandTable.name, abstract: "Close a session: hand in what is open, open the results, issue certificates (leads).")
    static let access = Access.atLeast(.lead)

    @Argument(help: "The session number.") var id: Int64

    func run(in session: Session) throws {
        let lead = try session.currentUser()
        let record = try session.examSession(id)
        guard !record.isClosed else { throw CommandFailure("session \(id) is already closed") }
        var milestones: [String: String] = [:]
        for candidate in record.candidates {
            guard let account = try session.store.account(named: candidate.user), account.role == .trainee,
                  let progress = try? session.progress(of: account).progress,
                  let item = progress.milestone(.exam, record.exam) else { continue }
            milestones[candidate.user] = item.key
        }
        let closings = try session.store.closeExamSession(id, milestones: milestones, by: lead, at: session.clock.now())
        let attempts = try session.store.examAttempts(inSession: id, visibleTo: lead)
        session.say("Closed session \(id) (\(record.title)); results are open to the candidates.")
        session.say(session.table(["candidate", "score", "result", "certificate", ""], closings.map { closing in
            let attempt = attempts.first { $0.user == closing.user }
            let result = closing.state == .notStarted ? "did not take it" : (closing.passed == true ? "passed" : "not passed")
            var notes: [String] = []
            if closing.submittedByClose { notes.append("handed in by the close") }
            if closing.milestone != nil { notes.append("plan item ticked") }
            return [closing.user, attempt?.score.map(ReviewView.percent) ?? "–", result, closing.certificate ?? "",
                    notes.joined(separator: ", ")]
        }))
        session.say("`exam report \(id)` shows scores per topic; `exam feedback \(id) NAME --text ...` adds your feedback.")
    }
}

struct ExamPreviewCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview", _superCommandName: CommandTable.name, abstract: "Show a form that would be assembled now, recording nothing (leads).")
    static let access = Access.atLeast(.lead)

    @Argument(help: "The exam.") var exam: String
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var question: String
        var topic: String
        var kind: String
        var difficulty: Int
        var exposures: Int
        var correct: [String]
    }

    func run(in session: Session) throws {
        let blueprint = try session.blueprint(named: exam)
        let history = try session.store.examHistory(for: [])
        let form: ExamForm
        switch FormAssembly.preview(blueprint, banks: session.curriculum.banks, history: history, at: session.clock.now(),
                                    seed: session.examSeed("preview-" + blueprint.id)) {
        case .failure(let failure): throw CommandFailure("`\(blueprint.id)` cannot be assembled now: \(failure)")
        case .success(let value): form = value
        }
        let rows = form.questions.map { drawn in
            Row(question: drawn.questionID, topic: drawn.question.topic, kind: drawn.question.kind.rawValue,
                difficulty: drawn.question.difficulty, exposures: history.exposures(of: drawn.questionID),
                correct: drawn.optionOrder.enumerated().filter { index, id in
                    drawn.question.options.first { $0.id == id }?.isCorrect == true
                }.map { AnswerParser.letter($0.offset) })
        }
        if json {
            session.say(try JSONOutput.render(rows))
            return
        }
        session.say(session.style.bold("Preview of \(blueprint.title)") + ": \(rows.count) questions. Nothing was recorded: no exposure counted.")
        session.say(session.table(["#", "item", "topic", "kind", "level", "exposed", "key"], rows.enumerated().map { index, row in
            ["\(index + 1)", row.question, row.topic, row.kind, "\(row.difficulty)", "\(row.exposures)", row.correct.joined(separator: " ")]
        }))
    }
}
