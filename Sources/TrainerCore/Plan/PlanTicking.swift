/// Which plan items a trainee may tick (or untick) by hand in their own plan: task items of days
/// up to today that are not reserved for the mentor (`tick: mentor`). Everything else ticks
/// itself (lessons, quizzes, meetings) or is ticked by their mentor or a lead, who may tick any item.
public enum PlanTicking {
    /// Why the trainee may not tick `item` themself, or nil when they may.
    public static func refusalForTrainee(_ item: PlanProgress.Item, in progress: PlanProgress) -> String? {
        guard item.item.kind == .task else {
            return "a \(item.item.kind.rawValue) item is ticked by doing it (or by your mentor): `done` is for tasks"
        }
        if item.item.tickedBy == .mentor {
            return "\(item.shortcut) is ticked by your mentor or a lead (they observe it)"
        }
        if item.day > progress.dayToday {
            return "\(item.shortcut) belongs to day \(item.day), which you have not reached yet (today is day \(progress.dayToday))"
        }
        return nil
    }
}
