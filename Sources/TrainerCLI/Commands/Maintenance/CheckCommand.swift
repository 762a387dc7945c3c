import ArgumentParser
import TrainerContent
import TrainerCore

struct CheckCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", _superCommandName: CommandTable.name,
        abstract: "Validate Curriculum/ and QuestionBanks/; print every problem, then item-writing warnings.",
        discussion: """
            Warnings (the item-writing lint, see QuestionBanks/README.md) do not fail the check \
            unless --strict is given. No other command runs the lint.
            """)
    static let access = Access.anyone
    static let runsOnBrokenContent = true

    @Flag(help: "Parse every file again instead of trusting the cache of unchanged content.")
    var fresh = false

    @Flag(help: "Treat item-writing warnings as errors (exit status 1 when there are any).")
    var strict = false

    func run(in session: Session) throws {
        switch session.loadContent(fresh: fresh) {
        case .success(let content):
            let curriculum = content.curriculum
            let questions = curriculum.banks.reduce(0) { $0 + $1.questions.count }
            session.say("Content OK: \(curriculum.plans.count) plans, \(curriculum.lessons.count) lessons, "
                + "\(curriculum.banks.count) banks with \(questions) questions, \(curriculum.exams.count) exams, "
                + "\(curriculum.scenarios.count) scenarios, \(curriculum.tickets.count) tickets, \(curriculum.replies.count) saved replies.")
            ExamPoolReport.say(for: curriculum, in: session)
            let lint = LintReport(linting: content)
            if !lint.isEmpty { session.say(lint.description) }
            if strict && !lint.isEmpty {
                throw CommandFailure("content has \(lint.warnings.count) lint warning\(lint.warnings.count == 1 ? "" : "s"); "
                    + "--strict treats them as errors")
            }
        case .failure(let report):
            session.say(report.description)
            throw CommandFailure("the content has problems (listed above)")
        }
    }
}
