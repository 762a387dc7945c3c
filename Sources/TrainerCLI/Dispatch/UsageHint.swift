import ArgumentParser
import Foundation

/// swift-argument-parser's message for a line it could not parse, with its closing hint
/// pointing to `help CMD`: a command that exists both at the prompt and on the shell.
enum UsageHint {
    static func message(for error: any Error, entry: CommandCatalog.Entry, catalog: CommandCatalog) -> String {
        let full = CommandTable.fullMessage(for: error)
        let hint = "  See `help \(catalog.displayName(entry))` for more information."
        var lines = full.components(separatedBy: "\n")
        if let index = lines.lastIndex(where: { $0.contains("for more information") }) {
            lines[index] = hint
        } else if !lines.contains(where: { $0.hasPrefix("Usage:") }) {
            lines.append(hint)
        }
        return lines.joined(separator: "\n")
    }
}
