import Foundation
import TrainerCore
import Yams

/// Writes a bank in the format `check` reads (CONTENT-FORMAT.md): the fields in the documented
/// order, defaults left out, multi-line text as literal blocks.
public enum BankWriter {
    public static func yaml(_ bank: QuestionBank) throws -> String {
        var root: [(String, Node)] = [("topic", text(bank.topic)), ("title", text(bank.title))]
        if !bank.shuffle { root.append(("shuffle", flag(false))) }
        root.append(("questions", Node(bank.questions.map(question))))
        return try Yams.serialize(node: mapping(root), indent: 2, width: 100, allowUnicode: true, lineBreak: .ln)
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

    private static func question(_ question: Question) -> Node {
        var pairs: [(String, Node)] = [("id", text(question.id)), ("prompt", text(question.prompt))]
        if question.kind != .knowledge { pairs.append(("kind", text(question.kind.rawValue))) }
        if question.difficulty != 2 { pairs.append(("difficulty", Node(String(question.difficulty), Tag(.int)))) }
        if question.pool != .practice { pairs.append(("pool", text(question.pool.rawValue))) }
        if question.scoring != .partial { pairs.append(("scoring", text(question.scoring.rawValue))) }
        if question.shuffle == false { pairs.append(("shuffle", flag(false))) }
        pairs.append(("options", Node(question.options.enumerated().map { index, option in
            var fields: [(String, Node)] = []
            if option.id != String(index + 1) { fields.append(("id", text(option.id))) }
            fields.append(("text", text(option.text)))
            if option.isCorrect { fields.append(("correct", flag(true))) }
            if let feedback = option.feedback { fields.append(("feedback", text(feedback))) }
            if let weight = option.weight { fields.append(("weight", Node(String(weight), Tag(.float)))) }
            return mapping(fields)
        })))
        if let explanation = question.explanation { pairs.append(("explanation", text(explanation))) }
        return mapping(pairs)
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
        var owners: [String: String] = [:]
        var places: ContentPlaces = [:]
        guard let file = YAMLFile.parse(yaml, path: path, log: log),
              let bank = BankReader.read(file, expectedTopic: topic, owners: &owners, places: &places, log: log),
              !log.hasErrors else {
            return .failure(ContentReport(log.diagnostics))
        }
        return .success(bank)
    }
}
