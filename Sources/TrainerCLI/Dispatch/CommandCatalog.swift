import ArgumentParser
import TrainerCore

/// The command table seen as a tree of names, for help, "did you mean", access checks and completion.
struct CommandCatalog {
    struct Entry {
        /// Words that name it: `["user", "add"]`.
        var path: [String]
        var type: any ParsableCommand.Type
        var abstract: String
        var access: Access
        var completion: CompletionKind
        var isGroup: Bool
        /// For a group: the child that runs when no child is named (`plan tom` runs `plan show tom`).
        var defaultChild: String?
    }

    let entries: [Entry]

    init(root: any ParsableCommand.Type = CommandTable.self) {
        var entries: [Entry] = []
        func walk(_ type: any ParsableCommand.Type, prefix: [String]) {
            for sub in type.configuration.subcommands {
                let names = [sub.configuration.commandName ?? ""] + sub.configuration.aliases
                for (index, name) in names.enumerated() {
                    let path = prefix + [name]
                    let command = sub as? any TrainerCommand.Type
                    let children = sub.configuration.subcommands
                    entries.append(Entry(
                        path: path, type: sub, abstract: index == 0 ? sub.configuration.abstract : "",
                        access: command?.access ?? Self.groupAccess(children), completion: command?.completion ?? .none,
                        isGroup: !children.isEmpty, defaultChild: sub.configuration.defaultSubcommand?.configuration.commandName))
                    if index == 0 { walk(sub, prefix: path) }
                }
            }
        }
        walk(root, prefix: [])
        self.entries = entries
    }

    /// A group is open to whoever may run at least one of its commands.
    private static func groupAccess(_ children: [any ParsableCommand.Type]) -> Access {
        let accesses = children.compactMap { ($0 as? any TrainerCommand.Type)?.access }
        for candidate in [Access.anyone, .signedIn, .atLeast(.mentor), .atLeast(.lead)] where accesses.contains(candidate) {
            return candidate
        }
        return .atLeast(.lead)
    }

    /// The deepest entry named by the leading words, and how many words it took.
    func resolve(_ words: [String]) -> (entry: Entry, depth: Int)? {
        var best: (Entry, Int)?
        for entry in entries where entry.path.count <= words.count && Array(words.prefix(entry.path.count)) == entry.path {
            if best.map({ entry.path.count > $0.1 }) ?? true { best = (entry, entry.path.count) }
        }
        return best.map { (entry: $0.0, depth: $0.1) }
    }

    /// The entry that runs for these words: the named command, or a group's default child.
    func runnable(_ words: [String]) -> (entry: Entry, depth: Int)? {
        guard let (entry, depth) = resolve(words) else { return nil }
        guard entry.isGroup, let child = entry.defaultChild,
              let next = entries.first(where: { $0.path == entry.path + [child] }) else { return (entry, depth) }
        return (next, depth)
    }

    /// How help names a command: a group's default child goes by the group's name (`plan`, not `plan show`).
    func displayName(_ entry: Entry) -> String {
        let parent = Array(entry.path.dropLast())
        let isDefault = entries.contains { $0.path == parent && $0.defaultChild == entry.path.last }
        return (isDefault ? parent : entry.path).joined(separator: " ")
    }

    /// Names that may follow `prefix` (top-level names for an empty prefix).
    func names(after prefix: [String]) -> [String] {
        entries.filter { $0.path.count == prefix.count + 1 && Array($0.path.prefix(prefix.count)) == prefix }.map { $0.path.last ?? "" }
    }

    /// Runnable commands a role may use, in table order, for `help`.
    func visible(to role: Role?) -> [Entry] {
        entries.filter { !$0.isGroup && !$0.abstract.isEmpty && $0.access.allows(role) }
    }
}
