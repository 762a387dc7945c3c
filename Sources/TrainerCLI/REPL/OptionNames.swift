import ArgumentParser
import Foundation

/// The long option names a command takes (`--count`, `--no-shuffle`), read from the parser's
/// own help so they can never drift from what it accepts.
enum OptionNames {
    static func of(_ command: any ParsableCommand.Type) -> [String] {
        let help = CommandTable.helpMessage(for: command, columns: 1_000)
        guard let section = help.range(of: "OPTIONS:") else { return [] }
        var names: [String] = []
        for line in help[section.upperBound...].split(separator: "\n") where line.hasPrefix("  -") {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }) where word.hasPrefix("--") && word.count > 2 {
                let name = String(word.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
                if name != "--help" && !names.contains(name) { names.append(name) }
            }
        }
        return names
    }
}
