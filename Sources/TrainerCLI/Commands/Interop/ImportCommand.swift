import ArgumentParser
import Foundation
import TrainerContent
import TrainerCore

/// `import FILE --format gift|moodle-xml --topic TOPIC`: a Moodle bank into `QuestionBanks/TOPIC.yaml`.
struct ImportCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", _superCommandName: CommandTable.name,
        abstract: "Import a Moodle GIFT or XML bank into QuestionBanks/TOPIC.yaml (leads).",
        discussion: """
            Multiple-choice and true/false questions are imported; other types are skipped, one line \
            each. A file with errors (unbalanced braces, a bad weight, broken XML) writes nothing. \
            An existing bank is kept unless --merge (add and update questions) or --replace is given.
            """)
    static let access = Access.atLeast(.lead)
    static let completion = CompletionKind.file
    // Importing is how a folder gets its first bank, and may fix one: it never needs valid content.
    static let runsOnBrokenContent = true

    @Argument(help: "The GIFT or Moodle XML file.") var file: String
    @Option(help: ArgumentHelp("gift or moodle-xml.", valueName: "gift|moodle-xml")) var format: String
    @Option(help: "The topic of the bank to write (a-z, 0-9, -).") var topic: String
    @Flag(help: "Add the questions to the existing bank; a question with the same id replaces the old one.") var merge = false
    @Flag(help: "Overwrite the existing bank.") var replace = false

    func run(in session: Session) throws {
        guard let format = InteropFormat(rawValue: format) else {
            throw CommandFailure("--format must be gift or moodle-xml, not `\(format)`")
        }
        guard ImportTarget.isValidTopic(topic) else { throw CommandFailure("the topic `\(topic)` must use only a-z, 0-9 and -") }
        if merge && replace { throw CommandFailure("choose --merge or --replace, not both") }
        let source = TypedPath(file, environment: session.environment).path
        guard let data = FileManager.default.contents(atPath: source) else { throw CommandFailure("cannot read \(file)") }

        let parsed = format.parse(Array(data), path: file)
        if !parsed.problems.isEmpty {
            parsed.problems.forEach { session.say($0.description) }
            throw CommandFailure("\(file) has \(plural(parsed.problems.count, "problem")) (listed above); nothing was written")
        }
        let imported = BankImport.bank(from: parsed, topic: topic)
        imported.skipped.forEach { session.say("\(file):\($0.line): skipped \($0.reason)") }

        guard !imported.bank.questions.isEmpty else {
            throw CommandFailure("\(file) has no question trainer can ask; nothing was written")
        }
        let target = ImportTarget(root: session.content.root, topic: topic)
        var bank = BankImport.avoiding(target.idsInOtherBanks(), in: imported.bank)
        if target.exists {
            guard merge || replace else {
                throw CommandFailure("\(target.displayPath) exists: add --merge to add these questions to it, "
                    + "or --replace to overwrite it; nothing was written")
            }
            if merge {
                switch target.existingBank() {
                case .success(let existing): bank = BankImport.merge(bank, into: existing)
                case .failure(let report):
                    session.say(report.description)
                    throw CommandFailure("cannot merge into \(target.displayPath) while it has problems; nothing was written")
                }
            }
        }
        try FileManager.default.createDirectory(atPath: target.folder, withIntermediateDirectories: true)
        do {
            try BankWriter.write(bank, to: target.path)
        } catch let report as ContentReport {
            session.say(report.description)
            throw CommandFailure("the imported bank would not pass `check`; nothing was written")
        }
        session.say("Wrote \(target.displayPath) (\(plural(bank.questions.count, "question"))).")
        session.say("imported \(imported.bank.questions.count), skipped \(imported.skipped.count)")
    }

    private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
}
