import ArgumentParser
import TrainerContent
import TrainerCore

/// Runs one command line against a session: help, "did you mean", the role check, parsing,
/// then the command. Problems are printed, never thrown.
struct Dispatcher {
    let catalog = CommandCatalog()

    /// Whether the line did what was asked.
    @discardableResult
    func run(_ words: [String], in session: Session) -> Bool {
        outcome(of: words, in: session) == .done
    }

    /// `help ...`, `--help`, `-h`, or `CMD ... --help`.
    static func isHelpRequest(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        return first == "help" || words.contains("--help") || words.contains("-h")
    }

    /// Runs the line and says how it ended: done, failed, or a usage error.
    func outcome(of words: [String], in session: Session) -> CommandOutcome {
        guard let first = words.first else { return .done }
        if first == "help" || first == "--help" || first == "-h" {
            return help(Array(words.dropFirst()), in: session)
        }
        // `CMD --help` and `CMD -h` mean `help CMD`, before any role check or parsing.
        if let flag = words.firstIndex(where: { $0 == "--help" || $0 == "-h" }), !words[..<flag].contains("--") {
            return help(Array(words[..<flag]), in: session)
        }
        guard let (entry, depth) = catalog.runnable(words) else {
            return unknown([first], in: session)
        }
        if entry.isGroup && depth == words.count {
            session.say(HelpText.group(entry, catalog: catalog, role: session.user?.role, columns: session.columns))
            return .done
        }
        if entry.isGroup, let next = words.dropFirst(depth).first, !next.hasPrefix("-") {
            return unknown(Array(words.prefix(depth + 1)), in: session)
        }
        if !entry.access.allows(session.user?.role) {
            session.warn("error: " + refusal(entry, in: session))
            return .failed
        }
        let command: any ParsableCommand
        do {
            command = try Self.parse(words, as: entry, depth: depth)
        } catch {
            if CommandTable.exitCode(for: error) == .success {
                session.say(CommandTable.fullMessage(for: error))
                return .done
            }
            session.warn(PrintableMessage.make(UsageHint.message(for: error, entry: entry, catalog: catalog)))
            return .usageError
        }
        guard let runnable = command as? any TrainerCommand else {
            session.say(HelpText.command(entry, catalog: catalog, columns: session.columns))
            return .done
        }
        // With problems in the content, only the commands that tolerate them run.
        if let report = session.contentReport, !type(of: runnable).runsOnBrokenContent {
            session.warn(report.description)
            return .failed
        }
        do {
            try session.printing(raw: runnable.printsRawOutput) { try runnable.run(in: session) }
            return .done
        } catch {
            session.warn(PrintableMessage.make("error: \(error)"))
            return .failed
        }
    }

    private func help(_ words: [String], in session: Session) -> CommandOutcome {
        if words == ["help"] {
            session.say(HelpText.aboutHelp)
            return .done
        }
        if words.isEmpty {
            session.say(HelpText.overview(catalog: catalog, role: session.user?.role, style: session.style, columns: session.columns))
            return .done
        }
        guard let (entry, depth) = catalog.resolve(words) else { return unknown([words[0]], in: session) }
        if entry.isGroup, depth < words.count, !words[depth].hasPrefix("-") {
            return unknown(Array(words.prefix(depth + 1)), in: session)
        }
        session.say(entry.isGroup
            ? HelpText.group(entry, catalog: catalog, role: session.user?.role, columns: session.columns)
            : HelpText.command(entry, catalog: catalog, columns: session.columns))
        return .done
    }

    private func unknown(_ words: [String], in session: Session) -> CommandOutcome {
        let prefix = Array(words.dropLast())
        let word = words.last ?? ""
        let candidates = catalog.names(after: prefix) + (prefix.isEmpty ? ["help"] : [])
        let typed = Suggestion.quoted(words.joined(separator: " "))
        if word.isEmpty {
            session.warn("error: an empty word is not a command. Type `help` for the list.")
            return .usageError
        }
        if let guess = Suggestion.closest(to: word, among: candidates) {
            session.warn("error: unknown command `\(typed)`. Did you mean `\((prefix + [guess]).joined(separator: " "))`?")
        } else {
            session.warn("error: unknown command `\(typed)`. Type `help` for the list.")
        }
        return .usageError
    }

    /// Parses the words after the command's name as that command alone: parsing from the table's
    /// root makes swift-argument-parser visit every command type, a scan of the runtime's
    /// conformance records each. A line it refuses is parsed again whole, so the error names the
    /// command exactly as `trainer ...` does.
    private static func parse(_ words: [String], as entry: CommandCatalog.Entry, depth: Int) throws -> any ParsableCommand {
        if let command = try? entry.type.parseAsRoot(NegativeNumbers.protect(Array(words.dropFirst(depth)))) { return command }
        return try CommandTable.parseAsRoot(NegativeNumbers.protect(words))
    }

    private func refusal(_ entry: CommandCatalog.Entry, in session: Session) -> String {
        let user = session.user
        let name = entry.path.joined(separator: " ")
        guard let user else { return session.noAccountsYet ?? "`\(name)` needs you to log in first: `login NAME` (or `--as NAME`)" }
        switch entry.access {
        case .atLeast(let role):
            return "`\(name)` is for \(role == .lead ? "leads" : "mentors and leads"); you are \(user.name) (\(user.role.rawValue))"
        default:
            return "`\(name)` is not available to \(user.name) (\(user.role.rawValue))"
        }
    }
}
