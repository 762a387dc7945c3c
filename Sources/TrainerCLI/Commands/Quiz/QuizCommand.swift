import ArgumentParser
import TrainerCore
import TrainerStore

struct QuizCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz", _superCommandName: CommandTable.name, abstract: "Take a practice quiz on a topic (resumes an unfinished one).",
        discussion: """
            Answer with letters or numbers: `b`, `a c`, `A,C`, `ac`, `1 3`. Any number of options may be \
            right. `skip`, `back` and `goto N` move between questions; `submit` hands in. Every answer is \
            saved as you give it: Ctrl-C pauses, and `quiz TOPIC` resumes.
            """)
    static let access = Access.signedIn
    static let completion = CompletionKind.topic

    @Argument(help: "The topic (a bank in QuestionBanks/); without one, the list of topics.") var topic: String?
    @Option(help: "How many questions (default 10, or all if fewer).") var count: Int?
    @Flag(help: "Abandon an unfinished quiz on this topic and start a fresh one.") var restart = false

    func run(in session: Session) throws {
        let user = try session.currentUser()
        guard let topic else { return try listTopics(for: user, in: session) }
        guard let bank = session.curriculum.bank(topic) else {
            let hint = Suggestion.hint(for: topic, among: session.curriculum.topics)
            throw CommandFailure("no topic `\(Suggestion.quoted(topic))`.\(hint) Topics: \(session.curriculum.topics.joined(separator: ", "))")
        }
        if let count, count < 1 { throw CommandFailure("--count must be at least 1") }
        if let open = try QuizSession.resumable(try session.store.openAttempt(for: user, kind: .quiz, topic: topic),
                                                 what: "quiz on \(topic)", restart: restart, in: session) {
            return try QuizSession.run(open, resumeWith: "quiz \(topic)", in: session)
        }
        let drawn = QuizDraw.draw(from: bank.questions, count: count, shuffle: bank.shuffle,
                                  seed: QuizSession.seed(for: user, in: session))
        guard !drawn.isEmpty else { throw CommandFailure("topic `\(topic)` has no practice questions") }
        let passMark = QuizSession.passMark(forQuiz: topic, of: user, in: session)
        let id = try session.store.startAttempt(for: user, kind: .quiz, topic: topic, passMark: passMark,
                                                questions: drawn, at: session.clock.now())
        guard let attempt = try session.store.attempt(id, visibleTo: user) else { return }
        session.say(session.style.bold("\(bank.title)") + ": \(drawn.count) question\(drawn.count == 1 ? "" : "s"), pass mark \(ReviewView.percent(passMark)).")
        try QuizSession.run(attempt, resumeWith: "quiz \(topic)", in: session)
    }

    private func listTopics(for user: Account, in session: Session) throws {
        let best = try session.store.planFacts(for: user).bestQuizScores
        session.say(session.table(["topic", "title", "questions", "your best"], session.curriculum.banks.map { bank in
            [bank.topic, bank.title, "\(bank.practiceQuestions.count)", best[bank.topic].map(ReviewView.percent) ?? "–"]
        }))
        session.say(session.style.dim("Start one with `quiz TOPIC` (Tab completes the topic)."))
    }
}

struct ReviewCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", _superCommandName: CommandTable.name, abstract: "Answer the questions you missed that are due again today.",
        discussion: "Missed questions come back after 1, 3, 7, 14 and 30 days; a miss starts the ladder again.")
    static let access = Access.signedIn

    @Flag(help: "Abandon an unfinished review and start a fresh one.") var restart = false

    func run(in session: Session) throws {
        let user = try session.currentUser()
        if let open = try QuizSession.resumable(try session.store.openAttempt(for: user, kind: .review, topic: "review"),
                                                 what: "review", restart: restart, in: session) {
            return try QuizSession.run(open, resumeWith: "review", in: session)
        }
        // The queue serves the current version of each question; one removed from the banks is
        // dropped, and said so once.
        let dueItems = try session.store.dueReviewItems(for: user, on: session.clock.today)
        let removed = dueItems.map(\.questionID).filter { session.curriculum.question($0) == nil }
        if !removed.isEmpty {
            try session.store.dropFromReviewQueue(removed, for: user)
            session.say("Dropped \(removed.count) question\(removed.count == 1 ? "" : "s") from your review queue: removed from the banks since (\(removed.joined(separator: ", "))).")
        }
        let due = dueItems.compactMap { item in session.curriculum.question(item.questionID) }
        guard !due.isEmpty else {
            let queue = try session.store.reviewQueue(for: user)
            if let next = queue.map(\.state.due).min() {
                session.say("Nothing is due for review today. Next: \(queue.filter { $0.state.due == next }.count) on \(next).")
            } else {
                session.say("Nothing to review: no missed questions waiting.")
            }
            return
        }
        var generator = SeededGenerator(seed: QuizSession.seed(for: user, in: session))
        let drawn = due.map { question in
            QuizDraw.serve(question, shuffle: session.curriculum.bank(question.topic)?.shuffle ?? true, using: &generator)
        }
        let id = try session.store.startAttempt(for: user, kind: .review, topic: "review", passMark: 0,
                                                questions: drawn, at: session.clock.now())
        guard let attempt = try session.store.attempt(id, visibleTo: user) else { return }
        session.say(session.style.bold("Review") + ": \(drawn.count) question\(drawn.count == 1 ? "" : "s") you missed before.")
        try QuizSession.run(attempt, resumeWith: "review", in: session)
    }
}
