import ArgumentParser
import TrainerContent
import TrainerCore

struct CheckCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate Curriculum/ and QuestionBanks/; print every problem.")
    static let access = Access.anyone
    static let runsOnBrokenContent = true

    func run(in session: Session) throws {
        switch session.content.load() {
        case .success(let curriculum):
            let questions = curriculum.banks.reduce(0) { $0 + $1.questions.count }
            session.say("Content OK: \(curriculum.plans.count) plans, \(curriculum.lessons.count) lessons, "
                + "\(curriculum.banks.count) banks with \(questions) questions, \(curriculum.exams.count) exams.")
        case .failure(let report):
            session.say(report.description)
            throw CommandFailure("the content has problems (listed above)")
        }
    }
}
