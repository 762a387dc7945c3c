import Foundation

/// A change a mentor or lead made to one trainee's plan, with who and why.
public struct PlanChange: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Move the remaining plan by `days` working days.
        case shift
        case pause, resume
        /// A remedial item on `day`.
        case add
        /// The plan (re)starts on `day`.
        case start
        /// A tick taken back (`done KEY --undo`); `itemKey` names the item.
        case untick
    }

    public var id: Int64
    public var kind: Kind
    public var day: Day
    public var days: Int
    public var planDay: Int?
    public var item: PlanItem?
    /// The item an `untick` is about.
    public var itemKey: String?
    public var why: String
    public var by: String

    public init(id: Int64, kind: Kind, day: Day, days: Int = 0, planDay: Int? = nil, item: PlanItem? = nil,
                itemKey: String? = nil, why: String, by: String) {
        self.id = id
        self.kind = kind
        self.day = day
        self.days = days
        self.planDay = planDay
        self.item = item
        self.itemKey = itemKey
        self.why = why
        self.by = by
    }
}

extension PlanItem {
    /// The kinds a mentor may add to one trainee's plan: those trainer can tell are done.
    public static let addable: Set<Kind> = [.task, .lesson, .quiz, .roleplay, .queue, .meeting, .exam]

    /// Reads an item as typed on the command line: `quiz:triage`, `lesson:triage`, `roleplay:vague-it-doesnt-work`, `task:Call a customer back`.
    public static func parse(_ text: String) -> PlanItem? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kind = PlanItem.Kind(rawValue: String(text[..<colon]).lowercased())
        let ref = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard let kind, !ref.isEmpty else { return nil }
        return PlanItem(kind: kind, ref: ref)
    }
}
