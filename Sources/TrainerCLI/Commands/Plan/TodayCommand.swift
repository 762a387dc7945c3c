import ArgumentParser
import TrainerCore
import TrainerStore

struct TodayCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "today", _superCommandName: CommandTable.name, abstract: "Today's plan: items and their state, reviews due, what is overdue.")
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "A trainee (mentors and leads).") var name: String?

    func run(in session: Session) throws {
        let trainee = try session.trainee(named: name)
        let (plan, progress) = try session.progress(of: trainee)
        let style = session.style
        let due = try session.store.dueReviewCount(for: trainee, on: session.clock.today)
        let header = "\(trainee.name) · \(plan.title)"
        if progress.dayToday == 0 {
            session.say("\(style.bold(header)): the plan starts on \(progress.days.first?.date.description ?? "?").")
            return
        }
        if progress.dayToday > progress.days.count {
            session.say("\(style.bold(header)): every plan day is behind you (\(progress.completed) of \(progress.total) items done).")
        } else if let day = progress.days.first(where: { $0.day == progress.dayToday }) {
            let note = day.date == session.clock.today ? "" : " (next working day, \(day.date))"
            session.say("\(style.bold(header)) · day \(day.day) of \(progress.days.count)\(note) · \(PlanView.status(progress.status, style: style))")
            session.say(style.bold(day.title))
            for item in day.items { session.say(PlanView.item(item, curriculum: session.curriculum, track: plan.track, style: style)) }
        }
        let week = plan.week(ofDay: progress.dayToday)
        let lastOfWeek = plan.isLastDayOfWeek(progress.dayToday)
        if lastOfWeek, progress.dayToday <= progress.days.count,
           try !session.store.selfReviews(for: trainee).contains(where: { $0.week == week }) {
            session.say(style.yellow("End of week \(week): answer the three self-review questions with `self-review`."))
        }
        session.say(due > 0 ? "Review: \(due) missed question\(due == 1 ? "" : "s") due (`review`)." : "Review: nothing due.")
        let overdue = progress.overdue
        if !overdue.isEmpty {
            session.say(style.bold("Still open from earlier days (\(overdue.count)):"))
            for item in overdue.prefix(8) { session.say(PlanView.item(item, curriculum: session.curriculum, track: plan.track, style: style)) }
            if overdue.count > 8 {
                let days = Set(overdue.dropFirst(8).map(\.day)).sorted().map { "`plan --day \($0)`" }
                session.say(style.dim("  … and \(overdue.count - 8) more: \(days.prefix(3).joined(separator: ", ")) lists them."))
            }
        }
        let openTask = progress.days.first { $0.day == progress.dayToday }?.items.first { $0.item.kind == .task && !$0.isComplete }
        if let openTask { session.say(style.dim("Tick a task when it is done: `done \(openTask.shortcut)`.")) }
    }
}
