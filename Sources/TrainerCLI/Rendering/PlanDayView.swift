import TrainerCore
import TrainerStore

/// `plan [NAME] --day N`: one day's items with their shortcuts, stable keys, times and state.
enum PlanDayView {
    struct Row: Encodable {
        var shortcut: String
        var key: String
        var kind: String
        var ref: String
        var at: String?
        var minutes: Int?
        var state: String
        var added: Bool
    }

    struct Day: Encodable {
        var user: String
        var day: Int
        var date: String
        var title: String
        var items: [Row]
    }

    static func show(_ day: PlanProgress.DayProgress, of progress: PlanProgress, plan: Plan, trainee: Account, json: Bool,
                     in session: Session) {
        if json {
            let rows = day.items.map {
                Row(shortcut: $0.shortcut, key: $0.key, kind: $0.item.kind.rawValue, ref: $0.item.ref, at: $0.item.at,
                    minutes: $0.item.minutes, state: $0.state.rawValue, added: $0.isAdded)
            }
            session.say((try? JSONOutput.render(Day(user: trainee.name, day: day.day, date: day.date.description, title: day.title, items: rows))) ?? "{}")
            return
        }
        let style = session.style
        let when = day.day == progress.dayToday ? " · today" : (day.day < progress.dayToday ? "" : " · upcoming")
        session.say(style.bold("\(trainee.name) · day \(day.day) of \(progress.days.count) · \(day.date)\(when)") + " · \(day.title)")
        session.say(session.table(["", "key", "time", "item", "state"], day.items.map { item in
            [item.shortcut, item.key, [item.item.at, item.item.minutes.map { "\($0) min" }].compactMap { $0 }.joined(separator: " · "),
             PlanView.describe(item.item, curriculum: session.curriculum, track: plan.track), PlanView.mark(item.state, style: style)]
        }))
        session.say(style.dim("Tick a task with `done \(day.items.first?.shortcut ?? "\(day.day).1")` (the key works too)."))
    }
}
