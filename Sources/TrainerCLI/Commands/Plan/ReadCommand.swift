import Foundation
import TrainerContent
import ArgumentParser
import TrainerCore
import TrainerStore

struct ReadCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Read a lesson (and mark it read in your plan).")
    static let access = Access.signedIn
    static let completion = CompletionKind.lesson

    @Argument(help: "The lesson id (e.g. `triage`, or `support/triage` from another track).") var lesson: String

    func run(in session: Session) throws {
        let user = try session.currentUser()
        let track = user.track ?? session.curriculum.tracks.first ?? ""
        guard let found = session.curriculum.lesson(lesson, inTrack: track)
            ?? session.curriculum.lessons.first(where: { $0.id == lesson }) else {
            // Bare ids too: `read welcome` finds another track's lesson when the id is unique.
            let ids = session.curriculum.lessons.map { $0.track == track ? $0.id : $0.qualifiedID } + session.curriculum.lessons.map(\.id)
            throw CommandFailure("no lesson `\(Suggestion.quoted(lesson))`.\(Suggestion.hint(for: lesson, among: ids))")
        }
        let text: String
        do {
            text = try session.content.lessonText(found)
        } catch {
            throw CommandFailure("cannot read \(found.qualifiedID): \(error.localizedDescription)")
        }
        Pager.show(MarkdownTerminal(style: session.style, width: TextWrap.terminalWidth()).render(text), in: session)
        if user.role == .trainee {
            try session.store.markLessonRead(found.qualifiedID, by: user, at: session.clock.now())
            session.say(session.style.dim("Marked “\(found.title)” as read."))
        }
    }
}

struct DoneCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Tick a plan item by its key (`done 3.2`); mentors: `done 3.2 --for NAME`.",
        discussion: "Trainees tick their own tasks; lessons, quizzes and meetings tick themselves. A mentor may tick any item of their trainee's plan.")
    static let access = Access.signedIn

    @Argument(help: "The item's key, as `today` and `plan` show it (day.item, or +N for an added item).") var key: String
    @Option(name: .customLong("for"), help: "The trainee (mentors and leads).") var trainee: String?

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let account = try session.trainee(named: trainee)
        let (plan, progress) = try session.progress(of: account)
        guard let item = progress.days.flatMap(\.items).first(where: { $0.key == key }) else {
            throw CommandFailure("no item `\(key)` in \(account.name)'s plan: keys look like 3.2 (see `plan` or `today`)")
        }
        if account.id != me.id {
            _ = try session.requireMentorOrLead(of: account)
        } else if item.item.kind != .task {
            throw CommandFailure("a \(item.item.kind.rawValue) item is ticked by doing it (or by your mentor): `done` is for tasks")
        }
        if item.isComplete {
            session.say("\(key) is already done.")
            return
        }
        try session.store.tick(key, for: account, by: me, at: session.clock.now())
        session.say("Ticked \(key): \(PlanView.describe(item.item, curriculum: session.curriculum, track: plan.track)).")
    }
}
