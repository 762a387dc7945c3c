import ArgumentParser
import Foundation
import TrainerCore

/// The `help` screens: the commands a role may use, grouped, with their one-line abstracts.
enum HelpText {
    /// Sections of the overview, by top-level command (or by `group sub` where a group's
    /// subcommands belong apart), in the order a newcomer needs them.
    static let sections: [(title: String, commands: Set<String>)] = [
        ("Plans and lessons", ["today", "plan", "read", "done", "self-review"]),
        ("Quizzes", ["quiz", "review", "attempt", "results", "weak"]),
        ("Role-plays", ["roleplay"]),
        ("Sandbox queue", ["queue"]),
        ("Mentoring", ["trainees", "show", "sheet", "meeting", "drafts", "approve", "return"]),
        ("Certification", ["exam", "certs"]),
        ("Reports and records", ["report", "export results"]),
        ("Accounts", ["login", "logout", "whoami", "init", "user"]),
        ("Content and database", ["check", "import", "export bank", "db", "exit"]),
    ]

    static func overview(catalog: CommandCatalog, role: Role?, style: Style, columns: Int? = nil) -> String {
        // `init` only matters before the first account exists, i.e. to someone not logged in.
        // Someone not logged in (`trainer --help`) sees every command, to know what there is.
        let entries = catalog.visible(to: role ?? .lead).filter { role == nil || $0.path != ["init"] }
        let width = (entries.map { $0.path.joined(separator: " ").count }.max() ?? 0) + 2
        var lines = [style.bold("Commands\(role.map { " for a \($0.rawValue)" } ?? " (most need you to log in: `login NAME`, or `--as NAME` on the command line)")")]
        let sectioned = sections.reduce(Set<String>()) { $0.union($1.commands) }
        /// The name a section lists an entry by: its full path when a section names it, else its group.
        func key(_ entry: CommandCatalog.Entry) -> String {
            let full = entry.path.joined(separator: " ")
            return sectioned.contains(full) ? full : entry.path[0]
        }
        for section in sections + [("Other", Set(entries.map(key)).subtracting(sectioned))] {
            let members = entries.filter { section.commands.contains(key($0)) }
            guard !members.isEmpty else { continue }
            lines.append("")
            lines.append(style.bold(section.title))
            for entry in members {
                let name = catalog.displayName(entry)
                // A long abstract continues under itself, not under the command names.
                lines.append(TextWrap.wrap(entry.abstract, width: columns ?? .max,
                                           indent: "  " + name.padding(toLength: width, withPad: " ", startingAt: 0),
                                           hanging: String(repeating: " ", count: width + 2)))
            }
        }
        lines.append("")
        lines.append("`help CMD` (or `CMD --help`) explains one command. Tab completes commands and their arguments; Ctrl-D leaves.")
        lines.append(GlobalOptions.summary)
        return lines.joined(separator: "\n")
    }

    /// `help help`.
    static let aboutHelp = """
        help [CMD ...]: the commands your role may use, in sections; `help CMD` (or `CMD --help`, `CMD -h`)
        explains one command: what it does, its arguments and options. `trainer --version` prints the version.
        """

    /// One command's help: its usage, arguments and options, from the parser's own description.
    static func command(_ entry: CommandCatalog.Entry, catalog: CommandCatalog, columns: Int? = nil) -> String {
        CommandTable.helpMessage(for: entry.type, columns: columns ?? 1_000)
    }

    static func group(_ group: CommandCatalog.Entry, catalog: CommandCatalog, role: Role?, columns: Int? = nil) -> String {
        let children = catalog.visible(to: role).filter { $0.path.count == group.path.count + 1 && Array($0.path.prefix(group.path.count)) == group.path }
        let name = group.path.joined(separator: " ")
        guard !children.isEmpty else { return "`\(name)`: none of its commands is open to you." }
        let width = (children.map { $0.path.joined(separator: " ").count }.max() ?? 0) + 2
        return (["\(name): \(group.type.configuration.abstract)"] + children.map {
            TextWrap.wrap($0.abstract, width: columns ?? .max, indent: "  " + $0.path.joined(separator: " ").padding(toLength: width, withPad: " ", startingAt: 0),
                          hanging: String(repeating: " ", count: width + 2))
        }).joined(separator: "\n")
    }
}
