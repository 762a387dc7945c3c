import Foundation
import Testing
@testable import TrainerContent
import TrainerCore
import TrainerTestSupport
import Yams

/// trainer composes libyaml's events into its own nodes; Yams composed them before. Yams is the
/// oracle: on every shipped file, on hand-picked edge cases and on thousands of damaged copies of
/// a bank, both give the same tree (text, style and place of every node) or the same problem at
/// the same place.
@Suite struct YAMLComposerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What Yams (`Parser.singleRoot()`, basic resolver) made of `text`, as the old YAMLFile reported it.
    static func oracle(_ text: String) -> String {
        do {
            guard let root = try Parser(yaml: text, resolver: .basic).singleRoot() else { return "empty" }
            return describe(root)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return "\(mark.line):\(mark.column): YAML syntax: \(problem)"
            case .reader(let problem, _, _, _):
                return "1:1: YAML syntax: \(problem)"
            case .duplicatedKeysInMapping(let duplicates, let context):
                return "\(context.mark.line):\(context.mark.column): duplicate key \(duplicates.joined(separator: ", "))"
            default:
                return "1:1: YAML syntax: \(error)"
            }
        } catch {
            return "other: \(error)"
        }
    }

    /// What trainer's composer made of `text`, in the same words.
    static func composed(_ text: String) -> String {
        switch YAMLComposer.compose(text) {
        case .success(let root?): describe(root)
        case .success(nil): "empty"
        case .failure(let failure): "\(failure.mark?.line ?? 1):\(failure.mark?.column ?? 1): \(failure.message)"
        }
    }

    static func describe(_ node: Yams.Node) -> String {
        let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node {
        case .scalar(let scalar):
            let style = scalar.style == .plain ? "plain" : scalar.style == .literal ? "literal" : scalar.style == .folded ? "folded" : "quoted"
            return "\(style)\(at)\(String(reflecting: scalar.string))"
        case .sequence(let items):
            return "[\(at) " + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{\(at) " + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        case .alias:
            return "alias"
        }
    }

    static func describe(_ node: YAMLNode) -> String {
        let at = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node {
        case .scalar(let scalar):
            let style = switch scalar.style {
            case .plain: "plain"
            case .literal: "literal"
            case .folded: "folded"
            case .singleQuoted, .doubleQuoted: "quoted"
            }
            return "\(style)\(at)\(String(reflecting: scalar.string))"
        case .sequence(let items, _):
            return "[\(at) " + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            return "{\(at) " + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static let edgeCases = [
        "", "# only a comment\n", "---\n", "--- \n...\n", "a: 1\n---\nb: 2\n", "a: 1\n--- [\n", "a: 1\na: 2\n", "b: 1\na: 2\nb: 3\na: 4\n",
        "x:\n  a: 1\n  \"a\": 2\n", "a: 1\n!!str a: 2\n", "1: x\n!!int 1: y\n", "? [a]\n: 1\n? [a]\n: 2\n", "{a: 1, a: 1}\n",
        "- &x {a: 1}\n- *x\n- *y\n", "a: &anchor\n  b: *anchor\n", "a: *nothing\n", "key: 'single'\nother: \"double\\n\"\n",
        "text: |\n  two\n  lines\n", "text: >\n  folded\n  lines\n", "\tkey: tab\n", "a:\n- b\n c\n", "a: [1, 2\n", "a: \"open\n",
        "- a\nb: c\n", "a: b: c\n", "%YAML 1.1\n---\na: 1\n", "%BAD\n---\n", "!!map {a: 1}\n", "a: !custom value\n", "? complex\n",
        ": no key\n", "a: @reserved\n", "a: `tick\n", "a: 1 # comment\n#\n", "ünïcode: ✓\n", "a: \"\\u00e9\\x41\"\n", "- - - deep\n",
        "a:\n  - b: 1\n    b: 2\n", "k: v\n\u{7}\n", "[" + String(repeating: "[", count: 1200) + "\n",
    ]

    @Test func givesWhatYamsGivesOnTheEdgeCases() {
        for text in Self.edgeCases {
            #expect(Self.composed(text) == Self.oracle(text), "\(String(reflecting: text))")
        }
    }

    @Test func givesWhatYamsGivesOnEveryShippedFile() throws {
        let files = FileManager.default.enumerator(at: Self.root.appendingPathComponent("Curriculum"), includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []
        let banks = FileManager.default.enumerator(at: Self.root.appendingPathComponent("QuestionBanks"), includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []
        let yaml = (files + banks).filter { $0.pathExtension == "yaml" }
        #expect(yaml.count > 30)
        for file in yaml {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(Self.composed(text) == Self.oracle(text), "\(file.lastPathComponent)")
        }
    }

    /// Damaged copies of a bank: a character dropped, doubled or replaced by one that means something to YAML.
    @Test func givesWhatYamsGivesOnDamagedBanks() {
        var random = SeededGenerator(seed: 15)
        let original = Array(ContentFixture.fruitBank + ContentFixture.plan)
        let specials: [Character] = [":", "-", "\"", "'", "[", "]", "{", "}", "&", "*", "!", "|", ">", "#", "\t", " ", "\n", "?", ",", "%", "@"]
        var differing = 0
        for _ in 0..<3_000 {
            var text = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.remove(at: at)
                case 1: text.insert(text[at], at: at)
                default: text[at] = specials.randomElement(using: &random) ?? ":"
                }
            }
            let damaged = String(text)
            if Self.composed(damaged) != Self.oracle(damaged) {
                differing += 1
                Issue.record("\(String(reflecting: damaged))\ncomposed: \(Self.composed(damaged))\noracle:   \(Self.oracle(damaged))")
                if differing > 3 { return }
            }
        }
    }
}
