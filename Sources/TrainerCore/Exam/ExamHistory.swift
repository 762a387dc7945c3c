import Foundation

/// What earlier sessions left behind that rotation must respect: how often and how recently each
/// item was used, which items each candidate was already given, and which items were retired.
/// The store summarises this; assembly only reads it.
public struct ExamHistory: Sendable, Equatable {
    /// How often an item went out on a form, and the time of the latest session that used it.
    public struct ItemUse: Sendable, Equatable {
        public var exposures: Int
        public var lastUsed: Date

        public init(exposures: Int, lastUsed: Date) {
            self.exposures = exposures
            self.lastUsed = lastUsed
        }
    }

    public var uses: [String: ItemUse]
    /// Items on any earlier form of each candidate, in any exam.
    public var seen: [String: Set<String>]
    public var retired: Set<String>

    public init(uses: [String: ItemUse] = [:], seen: [String: Set<String>] = [:], retired: Set<String> = []) {
        self.uses = uses
        self.seen = seen
        self.retired = retired
    }

    public static let none = ExamHistory()

    public func exposures(of item: String) -> Int { uses[item]?.exposures ?? 0 }

    /// Used in a session less than `restDays` before `now` (or scheduled after it).
    public func isResting(_ item: String, restDays: Int, at now: Date) -> Bool {
        guard let last = uses[item]?.lastUsed else { return false }
        return last > now.addingTimeInterval(-Double(restDays) * 86_400)
    }
}
