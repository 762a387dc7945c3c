import ArgumentParser
import TrainerContent
import TrainerCore

struct CheckCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate Curriculum/ and QuestionBanks/; print every problem.")
    static let access = Access.anyone
    static let runsOnBrokenContent = true

    @Flag(help: "Parse every file again instead of trusting the cache of unchanged content.")
    var fresh = false

    func run(in session: Session) throws {
        switch session.loadContent(fresh: fresh) {
        case .success(let curriculum):
            let questions = curriculum.banks.reduce(0) { $0 + $1.questions.count }
            session.say("Content OK: \(curriculum.plans.count) plans, \(curriculum.lessons.count) lessons, "
                + "\(curriculum.banks.count) banks with \(questions) questions, \(curriculum.exams.count) exams, "
                + "\(curriculum.scenarios.count) scenarios.")
        case .failure(let report):
            session.say(report.description)
            throw CommandFailure("the content has problems (listed above)")
        }
    }
}
