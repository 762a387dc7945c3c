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
        // ASCII text (most plan items) by bytes: there a character is a byte, a letter or digit
        // is [A-Za-z0-9], and the result is what the general rule below gives.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        var result = ""
        for word in words {
            let next = result.isEmpty ? String(word) : result + "-" + word
            if next.count > slugLimit { break }
            result = next
        }
        return result.isEmpty ? String(words.first?.prefix(slugLimit) ?? "item") : result
    }

    private static func asciiSlug(_ text: String) -> String {
        let words = text.utf8.split { !(($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A)) }
        var result: [UInt8] = []
        for word in words {
            let length = result.isEmpty ? word.count : result.count + 1 + word.count
            if length > slugLimit { break }
            if !result.isEmpty { result.append(UInt8(ascii: "-")) }
            result.append(contentsOf: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        }
        if result.isEmpty { result = words.first.map { $0.prefix(slugLimit).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } } ?? Array("item".utf8) }
        return String(decoding: result, as: UTF8.self)
    }
}
