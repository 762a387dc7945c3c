import TrainerCore
import TrainerStore

extension Session {
    /// A trainee's plan and where they stand in it today.
    func progress(of trainee: Account) throws -> (plan: Plan, progress: PlanProgress) {
        try progress(of: trainee, changes: try store.planChanges(for: trainee), facts: try store.planFacts(for: trainee))
    }

    /// The same from records the caller already read (the mentor's desk reads them for everyone at
    /// once, and works out each track's item keys once: `planKeys(of:)`).
    func progress(of trainee: Account, changes: [PlanChange], facts: PlanFacts,
                  keys: [String: [[String]]] = [:]) throws -> (plan: Plan, progress: PlanProgress) {
        guard let track = trainee.track else { throw CommandFailure("\(trainee.name) has no track, so no plan") }
        guard let plan = curriculum.plan(track) else { throw CommandFailure("\(trainee.name)'s track `\(track)` has no plan in Curriculum/") }
        let start = trainee.start ?? clock.today
        let progress = PlanProgress.compute(plan: plan, start: start, changes: changes, facts: facts, today: clock.today, keys: keys[track])
        return (plan, progress)
    }

    /// Each track's plan item keys, for the tracks of `trainees`.
    func planKeys(of trainees: [Account]) -> [String: [[String]]] {
        Set(trainees.compactMap(\.track)).reduce(into: [:]) { keys, track in
            if let plan = curriculum.plan(track) { keys[track] = PlanItemKey.keys(for: plan) }
        }
    }

    /// The trainee a plan command is about: themself, or for a mentor/lead the named trainee.
    func trainee(named name: String?) throws -> Account {
        let account = try visibleAccount(named: name)
        guard account.role == .trainee else {
            throw CommandFailure(name == nil ? "you have no plan: name a trainee (e.g. `plan tom`)" : "\(account.name) is a \(account.role.rawValue), not a trainee")
        }
        return account
    }

    /// For changes to a plan: the trainee's own mentor, or a lead.
    func requireMentorOrLead(of trainee: Account) throws -> Account {
        let me = try currentUser()
        guard me.role == .lead || (me.role == .mentor && trainee.mentor == me.name) else {
            throw CommandFailure("only \(trainee.name)'s mentor or a lead may change their plan")
        }
        return me
    }
}
