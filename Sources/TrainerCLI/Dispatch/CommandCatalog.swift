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

    private let root: any ParsableCommand.Type
    private let table: Deferred<[Entry]>

    init(root: any ParsableCommand.Type = CommandTable.self) {
        self.root = root
        table = Deferred { Self.entries(below: root) }
    }

    /// Every command, aliases included, in table order (help, completion, suggestions). Built on
    /// first use: asking each type whether it is a `TrainerCommand` scans the runtime's conformance
    /// records, which running one command line need not pay for (see `resolve`).
    var entries: [Entry] { table.value }

    private static func entries(below root: any ParsableCommand.Type) -> [Entry] {
        var entries: [Entry] = []
        func walk(_ children: [any ParsableCommand.Type], prefix: [String]) {
            for sub in children {
                let configuration = sub.configuration
                let names = [configuration.commandName ?? ""] + configuration.aliases
                for (index, name) in names.enumerated() {
                    entries.append(entry(sub, configuration, path: prefix + [name], isAlias: index > 0))
                    if index == 0 { walk(configuration.subcommands, prefix: prefix + [name]) }
                }
            }
        }
        walk(root.configuration.subcommands, prefix: [])
        return entries
    }

    private static func entry(_ type: any ParsableCommand.Type, _ configuration: CommandConfiguration,
                              path: [String], isAlias: Bool) -> Entry {
        let command = type as? any TrainerCommand.Type
        return Entry(path: path, type: type, abstract: isAlias ? "" : configuration.abstract,
                     access: command?.access ?? groupAccess(configuration.subcommands), completion: command?.completion ?? .none,
                     isGroup: !configuration.subcommands.isEmpty, defaultChild: configuration.defaultSubcommand?.configuration.commandName)
    }

    /// A group is open to whoever may run at least one of its commands.
    private static func groupAccess(_ children: [any ParsableCommand.Type]) -> Access {
        let accesses = children.compactMap { ($0 as? any TrainerCommand.Type)?.access }
        for candidate in [Access.anyone, .signedIn, .atLeast(.mentor), .atLeast(.lead)] where accesses.contains(candidate) {
            return candidate
        }
        return .atLeast(.lead)
    }

    /// The deepest entry named by the leading words, and how many words it took: a walk down the
    /// tree along the words (an alias names a command, not its children).
    func resolve(_ words: [String]) -> (entry: Entry, depth: Int)? {
        var children = root.configuration.subcommands
        var found: (entry: Entry, depth: Int)?
        for word in words {
            var match: (type: any ParsableCommand.Type, configuration: CommandConfiguration, isAlias: Bool)?
            for sub in children where match == nil {
                let configuration = sub.configuration
                if configuration.commandName == word { match = (sub, configuration, false) }
                else if configuration.aliases.contains(word) { match = (sub, configuration, true) }
            }
            guard let match else { break }
            let path = (found?.entry.path ?? []) + [word]
            found = (Self.entry(match.type, match.configuration, path: path, isAlias: match.isAlias), path.count)
            if match.isAlias { break }
            children = match.configuration.subcommands
        }
        return found
    }

    /// The entry that runs for these words: the named command, or a group's default child.
    func runnable(_ words: [String]) -> (entry: Entry, depth: Int)? {
        guard let (entry, depth) = resolve(words) else { return nil }
        guard entry.isGroup, let child = entry.defaultChild,
              let next = resolve(entry.path + [child]), next.depth == entry.path.count + 1 else { return (entry, depth) }
        return (next.entry, depth)
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

