import Foundation
import TrainerCore
import Yams

/// Writes a bank in the format `check` reads (CONTENT-FORMAT.md): the fields in the documented
/// order, defaults left out, multi-line text as literal blocks.
public enum BankWriter {
    public static func yaml(_ bank: QuestionBank) throws -> String {
        var out = try field("topic", text(bank.topic)) + field("title", text(bank.title))
        if !bank.shuffle { out += try field("shuffle", flag(false)) }
        out += "questions:\n"
        for question in bank.questions { out += item(try fields(of: question), indent: 2) }
        return out
    }

    /// Writes `bank` to `path` through a temporary file beside it and a rename, after reading
    /// the text back as `check` would: a bank that would not load is never written.
    public static func write(_ bank: QuestionBank, to path: String) throws {
        let yaml = try yaml(bank)
        if case .failure(let report) = BankFile.read(yaml, path: path, topic: bank.topic) { throw report }
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).partial"
        do {
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        // rename(2) replaces an existing bank in one step: readers see the old file or the new one.
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot write \(path): \(reason)"])
        }
    }

    /// The question's fields in the documented order, its options as an indented list.
    private static func fields(of question: Question) throws -> String {
        var out = try field("id", text(question.id)) + field("prompt", text(question.prompt))
        if question.kind != .knowledge { out += try field("kind", text(question.kind.rawValue)) }
        if question.difficulty != 2 { out += try field("difficulty", Node(String(question.difficulty), Tag(.int))) }
        if question.pool != .practice { out += try field("pool", text(question.pool.rawValue)) }
        if question.scoring != .partial { out += try field("scoring", text(question.scoring.rawValue)) }
        if question.shuffle == false { out += try field("shuffle", flag(false)) }
        out += "options:\n"
        for (index, option) in question.options.enumerated() {
            var fields = option.id != String(index + 1) ? try field("id", text(option.id)) : ""
            fields += try field("text", text(option.text))
            if option.isCorrect { fields += try field("correct", flag(true)) }
            if let feedback = option.feedback { fields += try field("feedback", text(feedback)) }
            if let weight = option.weight { fields += try field("weight", Node(String(weight), Tag(.float))) }
            out += item(fields, indent: 2)
        }
        if let explanation = question.explanation { out += try field("explanation", text(explanation)) }
        return out
    }

    /// One `key: value` as Yams writes it, so quoting and block scalars are libyaml's.
    private static func field(_ key: String, _ value: Node) throws -> String {
        try Yams.serialize(node: mapping([(key, value)]), indent: 2, width: 100, allowUnicode: true, lineBreak: .ln)
    }

    /// `fields` as a list item, indented as the shipped banks are (`  - id: …` then four spaces).
    /// Shifting a whole block keeps its meaning, block scalars included.
    private static func item(_ fields: String, indent: Int) -> String {
        var out = ""
        for (index, line) in fields.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            if line.isEmpty {
                out += "\n"
            } else {
                out += String(repeating: " ", count: indent) + (index == 0 ? "- " : "  ") + line + "\n"
            }
        }
        return out
    }

    private static func mapping(_ pairs: [(String, Node)]) -> Node {
        Node(pairs.map { (Node($0.0), $0.1) })
    }

    private static func flag(_ value: Bool) -> Node { Node(value ? "true" : "false", Tag(.bool)) }

    /// A string that reads back as the same string: quoted when YAML would take it for a
    /// number, a boolean or null; a literal block when it has several lines.
    private static func text(_ string: String) -> Node {
        if string.contains("\n") { return Node(string, Tag(.str), .literal) }
        let plain = Resolver.default.resolveTag(of: Node(string)) == .str
        return Node(string, Tag(.str), plain ? .plain : .doubleQuoted)
    }
}

/// One bank file read on its own, as `check` reads it.
public enum BankFile {
    public static func read(_ yaml: String, path: String, topic: String) -> Result<QuestionBank, ContentReport> {
        let log = DiagnosticLog()
        guard let file = YAMLFile.parse(yaml, path: path, log: log),
              let read = BankReader.read(file, expectedTopic: topic, log: log),
              !log.hasErrors else {
            return .failure(ContentReport(log.diagnostics))
        }
        return .success(read.bank)
    }
}
