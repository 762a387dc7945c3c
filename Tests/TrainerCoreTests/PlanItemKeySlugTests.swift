import Testing
@testable import TrainerCore

/// Item keys are stored with every tick: the ASCII fast path of `PlanItemKey.slug` must give
/// exactly what the character-by-character rule gave (kept here as the oracle).
@Suite struct PlanItemKeySlugTests {
    static func oracle(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        var result = ""
        for word in words {
            let next = result.isEmpty ? String(word) : result + "-" + word
            if next.count > PlanItemKey.slugLimit { break }
            result = next
        }
        return result.isEmpty ? String(words.first?.prefix(PlanItemKey.slugLimit) ?? "item") : result
    }

    @Test func slugsAreWhatTheCharacterRuleGave() {
        var random = SeededGenerator(seed: 18)
        let alphabet: [Character] = Array("aZ09 -_,.:;!?@[]`{}~\t\r\n/&'\"xyzABCQ") + ["é", "e\u{301}", "ß", "😀", "–", "İ", "\r\n"]
        var texts = ["Accounts, laptop & paperwork", "", "   ", "--", String(repeating: "a", count: 45), "a b " + String(repeating: "c", count: 50),
                     "Team stand-up", "End of day: write down three questions for your mentor", "café au lait", "İstanbul ŞUBE"]
        for n in 0..<3_000 {
            // Every other text ASCII only: the fast path.
            let letters = n % 2 == 0 ? alphabet.filter { $0.isASCII } : alphabet
            texts.append(String((0..<Int.random(in: 0...70, using: &random)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }))
        }
        for text in texts { #expect(PlanItemKey.slug(text) == Self.oracle(text), "\(text.debugDescription)") }
    }
}
