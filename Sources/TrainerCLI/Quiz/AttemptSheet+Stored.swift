import TrainerCore
import TrainerStore

extension AttemptSheet {
    /// An attempt as it was served, from its frozen questions: later edits to the banks never
    /// reach it.
    init(_ stored: StoredAttempt) {
        self.init(entries: stored.answers.map { Entry(question: $0.question, optionOrder: $0.optionOrder, chosen: $0.chosen) })
    }
}
