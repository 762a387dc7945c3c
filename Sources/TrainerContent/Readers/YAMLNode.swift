/// A node of a parsed YAML file as the readers see it: scalars keep their text, style and explicit
/// tag, and every node the place where it starts. Plain values: no tag object, no resolver.
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence([YAMLNode], YAMLMark)
    case mapping([(key: YAMLNode, value: YAMLNode)], YAMLMark)

    struct Scalar: Sendable {
        enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

        var string: String
        var style: Style
        /// The tag written before the value (`!!str 12`), if any.
        var tag: String?
        var mark: YAMLMark
    }

    var mark: YAMLMark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The text of a scalar; nil for a list or a mapping.
    var string: String? { scalar?.string }

    var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { return items }
        return nil
    }
}

/// A place in a YAML file, line and column counted from 1.
struct YAMLMark: Sendable, Hashable {
    var line: Int
    var column: Int
}
