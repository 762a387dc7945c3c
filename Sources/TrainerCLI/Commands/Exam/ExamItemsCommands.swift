import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct ExamItemsCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "items", _superCommandName: CommandTable.name, abstract: "Item analysis: exposures, facility, discrimination, distractors, flags (leads).",
        discussion: """
            Facility is the mean credit; discrimination the corrected point-biserial (the item's credit against \
            the rest of the form). Flags: too-easy (facility > 0.95), too-hard (< 0.2), negative-discrimination \
            (check the key), unused-distractor (a wrong option nobody picks), over-exposed (exposures reach the \
            blueprint's retire_after). Statistical flags need at least 5 responses.
            """)
    static let access = Access.atLeast(.lead)

    @Argument(help: "Only this exam's attempts (default: every exam).") var exam: String?
    @Flag(help: "Only items with a flag that are not retired yet.") var flagged = false
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        struct Option: Encodable {
            var option: String
            var correct: Bool
            var share: Double
        }
        var item: String
        var topic: String
        var exposures: Int
        var responses: Int
        @NullWhenAbsent var facility: Double?
        @NullWhenAbsent var discrimination: Double?
        var options: [Option]
        var flags: [String]
        var retired: Bool
    }

    func run(in session: Session) throws {
        let blueprint = try exam.map { try session.blueprint(named: $0) }
        let retired = Set(try session.store.retirements().map(\.item))
        var rows: [(ItemStatistics, Bool)] = []
        for record in try session.store.itemRecords(exam: blueprint?.id) {
            guard let question = session.curriculum.question(record.item) else { continue }
            let stats = ItemStatistics.compute(question, sums: record.sums, exposures: record.exposures,
                                               retireAfter: retireAfter(for: question.topic, blueprint: blueprint, in: session))
            rows.append((stats, retired.contains(record.item)))
        }
        if flagged { rows = rows.filter { !$0.0.flags.isEmpty && !$0.1 } }
        if json {
            session.say(try JSONOutput.render(rows.map { stats, isRetired in
                Row(item: stats.item, topic: stats.topic, exposures: stats.exposures, responses: stats.responses,
                    facility: stats.facility, discrimination: stats.discrimination,
                    options: stats.optionShares.map { .init(option: $0.option, correct: $0.isCorrect, share: $0.share) },
                    flags: stats.flags.map(\.rawValue), retired: isRetired)
            }))
            return
        }
        guard !rows.isEmpty else {
            session.say(flagged ? "No flagged items." : "No exam items have been exposed yet.")
            return
        }
        session.say(session.table(["item", "topic", "exposed", "answers", "facility", "discr.", "options", "flags"], rows.map { stats, isRetired in
            [stats.item, stats.topic, "\(stats.exposures)", "\(stats.responses)", ExamView.decimal(stats.facility),
             ExamView.decimal(stats.discrimination), ExamView.optionShares(stats),
             (stats.flags.map(\.rawValue) + (isRetired ? ["retired"] : [])).joined(separator: ", ")]
        }))
        session.say(session.style.dim("Options in the bank's order, * marks a correct one. `exam retire ITEM --why ...` takes an item out of future forms."))
    }

    /// The exam's own limit, else the strictest limit of any exam drawing on the topic.
    private func retireAfter(for topic: String, blueprint: ExamBlueprint?, in session: Session) -> Int {
        if let blueprint { return blueprint.rotation.retireAfter }
        let limits = session.curriculum.exams.filter { $0.sections.contains { $0.topic == topic } }.map(\.rotation.retireAfter)
        return limits.min() ?? ExamBlueprint.Rotation().retireAfter
    }
}

struct ExamRetireCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire", _superCommandName: CommandTable.name, abstract: "Take an exam item out of future forms; past records keep it (leads).")
    static let access = Access.atLeast(.lead)

    @Argument(help: "The item id, e.g. triage-x012.") var item: String
    @Option(help: "Why (leaked, key disputed, outdated...).") var why: String

    func run(in session: Session) throws {
        guard !why.trimmingCharacters(in: .whitespaces).isEmpty else { throw CommandFailure("--why cannot be empty") }
        let examItems = session.curriculum.banks.flatMap(\.examQuestions).map(\.id)
        guard examItems.contains(item) else {
            let hint = Suggestion.closest(to: item, among: examItems).map { " Did you mean `\($0)`?" } ?? ""
            throw CommandFailure("no exam item `\(item)`.\(hint)")
        }
        guard try session.store.retireItem(item, why: why, by: try session.currentUser(), at: session.clock.now()) else {
            throw CommandFailure("\(item) is already retired")
        }
        session.say("Retired \(item): it leaves future forms; past attempts and reports keep it.")
    }
}
