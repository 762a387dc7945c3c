import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

/// One row of the mentor's desk.
struct TraineeSummary: Encodable {
    var name: String
    var mentor: String?
    var track: String?
    var dayToday: Int
    var days: Int
    var status: String
    var done: Double
    var lastActivity: String?
    var quizAverage: Double?
    var weakTopics: [String]
    var waiting: Int

    enum CodingKeys: String, CodingKey {
        case name, mentor, track, status, done, waiting
        case dayToday = "day_today", days, lastActivity = "last_activity", quizAverage = "quiz_average", weakTopics = "weak_topics"
    }

    /// From the trainee's activity as the store reads it for the whole desk at once.
    static func make(_ trainee: Account, activity: TraineeActivity, keys: [String: [[String]]], in session: Session) throws -> TraineeSummary {
        make(trainee, activity: activity,
             progress: try session.progress(of: trainee, changes: activity.changes, facts: activity.facts, keys: keys).progress)
    }

    /// From figures the caller already has (`show` prints them too).
    static func make(_ trainee: Account, activity: TraineeActivity, progress: PlanProgress) -> TraineeSummary {
        TraineeSummary(
            name: trainee.name, mentor: trainee.mentor, track: trainee.track, dayToday: min(progress.dayToday, progress.days.count),
            days: progress.days.count, status: progress.status.rawValue, done: progress.fractionDone,
            lastActivity: activity.lastActivity.map(Format.time), quizAverage: activity.quizAverage,
            weakTopics: Array(activity.mastery.filter(\.isWeak).map(\.topic).prefix(3)),
            waiting: MentorDesk.waiting(progress, selfReviewsAt: activity.selfReviewTimes, lastMeeting: activity.lastMeeting,
                                        rolePlaysToGrade: activity.rolePlaysToGrade, draftsToApprove: activity.draftsToApprove))
    }
}

struct TraineesCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees", _superCommandName: CommandTable.name, abstract: "Your trainees at a glance (a lead sees everyone's).",
        discussion: """
            One row per trainee. trainee: the name. mentor (leads only): who mentors them. day: the plan \
            day today of all plan days. status: ahead, on track, behind, paused, not started or finished. \
            done: the share of plan items done. last activity: the last lesson read, answer given or item \
            ticked. quiz avg: the mean score of finished quizzes (– for none). weakest: up to three topics \
            with mastery below 70% (see `help weak`). waiting: what waits for the mentor: overdue items only \
            a mentor ticks (exams, meetings, tasks marked for the mentor), self-reviews written since the last \
            meeting, role-plays to grade and sandbox drafts to approve.
            """)
    static let access = Access.atLeast(.mentor)

    @Flag(help: "Print JSON.") var json = false

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let trainees = try session.store.accounts(visibleTo: me).filter { $0.role == .trainee }
        let activity = try session.store.traineeActivity(visibleTo: me)
        let keys = session.planKeys(of: trainees)
        let rows = try trainees.map { try TraineeSummary.make($0, activity: activity[$0.name] ?? TraineeActivity(), keys: keys, in: session) }
        if json {
            session.say(try JSONOutput.render(rows))
            return
        }
        guard !rows.isEmpty else {
            session.say("No trainees yet. A lead adds them with `user add NAME --role trainee --mentor MENTOR`.")
            return
        }
        let style = session.style
        // A lead sees every mentor's trainees, so which mentor is part of the row.
        let showsMentor = try session.currentUser().role == .lead
        let headers = ["trainee"] + (showsMentor ? ["mentor"] : []) + ["day", "status", "done", "last activity", "quiz avg", "weakest", "waiting"]
        session.say(session.table(headers, rows.map { (r: TraineeSummary) -> [String] in
            return [r.name] + (showsMentor ? [r.mentor ?? "–"] : []) + ["\(r.dayToday)/\(r.days)", PlanView.status(PlanProgress.Status(rawValue: r.status) ?? .onTrack, style: style),
             ReviewView.percent(r.done), r.lastActivity ?? "never", r.quizAverage.map(ReviewView.percent) ?? "–",
             r.weakTopics.joined(separator: ", "), r.waiting > 0 ? style.yellow("\(r.waiting)") : "0"]
        }))
    }
}

struct ShowCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", _superCommandName: CommandTable.name, abstract: "One trainee's full picture: plan, attempts, weak areas, meetings, self-reviews.")
    static let access = Access.atLeast(.mentor)
    static let completion = CompletionKind.user

    @Argument(help: "The trainee.") var name: String

    func run(in session: Session) throws {
        let trainee = try session.trainee(named: name)
        let style = session.style
        let activity = try session.store.traineeActivity(of: trainee)
        let (plan, progress) = try session.progress(of: trainee, changes: activity.changes, facts: activity.facts)
        let mastery = activity.mastery
        let summary = TraineeSummary.make(trainee, activity: activity, progress: progress)
        session.say(style.bold("\(trainee.name)") + (trainee.isRemoved ? style.red(" (removed)") : "") + " · \(plan.title) · mentor \(trainee.mentor ?? "none") · started \(trainee.start?.description ?? "?")")
        session.say("Day \(summary.dayToday) of \(summary.days) · \(PlanView.status(progress.status, style: style)) · \(PlanView.bar(progress.fractionDone, style: style)) · last activity \(summary.lastActivity ?? "never")")
        if !progress.overdue.isEmpty {
            session.say(style.bold("Open from earlier days:"))
            for item in progress.overdue { session.say(PlanView.item(item, curriculum: session.curriculum, track: plan.track, style: style)) }
        }
        session.say(style.bold("Attempts:"))
        // The newest ten, read one by one: a long history is never loaded whole.
        var attempts: [AttemptSummary] = []
        try session.store.forEachAttemptSummary(visibleTo: try session.currentUser(), of: trainee.name) { attempt in
            attempts.append(attempt)
            return attempts.count < 10
        }
        session.say(attempts.isEmpty ? "  none yet" : attempts.map { attempt in
            let result = attempt.state != .submitted || attempt.isSealed ? "\(attempt.state.rawValue), \(attempt.answeredCount) of \(attempt.questionCount) answered"
                : (attempt.score.map(ReviewView.percent) ?? "") + (attempt.kind == .review ? "" : (attempt.passed == true ? " passed" : " not passed"))
            return "  #\(attempt.id) \(attempt.topic) \(result) \(Format.time(attempt.startedAt))"
        }.joined(separator: "\n"))
        session.say(style.bold("Role-plays:"))
        let rolePlays = try session.store.rolePlays(visibleTo: try session.currentUser(), of: trainee.name, latest: 10)
        session.say(rolePlays.isEmpty ? "  none yet" : rolePlays.map { r in
            let grade = r.mentor.map { " · graded \($0.score) by \($0.by)" } ?? (r.isFinished ? " · " + style.yellow("waiting for a grade") : "")
            return "  #\(r.id) \(r.scenario) \(r.score.map { "\($0)\(r.passed == true ? " passed" : " not passed")" } ?? RolePlayView.stateWord(r))\(grade) \(Format.time(r.startedAt))"
        }.joined(separator: "\n"))
        session.say(style.bold("Weak areas:"))
        session.say(mastery.isEmpty ? "  no answers yet" : mastery.map { "  \($0.topic) \(ReviewView.percent($0.mastery)) of \($0.answered)\($0.isWeak ? " · weak" : "")" }.joined(separator: "\n"))
        session.say(style.bold("Meetings:"))
        let meetings = try session.store.meetings(for: trainee)
        session.say(meetings.isEmpty ? "  none logged" : meetings.map { "  \($0.number). \(Format.time($0.at)) with \($0.mentor) · \($0.outcome): \(InertText.visible($0.notes))" }.joined(separator: "\n"))
        session.say(style.bold("Weekly self-reviews:"))
        let reviews = try session.store.selfReviews(for: trainee)
        if reviews.isEmpty { session.say("  none yet") }
        for review in reviews {
            let weekDays = progress.days.filter { plan.week(ofDay: $0.day) == review.week }
            let done = weekDays.reduce(0) { $0 + $1.completed }, total = weekDays.reduce(0) { $0 + $1.items.count }
            session.say("  Week \(review.week) · \(done) of \(total) items done that week")
            session.say("    Most frequent problem: \(InertText.visible(review.frequentProblem))")
            session.say("    Busiest times: \(InertText.visible(review.busiestTimes))")
            session.say("    Other patterns: \(InertText.visible(review.otherPatterns))")
        }
    }
}

struct SelfReviewCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "self-review", _superCommandName: CommandTable.name, abstract: "Answer this week's three self-review questions for your mentor.")
    static let access = Access.signedIn

    @Option(help: "The most frequent problem this week.") var problem: String?
    @Option(help: "When the queue was busiest.") var busiest: String?
    @Option(help: "Other patterns you noticed.") var patterns: String?
    @Flag(help: "Replace this week's self-review if you already wrote one.") var replace = false

    func run(in session: Session) throws {
        let me = try session.currentUser()
        guard me.role == .trainee else { throw CommandFailure("the weekly self-review is for trainees") }
        let (plan, progress) = try session.progress(of: me)
        let week = plan.week(ofDay: min(progress.dayToday, progress.days.count))
        if let earlier = try session.store.selfReviews(for: me).first(where: { $0.week == week }), !replace {
            try confirmReplacing(earlier, in: session)
        }
        // An empty answer is asked again; only the end of input (or Ctrl-C) gives up.
        func answer(_ given: String?, _ question: String) throws -> String {
            if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return given }
            session.say(question)
            while true {
                guard case .line(let text) = session.input.readLine(prompt: "> ", remember: false) else {
                    throw CommandFailure("the self-review needs all three answers; nothing was saved")
                }
                if !text.trimmingCharacters(in: .whitespaces).isEmpty { return text }
                session.warn("An answer is needed here (a few words are enough).")
            }
        }
        let review = SelfReview(
            week: week,
            frequentProblem: try answer(problem, "1. What problem did customers bring most often this week?"),
            busiestTimes: try answer(busiest, "2. When was it busiest (days, hours)?"),
            otherPatterns: try answer(patterns, "3. What other patterns did you notice?"),
            at: session.clock.now())
        try session.store.saveSelfReview(review, for: me)
        session.say("Saved your self-review for week \(week); your mentor sees it with the week's figures.")
    }

    /// A second self-review in one week replaces the first: asked on a terminal, `--replace` in scripts.
    private func confirmReplacing(_ earlier: SelfReview, in session: Session) throws {
        let written = "You wrote week \(earlier.week)'s self-review on \(Format.time(earlier.at))"
        guard session.input.isInteractive else {
            throw CommandFailure("\(written): add --replace to replace it")
        }
        guard case .line(let reply) = session.input.readLine(prompt: "\(written). Replace it? [y/N] ", remember: false),
              reply.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("y") else {
            throw CommandFailure("kept the self-review you wrote on \(Format.time(earlier.at))")
        }
    }
}
