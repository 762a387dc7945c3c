// libyaml, the parser under Yams. Yams keeps its `CYaml` module internal, but SwiftPM shows a C
// module to every target that depends on it, however indirectly; Yams is pinned to one version
// (Package.swift), so this is the same libyaml, the same header, that Yams was built with.
import CYaml

/// Builds `YAMLNode`s from libyaml's events, as Yams' `Parser.singleRoot()` builds its nodes from
/// the same events: libyaml decides what is YAML and where each error is; this file only nests
/// what it reports, resolves aliases and refuses a key used twice in a mapping, with Yams' words
/// for each problem (`YAMLComposerTests` holds the two to the same answers). Yams' own nodes
/// cost half of a large check: a tag object per node, retains, a hashed duplicate-key check.
enum YAMLComposer {
    /// Why a text is not one YAML document, where libyaml (or Yams) would say.
    struct Failure: Error, Sendable, Equatable {
        var message: String
        var mark: YAMLMark?
    }

    /// The root of the text's single document; nil when there is no document at all.
    static func compose(_ text: String) -> Result<YAMLNode?, Failure> {
        var text = text
        return text.withUTF8 { bytes in
            let events = Events(bytes)
            defer { events.close() }
            return Result { () throws(Failure) in try events.singleRoot() }
        }
    }
}

/// libyaml's event stream over one buffer, and the nodes it composes.
private final class Events {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private var event = yaml_event_t()
    private var anchors: [String: YAMLNode] = [:]
    private var started = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    func close() {
        yaml_event_delete(&event)
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// As Yams' `singleRoot()`: no document is nil, a second document is an error.
    func singleRoot() throws(YAMLComposer.Failure) -> YAMLNode? {
        try next()  // the stream's start
        try next()
        if event.type == YAML_STREAM_END_EVENT { return nil }
        try next()  // past the document's start
        let root = try node()
        try next()  // the document's end
        try next()
        guard event.type == YAML_STREAM_END_EVENT else {
            throw YAMLComposer.Failure(message: "YAML syntax: but found another document", mark: mark)
        }
        return root
    }

    private func next() throws(YAMLComposer.Failure) {
        yaml_event_delete(&event)
        guard yaml_parser_parse(parser, &event) == 1 else { throw failure() }
    }

    private var mark: YAMLMark { YAMLMark(line: event.start_mark.line + 1, column: event.start_mark.column + 1) }

    /// The node that starts at the current event; its last event is then the current one.
    private func node() throws(YAMLComposer.Failure) -> YAMLNode {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let node = YAMLNode.scalar(YAMLNode.Scalar(
                string: String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self),
                style: Self.style(scalar.style), tag: scalar.tag.map { String(cString: $0) }, mark: mark))
            register(scalar.anchor, node)
            return node
        case YAML_SEQUENCE_START_EVENT:
            let start = mark, anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            var items: [YAMLNode] = []
            items.reserveCapacity(Self.expectedItems)
            try next()
            while event.type != YAML_SEQUENCE_END_EVENT {
                items.append(try node())
                try next()
            }
            return registered(anchor, .sequence(items, start))
        case YAML_MAPPING_START_EVENT:
            let start = mark, anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            pairs.reserveCapacity(Self.expectedPairs)
            try next()
            while event.type != YAML_MAPPING_END_EVENT {
                let key = try node()
                try next()
                pairs.append((key, try node()))
                try next()
            }
            if let duplicate = DuplicateKeys.problem(in: pairs) { throw duplicate }
            return registered(anchor, .mapping(pairs, start))
        case YAML_ALIAS_EVENT:
            guard let name = event.data.alias.anchor.map({ String(cString: $0) }), let node = anchors[name] else {
                throw YAMLComposer.Failure(message: "YAML syntax: found undefined alias", mark: mark)
            }
            return node
        default:
            // libyaml never starts a node with another event.
            throw YAMLComposer.Failure(message: "YAML syntax: unexpected event", mark: mark)
        }
    }

    private func register(_ anchor: UnsafeMutablePointer<UInt8>?, _ node: YAMLNode) {
        if let anchor { anchors[String(cString: anchor)] = node }
    }

    private func registered(_ anchor: String?, _ node: YAMLNode) -> YAMLNode {
        if let anchor { anchors[anchor] = node }
        return node
    }

    /// Room made at once for a list's items and a mapping's pairs: enough for a question's options
    /// and an option's fields, so most are allocated once instead of growing 1, 2, 4. Not more:
    /// every bank's tree is held while it is read, two banks at a time.
    private static let expectedItems = 4, expectedPairs = 4

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// libyaml's error, worded as Yams words it (`YAMLFile` adds the file).
    private func failure() -> YAMLComposer.Failure {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? ""
        switch parser.pointee.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let mark = parser.pointee.problem_mark
            return YAMLComposer.Failure(message: "YAML syntax: \(problem)", mark: YAMLMark(line: mark.line + 1, column: mark.column + 1))
        case YAML_READER_ERROR:
            return YAMLComposer.Failure(message: "YAML syntax: \(problem)", mark: nil)
        default:
            return YAMLComposer.Failure(message: "YAML syntax: Memory error", mark: nil)
        }
    }
}
