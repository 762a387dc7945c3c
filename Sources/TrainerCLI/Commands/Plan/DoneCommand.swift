import ArgumentParser
import TrainerCore
import TrainerStore

struct DoneCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", _superCommandName: CommandTable.name, abstract: "Tick a plan item by its key (`done 3.2`); mentors: `done 3.2 --for NAME`.",
        discussion: """
            Trainees tick their own task items of days up to today; lessons, quizzes and meetings tick \
            themselves. A mentor or lead may tick any item of their trainee's plan, including items marked \
            `tick: mentor` (observed role-plays, certification tasks). `--undo` takes a tick back; the \
            change log keeps why.
            """)
    static let access = Access.signedIn

    @Argument(help: "The item: its shortcut as `today` and `plan` show it (day.item, or +N for an added item), or its key.") var key: String
    @Option(name: .customLong("for"), help: "The trainee (mentors and leads).") var trainee: String?
    @Flag(help: "Take the tick back.") var undo = false
    @Option(help: "Why (kept in the change log; with --undo).") var why = "ticked by mistake"

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let account = try session.trainee(named: trainee)
        let (plan, progress) = try session.progress(of: account)
        guard let item = progress.item(named: key) else {
            let hint = Suggestion.closest(to: key, among: progress.items.flatMap { [$0.shortcut, $0.key] }).map { " Did you mean `\($0)`?" } ?? ""
            throw CommandFailure("no item `\(key)` in \(account.name)'s plan.\(hint) Items look like 3.2 (see `plan --day 3` or `today`)")
        }
        if account.id != me.id {
            _ = try session.requireMentorOrLead(of: account)
        } else if let refusal = PlanTicking.refusalForTrainee(item, in: progress) {
            throw CommandFailure(refusal)
        }
        let what = PlanView.describe(item.item, curriculum: session.curriculum, track: plan.track)
        if undo {
            guard try session.store.untick(item.key, for: account, by: me, why: why, on: session.clock.today, at: session.clock.now()) else {
                throw CommandFailure("\(item.shortcut) is not ticked: nothing to take back")
            }
            session.say("Took back the tick of \(item.shortcut): \(what).")
            return
        }
        if item.isComplete {
            session.say("\(item.shortcut) is already done.")
            return
        }
        try session.store.tick(item.key, for: account, by: me, at: session.clock.now())
        session.say("Ticked \(item.shortcut): \(what).")
    }
}
