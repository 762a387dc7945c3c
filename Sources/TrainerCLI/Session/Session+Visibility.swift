import TrainerCore
import TrainerStore

extension Session {
    /// The account a report is about: `name` if the logged-in person may see it, else themself.
    func visibleAccount(named name: String?) throws -> Account {
        let me = try currentUser()
        guard let name, name.lowercased() != me.name.lowercased() else { return me }
        // A lead may still review a removed account's history.
        guard let other = try store.account(named: name, includingRemoved: me.role == .lead) else { throw try unknownAccount(name) }
        guard me.maySee(other) else {
            throw CommandFailure(me.role == .mentor
                ? "\(other.name) is not your trainee"
                : "you may see only your own records")
        }
        return other
    }

    /// "No account named …", with the closest name this person may see.
    func unknownAccount(_ name: String) throws -> CommandFailure {
        let names = try store.accounts(visibleTo: try currentUser()).map(\.name)
        return CommandFailure("no account named `\(Suggestion.quoted(name))`.\(Suggestion.hint(for: name, among: names))")
    }
}
