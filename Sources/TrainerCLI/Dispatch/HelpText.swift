import ArgumentParser
import Foundation
import TrainerCore

/// The `help` screens: the commands a role may use, grouped, with their one-line abstracts.
enum HelpText {
    /// Sections of the overview, by top-level command, in the order a newcomer needs them.
    static let sections: [(title: String, commands: Set<String>)] = [
        ("Plans and lessons", ["today", "plan", "read", "done", "self-review"]),
        ("Quizzes", ["quiz", "review", "attempt", "results", "weak"]),
        ("Role-plays", ["roleplay"]),
        ("Mentoring", ["trainees", "show", "sheet", "meeting"]),
        ("Accounts", ["login", "logout", "whoami", "init", "user"]),
        ("Content and database", ["check", "db", "exit"]),
    ]

    static func overview(catalog: CommandCatalog, role: Role?, style: Style) -> String {
        // `init` only matters before the first account exists, i.e. to someone not logged in.
        let entries = catalog.visible(to: role).filter { role == nil || $0.path != ["init"] }
        let width = (entries.map { $0.path.joined(separator: " ").count }.max() ?? 0) + 2
        var lines = [style.bold("Commands\(role.map { " for a \($0.rawValue)" } ?? " (log in to see more)")")]
        let sectioned = sections.reduce(Set<String>()) { $0.union($1.commands) }
        for section in sections + [("Other", Set(entries.map { $0.path[0] }).subtracting(sectioned))] {
            let members = entries.filter { section.commands.contains($0.path[0]) }
            guard !members.isEmpty else { continue }
            lines.append("")
            lines.append(style.bold(section.title))
            for entry in members {
                let name = catalog.displayName(entry)
                lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + entry.abstract)
            }
        }
        lines.append("")
        lines.append("`help CMD` explains one command. Tab completes commands and their arguments; Ctrl-D leaves.")
        return lines.joined(separator: "\n")
    }

    static func group(_ group: CommandCatalog.Entry, catalog: CommandCatalog, role: Role?) -> String {
        let children = catalog.visible(to: role).filter { $0.path.count == group.path.count + 1 && Array($0.path.prefix(group.path.count)) == group.path }
        let name = group.path.joined(separator: " ")
        guard !children.isEmpty else { return "`\(name)`: none of its commands is open to you." }
        let width = (children.map { $0.path.joined(separator: " ").count }.max() ?? 0) + 2
        return (["\(name): \(group.type.configuration.abstract)"] + children.map {
            "  " + $0.path.joined(separator: " ").padding(toLength: width, withPad: " ", startingAt: 0) + $0.abstract
        }).joined(separator: "\n")
    }
}
