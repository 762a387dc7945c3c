import TrainerCore
import TrainerStore

extension AttemptSheet {
    /// Rebuilds an attempt from the store against today's content; questions since removed from
    /// the banks are left out (their recorded credit still counts in the stored score).
    init(_ stored: StoredAttempt, curriculum: Curriculum) {
        self.init(entries: stored.answers.compactMap { answer in
            guard let question = curriculum.question(answer.questionID) else { return nil }
            let known = Set(question.options.map(\.id))
            // Options added after the draw are appended, so nothing is hidden.
            let order = answer.optionOrder.filter(known.contains) + question.options.map(\.id).filter { !answer.optionOrder.contains($0) }
            return Entry(question: question, optionOrder: order, chosen: answer.chosen)
        })
    }
}
