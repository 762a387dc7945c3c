/// A key written twice in one mapping, found as Yams finds it: keys are the same when their text
/// and their resolved tag are (an untagged or quoted scalar is a string), and the message names
/// every key used twice, in text order, at the first place of the first.
enum DuplicateKeys {
    static func problem(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> YAMLComposer.Failure? {
        guard pairs.count > 1, !allDistinct(pairs) else { return nil }
        // First place of each key, and how often it was used.
        var seen: [String: (key: YAMLNode, count: Int)] = [:]
        var order: [String] = []
        seen.reserveCapacity(pairs.count)
        for (key, _) in pairs {
            let identity = identity(of: key)
            if let found = seen[identity] {
                seen[identity] = (found.key, found.count + 1)
            } else {
                seen[identity] = (key, 1)
                order.append(identity)
            }
        }
        guard seen.count < pairs.count else { return nil }
        let twice = order.compactMap { seen[$0] }.filter { $0.count > 1 }.map(\.key).sorted { ($0.string ?? "") < ($1.string ?? "") }
        guard let first = twice.first else { return nil }
        return YAMLComposer.Failure(message: "duplicate key \(twice.map { $0.string ?? "<uncovertable>" }.joined(separator: ", "))",
                                    mark: first.mark)
    }

    private static let stringTag = "tag:yaml.org,2002:str"

    /// The common case without building a string per key: a few untagged scalar keys, compared pairwise.
    private static func allDistinct(_ pairs: [(key: YAMLNode, value: YAMLNode)]) -> Bool {
        guard pairs.count <= 16 else { return false }
        var texts: [String] = []
        texts.reserveCapacity(pairs.count)
        for (key, _) in pairs {
            guard case .scalar(let scalar) = key, scalar.tag == nil, !texts.contains(scalar.string) else { return false }
            texts.append(scalar.string)
        }
        return true
    }

    /// What makes two keys the same key.
    private static func identity(of node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar):
            let tag = scalar.tag.flatMap { $0 == "!" ? nil : $0 } ?? stringTag
            return "s\(tag)\u{0}\(scalar.string)"
        case .sequence(let items, _):
            return "q[" + items.map(identity).joined(separator: "\u{1}") + "]"
        case .mapping(let pairs, _):
            return "m{" + pairs.map { identity(of: $0.key) + "\u{2}" + identity(of: $0.value) }.joined(separator: "\u{1}") + "}"
        }
    }
}
