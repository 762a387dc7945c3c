import ArgumentParser
import TrainerContent
import TrainerCore

/// `export ...`: what trainer holds, in the formats other tools read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", _superCommandName: CommandTable.name, abstract: "Export banks and records for other tools.",
        subcommands: [ExportBankCommand.self, ExportResultsCommand.self])
}

/// `export bank TOPIC --format gift|moodle-xml [--out FILE]`: a bank that Moodle imports.
struct ExportBankCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank", _superCommandName: CommandTable.name,
        abstract: "Write a bank as Moodle GIFT or XML (leads).",
        discussion: """
            Every question becomes a Moodle multiple-choice question; its id, kind, difficulty, pool, \
            scoring and option order travel as the idnumber and trainer-* tags, so `import` gives \
            the same questions back. The file holds answer keys: it is created owner-only.
            """)
    static let access = Access.atLeast(.lead)
    static let completion = CompletionKind.topic

    @Argument(help: "The topic of the bank.") var topic: String
    @Option(help: ArgumentHelp("gift or moodle-xml.", valueName: "gift|moodle-xml")) var format: String
    @Option(help: ArgumentHelp("Write to FILE (created owner-only) instead of the screen.", valueName: "file")) var out: String?

    func run(in session: Session) throws {
        guard let format = InteropFormat(rawValue: format) else {
            throw CommandFailure("--format must be gift or moodle-xml, not `\(format)`")
        }
        guard let bank = session.curriculum.banks.first(where: { $0.topic == topic }) else {
            let topics = session.curriculum.banks.map(\.topic).sorted().joined(separator: ", ")
            throw CommandFailure("no bank `\(topic)`; the banks are: \(topics)")
        }
        let text = format.write(bank)
        guard let out else { return session.out.write(text) }
        let target = TypedPath(out, environment: session.environment)
        try target.requireFolder()
        try OwnerOnlyFile.write(text, to: target.path)
        let count = bank.questions.count
        session.say("Wrote \(count) question\(count == 1 ? "" : "s") of `\(topic)` to \(target.path) (\(format.rawValue)).")
    }
}

extension ExportBankCommand { var printsRawOutput: Bool { out == nil } }
