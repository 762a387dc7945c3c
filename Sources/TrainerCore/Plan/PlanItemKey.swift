/// The stable identity of plan items, stored with every tick, meeting and change so that
/// editing plan.yaml (inserting, removing or reordering items) leaves history on its items.
///
/// An item's key is its author-given `id:`, else derived from the item itself within its day:
/// `d3-quiz-triage`, `d1-task-accounts-laptop-and-paperwork`. Two identical items on one day get
/// `-2`, `-3`. Items added to one trainee's plan are `+ID` (the change that added them). The
/// position (`3.2`, day 3 item 2) is only a shortcut for typing.
public enum PlanItemKey {
    static let slugLimit = 40

    /// Keys of one day's items, in order.
    public static func keys(for day: PlanDay) -> [String] {
        var used: [String: Int] = [:]
        return day.items.map { item in
            if let id = item.id { return id }
            let base = "d\(day.day)-\(item.kind.rawValue)-\(slug(item.ref))"
            used[base, default: 0] += 1
            let count = used[base] ?? 1
            return count == 1 ? base : "\(base)-\(count)"
        }
    }

    /// Keys of every day's items, day by day: worked out once per plan when many trainees
    /// share it (the mentor's desk), as slugs are not cheap.
    public static func keys(for plan: Plan) -> [[String]] { plan.days.map(keys(for:)) }

    /// The key of an item added by plan change `changeID`.
    public static func added(_ changeID: Int64) -> String { "+\(changeID)" }

    /// `Accounts, laptop & paperwork` → `accounts-laptop-paperwork`, at most `slugLimit` characters,
    /// cut at a word boundary.
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        var result = ""
        for word in words {
            let next = result.isEmpty ? String(word) : result + "-" + word
            if next.count > slugLimit { break }
            result = next
        }
        return result.isEmpty ? String(words.first?.prefix(slugLimit) ?? "item") : result
    }
}
