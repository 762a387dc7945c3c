import GRDB
import TrainerCore

extension Store {
    /// Whom `viewer` may see, as a condition over `user u`: the rule of `Account.maySee`, written
    /// once for every query that lists other people's records.
    static func visibleUsers(to viewer: Account) -> (sql: String, arguments: StatementArguments) {
        switch viewer.role {
        case .lead: ("1 = 1", [])
        case .mentor: ("(u.id = ? OR u.mentorId = ?)", [viewer.id, viewer.id])
        case .trainee: ("u.id = ?", [viewer.id])
        }
    }

    /// The same, narrowed to one person when `name` is given (reports that take a NAME).
    static func visibleUsers(to viewer: Account, named name: String?) -> (sql: String, arguments: StatementArguments) {
        let visible = visibleUsers(to: viewer)
        guard let name else { return visible }
        return (visible.sql + " AND u.name = ?", visible.arguments + [name])
    }
}
