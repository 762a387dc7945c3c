import TrainerCore
import TrainerStore

/// Ties records written before schema v4 to the content, once, when the content is first loaded
/// after the upgrade (see `Store.upgradeLegacyRecords`).
enum LegacyUpgrade {
    static func run(in session: Session) throws {
        guard try session.store.hasLegacyRecords() else { return }
        let curriculum = session.curriculum
        let count = try session.store.upgradeLegacyRecords(question: curriculum.question, plan: curriculum.plan)
        if count > 0 {
            session.warn("Upgraded the records: \(count) earlier attempt\(count == 1 ? "" : "s") now keep their questions as they stand today (marked reconstructed).")
        }
    }
}
