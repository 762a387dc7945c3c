import TrainerCore

/// What Tab offers for the word being typed: command names, then the command's arguments
/// (topic ids, account names...). Pure: the values come from `values`.
struct Completer {
    let catalog: CommandCatalog
    let values: (CompletionKind) -> [String]

    func candidates(forLine line: String) -> [String] {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let current = line.hasSuffix(" ") || line.isEmpty ? "" : (words.popLast() ?? "")
        let options: [String]
        if words.first == "help" {
            options = catalog.names(after: Array(words.dropFirst()))
        } else if words.isEmpty {
            options = catalog.names(after: []) + ["help"]
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
