import TrainerCore
import TrainerStore

extension Session {
    /// The account a report is about: `name` if the logged-in person may see it, else themself.
    func visibleAccount(named name: String?) throws -> Account {
        let me = try currentUser()
        guard let name, name.lowercased() != me.name.lowercased() else { return me }
        guard let other = try store.account(named: name) else { throw StoreError.unknownUser(name) }
        guard me.maySee(other) else {
            throw CommandFailure(me.role == .mentor
                ? "\(other.name) is not your trainee"
                : "you may see only your own records")
        }
        return other
    }
}
