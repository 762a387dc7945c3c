import Foundation
import TrainerContent
import TrainerCore
import TrainerStore

/// `trainer --demo`: a throwaway database with a small cohort part-way through the plan, so
/// anyone can look around at once.
enum Demo {
    static let lead = "lena"
    static let passphrase = "demo-passphrase"

    static func makeStore() throws -> Store {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return try Store(path: folder.appendingPathComponent("demo.sqlite").path)
    }

    /// Removes the demo database when trainer exits.
    static func discard(_ store: Store) {
        guard let path = store.path else { return }
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    /// Accounts, and some history made with the same calls the commands use.
    static func seed(_ session: Session) throws {
        let store = session.store, now = session.clock.now(), today = session.clock.today
        let track = session.curriculum.plan("support") != nil ? "support" : session.curriculum.tracks.first
        let calendar = WorkingCalendar(workingDays: session.curriculum.plan(track ?? "")?.workingDays ?? [])
        try store.addAccount(NewAccount(name: lead, role: .lead, passphrase: passphrase), at: now)
        let mark = try store.addAccount(NewAccount(name: "mark", role: .mentor, passphrase: passphrase), at: now)
        let tom = try store.addAccount(NewAccount(name: "tom", role: .trainee, mentor: "mark", track: track,
                                                  start: calendar.workingDay(from: today, offset: -5), passphrase: passphrase), at: now)
        let tara = try store.addAccount(NewAccount(name: "tara", role: .trainee, mentor: "mark", track: track,
                                                   start: calendar.workingDay(from: today, offset: -2), passphrase: passphrase), at: now)
        guard let plan = session.curriculum.plan(track ?? "") else { return }

        // Tom: five days in, product passed, call tracking not yet, one meeting held.
        try history(for: tom, plan: plan, days: 1...4, session: session, accuracy: [0.9, 0.5, 0.8])
        try store.logMeeting(for: tom, mentor: mark, item: try session.progress(of: tom).progress.nextMeeting?.key,
                             notes: "Settled in well; unsure about pool sizing, practise it.",
                             outcome: "ok", at: now.addingTimeInterval(-3 * 86_400))
        try store.saveSelfReview(SelfReview(week: 1, frequentProblem: "Numbers not swapping after a site redesign",
                                            busiestTimes: "Monday mornings and right after lunch",
                                            otherPatterns: "Agencies ask about billing for several projects at once", at: now), for: tom)
        // Tara: two days in, a little behind on reading.
        try history(for: tara, plan: plan, days: 1...1, session: session, accuracy: [0.7])

        // Role-plays from the shipped regression transcripts: tom's graded, tara's waiting for mark.
        if let played = try rolePlay("vague-it-doesnt-work", transcript: "skilled", for: tom, at: now.addingTimeInterval(-86_400), session: session) {
            try store.gradeRolePlay(played, by: mark, score: 90, comment: "Good probing before the fix; say the time frame earlier.",
                                    at: now.addingTimeInterval(-80_000))
        }
        _ = try rolePlay("confused-beginner-first-call", transcript: "careless", for: tara, at: now.addingTimeInterval(-3_600), session: session)

        // The sandbox: tom's finished shift, tara's supervised one with a draft waiting for mark.
        try sandbox(finished: tom, supervised: tara, mentor: mark, session: session)
    }

    /// Plays a scenario's regression transcript through the engine and stores it like a person's session.
    private static func rolePlay(_ id: String, transcript kind: String, for trainee: Account, at when: Date, session: Session) throws -> Int64? {
        let file = session.content.root.appendingPathComponent("\(ContentLoader.curriculumFolder)/scenarios/\(id).\(kind).txt")
        guard let script = session.curriculum.script(id), let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        let played = TranscriptFile(text).play(script)
        let passMark = session.rolePlayPassMark(script.scenario, for: trainee)
        let rolePlay = try session.store.startRolePlay(for: trainee, script: script, mode: .solo, passMark: passMark, opening: [], at: when)
        for line in played.lines {
            switch line {
            case .customer(let text): try session.store.recordTurn(rolePlay, speaker: .customer, text: text, at: when)
            case .agent(let text, let intents): try session.store.recordTurn(rolePlay, speaker: .agent, text: text, intents: intents, at: when)
            case .hint(let text): try session.store.recordTurn(rolePlay, speaker: .hint, text: text, at: when)
            }
        }
        var score = played.score
        score.passMark = passMark
        let milestone = try? session.progress(of: trainee).progress.milestone(.roleplay, id)?.key
        try session.store.finishRolePlay(rolePlay, score: score, milestone: milestone ?? nil, at: when)
        return rolePlay
    }

    /// Reads the lessons and takes the quizzes of `days`, answering each quiz's questions right
    /// in turn with the given accuracy.
    private static func history(for trainee: Account, plan: Plan, days: ClosedRange<Int>, session: Session, accuracy: [Double]) throws {
        var quizzes = 0
        for day in plan.days where days.contains(day.day) {
            let when = session.clock.now().addingTimeInterval(Double(day.day - days.upperBound - 1) * 86_400)
            for (item, key) in zip(day.items, PlanItemKey.keys(for: day)) {
                switch item.kind {
                case .lesson:
                    let lesson = session.curriculum.lesson(item.ref, inTrack: plan.track)
                    try lesson.map { try session.store.markLessonRead($0.qualifiedID, by: trainee, at: when) }
                case .quiz:
                    guard let bank = session.curriculum.bank(item.ref), quizzes < accuracy.count else { continue }
                    try takeQuiz(bank, for: trainee, rightShare: accuracy[quizzes], passMark: item.passMark, at: when, session: session)
                    quizzes += 1
                case .task:
                    try session.store.tick(key, for: trainee, by: trainee, at: when)
                default:
                    continue
                }
            }
        }
    }

    /// Answers the first `rightShare` of a drawn quiz right and the rest wrong, through the same
    /// recording and finishing path as a person's quiz.
    private static func takeQuiz(_ bank: QuestionBank, for trainee: Account, rightShare: Double, passMark: Double, at when: Date, session: Session) throws {
        let drawn = QuizDraw.draw(from: bank.questions, count: 10, shuffle: true, seed: UInt64(bitPattern: trainee.id) &* 31 &+ UInt64(bank.topic.count))
        let id = try session.store.startAttempt(for: trainee, kind: .quiz, topic: bank.topic, passMark: passMark,
                                                questions: drawn, at: when)
        for (position, served) in drawn.enumerated() {
            let right = Double(position) < rightShare * Double(drawn.count)
            let question = served.question
            let chosen = right ? Set(question.correctOptionIDs) : Set([question.options.first { !$0.isCorrect }?.id ?? "1"])
            try session.store.recordAnswer(chosen, attempt: id, position: position, by: trainee, at: when)
        }
        guard let attempt = try session.store.attempt(id, visibleTo: trainee) else { return }
        try QuizSession.submit(attempt, for: trainee, in: session, at: when)
    }

    static func banner(style: Style) -> String {
        """
        \(style.bold("Demo mode")): a throwaway database; nothing here touches your real one.
        Accounts: lena (lead), mark (mentor), tom and tara (trainees of mark); passphrase `\(passphrase)`.
        You are logged in as lena. Try `trainees`, `show tom`, `sheet tom`, `roleplay history tara`, `queue report tom`, `drafts`, or `login tom` then `today`.
        """
    }
}
