import Foundation
import TrainerCore
import TrainerStore

/// Whether generated shifts are what the store would hold: their actions, replayed by the engine
/// as `queue` does, give back the figures stored when they ended.
public enum SandboxReplay {
    /// Ids of finished shifts (every `every`-th) whose replay grades differently from what was stored.
    public static func mismatches(databaseAt path: String, every: Int = 1) throws -> [Int64] {
        let store = try Store(path: path)
        guard let lead = try store.account(named: ScaleNames.lead) else { throw GenerationError("no \(ScaleNames.lead) in \(path)") }
        return try store.finishedShifts(visibleTo: lead).filter { $0.id % Int64(max(1, every)) == 0 }
            .filter { ShiftKPIs($0.shift) != $0.report }.map(\.id)
    }
}
