import Foundation
import TrainerCore

/// Reads the fields of one YAML mapping, logging every missing, mistyped or unknown field
/// with its place. Getters return nil (after logging) when a value is unusable.
struct MappingReader {
    let path: String
    let node: YAMLNode
    let log: DiagnosticLog
    /// The fields in file order. Mappings here have a handful of keys, so a scan beats hashing.
    private let fields: [(key: String, value: YAMLNode)]

    /// `what` names the mapping in messages ("a question", "the bank").
    init?(_ node: YAMLNode, path: String, what: String, allowedKeys: Set<String>, log: DiagnosticLog) {
        guard case .mapping(let mapping, _) = node else {
            log.add(path, node.mark, "\(what) must be a mapping of `key: value` lines")
            return nil
        }
        self.path = path
        self.node = node
        self.log = log
        var fields: [(key: String, value: YAMLNode)] = []
        fields.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            let name = key.string ?? ""
            fields.append((name, value))
            // A walk over a handful of short names beats hashing each key (a set's `contains`).
            if !allowedKeys.contains(where: { $0 == name }) {
                let hint = Suggestion.closest(to: name, among: allowedKeys.sorted()).map { " (did you mean `\($0)`?)" } ?? ""
                log.add(path, key.mark, "unknown field `\(name)` in \(what)\(hint)")
            }
        }
        self.fields = fields
    }

    var mark: YAMLMark? { node.mark }

    func has(_ key: String) -> Bool { value(key) != nil }

    func value(_ key: String) -> YAMLNode? { fields.first { $0.key == key }?.value }

    func string(_ key: String, required: Bool = true) -> String? {
        guard let value = present(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, case let text = scalar.string.trimmed, !text.isEmpty else {
            log.add(path, value.mark, "`\(key)` must be a non-empty text")
            return nil
        }
        return text
    }

    func int(_ key: String, required: Bool = true, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = present(key, required: required) else { return nil }
        guard let number = value.plainInt else {
            log.add(path, value.mark, "`\(key)` must be a whole number, not `\(value.string ?? "…")`")
            return nil
        }
        if let range, !range.contains(number) {
            log.add(path, value.mark, "`\(key)` must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
            return nil
        }
        return number
    }

    func double(_ key: String, required: Bool = true, in range: ClosedRange<Double>) -> Double? {
        guard let value = present(key, required: required) else { return nil }
        guard let number = value.plainDouble else {
            log.add(path, value.mark, "`\(key)` must be a number, not `\(value.string ?? "…")`")
            return nil
        }
        guard range.contains(number) else {
            log.add(path, value.mark, "`\(key)` must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let value = present(key, required: false) else { return nil }
        guard let flag = value.plainBool else {
            log.add(path, value.mark, "`\(key)` must be true or false, not `\(value.string ?? "…")`")
            return nil
        }
        return flag
    }

    /// A choice among fixed words (`kind: situational`).
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = string(key, required: false) else { return nil }
        guard let value = T(rawValue: text) else {
            let words = T.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            log.add(path, self.value(key)?.mark, "`\(key)` must be one of \(words), not `\(text)`")
            return nil
        }
        return value
    }

    func sequence(_ key: String, required: Bool = true) -> [YAMLNode]? {
        guard let value = present(key, required: required) else { return nil }
        guard case .sequence(let items, _) = value else {
            log.add(path, value.mark, "`\(key)` must be a list (lines starting with `- `)")
            return nil
        }
        return items
    }

    private func present(_ key: String, required: Bool) -> YAMLNode? {
        guard let value = value(key) else {
            if required { log.add(path, node.mark, "missing required field `\(key)`") }
            return nil
        }
        if value.isNull {
            if required { log.add(path, value.mark, "`\(key)` is empty") }
            return nil
        }
        return value
    }
}

/// Ids are typed at the prompt and used in file names.
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
