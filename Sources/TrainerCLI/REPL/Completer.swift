import TrainerCore

/// What Tab offers for the word being typed: command names, then the command's arguments
/// (topic ids, account names...). Pure: the values come from `values`.
struct Completer {
    let catalog: CommandCatalog
    let values: (CompletionKind) -> [String]

    /// Options whose value Tab can complete, wherever they appear.
    static let optionValues: [String: Either] = [
        "--role": .words(Role.allCases.map(\.rawValue)), "--mentor": .kind(.user), "--for": .kind(.user),
        "--track": .kind(.track), "--format": .words(["md", "html"]), "--outcome": .words(["ok", "concern"]),
    ]

    enum Either { case words([String]), kind(CompletionKind) }

    func candidates(forLine line: String) -> [String] {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let current = line.hasSuffix(" ") || line.isEmpty ? "" : (words.popLast() ?? "")
        let options: [String]
        if let option = words.last, let known = Self.optionValues[option] {
            switch known {
            case .words(let list): options = list
            case .kind(let kind): options = values(kind)
            }
        } else if words.first == "help" {
            options = catalog.names(after: Array(words.dropFirst()))
        } else if words.isEmpty {
            options = catalog.names(after: []) + ["help"]
        } else if current.hasPrefix("-"), let (entry, _) = catalog.runnable(words), !entry.isGroup {
            options = OptionNames.of(entry.type)
        } else if let (entry, depth) = catalog.resolve(words) {
            if entry.isGroup && depth == words.count {
                let defaultValues = entry.defaultChild.flatMap { child in catalog.resolve(entry.path + [child]) }.map { values($0.entry.completion) } ?? []
                options = catalog.names(after: entry.path) + defaultValues
            } else if depth == words.count || words.last?.hasPrefix("-") == false {
                options = values(entry.completion)
            } else {
                options = []
            }
        } else {
            options = []
        }
        return Array(Set(options.filter { $0.hasPrefix(current) })).sorted()
    }
}
