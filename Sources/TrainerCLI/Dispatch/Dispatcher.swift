import ArgumentParser
import TrainerContent
import TrainerCore

/// Runs one command line against a session: help, "did you mean", the role check, parsing,
/// then the command. Returns whether it succeeded; problems are printed, never thrown.
struct Dispatcher {
    let catalog = CommandCatalog()

    @discardableResult
    func run(_ words: [String], in session: Session) -> Bool {
        guard let first = words.first else { return true }
        if first == "help" || first == "--help" || first == "-h" {
            return help(Array(words.dropFirst()), in: session)
        }
        guard let (entry, depth) = catalog.runnable(words) else {
            return unknown([first], in: session)
        }
        if entry.isGroup && depth == words.count {
            session.say(HelpText.group(entry, catalog: catalog, role: session.user?.role))
            return true
        }
        if entry.isGroup, let next = words.dropFirst(depth).first, !next.hasPrefix("-") {
            return unknown(Array(words.prefix(depth + 1)), in: session)
        }
        if !entry.access.allows(session.user?.role) {
            session.warn("error: " + refusal(entry, user: session.user))
            return false
        }
        let command: any ParsableCommand
        do {
            command = try CommandTable.parseAsRoot(words)
        } catch {
            let message = CommandTable.fullMessage(for: error)
            if CommandTable.exitCode(for: error) == .success {
                session.say(message)
                return true
            }
            session.warn(message)
            return false
        }
        guard let runnable = command as? any TrainerCommand else {
            session.say(CommandTable.helpMessage(for: type(of: command)))
            return true
        }
        // With problems in the content, only the commands that tolerate them run.
        if let report = session.contentReport, !type(of: runnable).runsOnBrokenContent {
            session.warn(report.description)
            return false
        }
        do {
            try runnable.run(in: session)
            return true
        } catch {
            session.warn("error: \(error)")
            return false
        }
    }

    private func help(_ words: [String], in session: Session) -> Bool {
        if words.isEmpty {
            session.say(HelpText.overview(catalog: catalog, role: session.user?.role, style: session.style))
            return true
        }
        guard let (entry, depth) = catalog.resolve(words) else { return unknown([words[0]], in: session) }
        if entry.isGroup, depth < words.count { return unknown(Array(words.prefix(depth + 1)), in: session) }
        session.say(entry.isGroup
            ? HelpText.group(entry, catalog: catalog, role: session.user?.role)
            : CommandTable.helpMessage(for: entry.type))
        return true
    }

    private func unknown(_ words: [String], in session: Session) -> Bool {
        let prefix = Array(words.dropLast())
        let word = words.last ?? ""
        let candidates = catalog.names(after: prefix) + (prefix.isEmpty ? ["help"] : [])
        let typed = words.joined(separator: " ")
        if let guess = Suggestion.closest(to: word, among: candidates) {
            session.warn("error: unknown command `\(typed)`. Did you mean `\((prefix + [guess]).joined(separator: " "))`?")
        } else {
            session.warn("error: unknown command `\(typed)`. Type `help` for the list.")
        }
        return false
    }

    private func refusal(_ entry: CommandCatalog.Entry, user: Account?) -> String {
        let name = entry.path.joined(separator: " ")
        guard let user else { return "`\(name)` needs you to log in first: `login NAME` (or `--as NAME`)" }
        switch entry.access {
        case .atLeast(let role):
            return "`\(name)` is for \(role == .lead ? "leads" : "mentors and leads"); you are \(user.name) (\(user.role.rawValue))"
        default:
            return "`\(name)` is not available to \(user.name) (\(user.role.rawValue))"
        }
    }
}
