import Foundation
import TrainerCore

/// Reads intents: the shared library (`Curriculum/scenarios/intents.yaml`) and a scenario's own.
enum IntentReader {
    static let fileKeys: Set<String> = ["intents"]
    static let intentKeys: Set<String> = ["id", "label", "polarity", "patterns", "unless", "patience"]

    /// The library file: `intents:` and a list.
    static func readLibrary(_ file: YAMLFile, log: DiagnosticLog) -> [Intent] {
        guard let root = MappingReader(file.root, path: file.path, what: "the intent library", allowedKeys: fileKeys, log: log),
              let nodes = root.sequence("intents") else { return [] }
        return readList(nodes, path: file.path, log: log)
    }

    static func readList(_ nodes: [YAMLNode], path: String, log: DiagnosticLog) -> [Intent] {
        var seen: [String: Int] = [:]
        return nodes.compactMap { node in
            guard let intent = read(node, path: path, log: log) else { return nil }
            if let line = seen[intent.id] {
                log.add(path, node.mark, "intent `\(intent.id)` is already defined on line \(line)")
                return nil
            }
            seen[intent.id] = node.mark?.line ?? 0
            return intent
        }
    }

    static func read(_ node: YAMLNode, path: String, log: DiagnosticLog) -> Intent? {
        guard let i = MappingReader(node, path: path, what: "an intent", allowedKeys: intentKeys, log: log) else { return nil }
        let id = i.string("id")
        if let id, !isIntentID(id) { log.add(path, i.value("id")?.mark, "intent id `\(id)` must use only a-z, 0-9 and _") }
        let label = i.string("label")
        let polarity = i.choice("polarity", as: Intent.Polarity.self) ?? .positive
        let patience = i.int("patience", required: false, in: -10...10)
        let patterns = readPatterns(i, "patterns", required: true, path: path, log: log)
        let unless = readPatterns(i, "unless", required: false, path: path, log: log)
        guard let id, let label, !patterns.isEmpty else { return nil }
        return Intent(id: id, label: label, polarity: polarity, patterns: patterns, unless: unless, patience: patience)
    }

    private static func readPatterns(_ i: MappingReader, _ key: String, required: Bool, path: String, log: DiagnosticLog) -> [PhrasePattern] {
        guard let nodes = i.sequence(key, required: required) else { return [] }
        if required, nodes.isEmpty { log.add(path, i.value(key)?.mark, "`\(key)` needs at least one pattern") }
        return nodes.compactMap { node in
            guard let text = node.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                log.add(path, node.mark, "a pattern must be a non-empty text")
                return nil
            }
            let pattern = PhrasePattern(text)
            if pattern.isEmpty {
                log.add(path, node.mark, "pattern `\(text)` has no words, so it would match the empty line")
                return nil
            }
            return pattern
        }
    }

    static func isIntentID(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
