import Testing
@testable import TrainerCore

/// The indexed similarity join finds exactly what comparing every pair finds.
@Suite struct NearDuplicatesTests {
    /// Prompts from a small vocabulary, many of them edits of one another, so that many pairs sit
    /// near the threshold on both sides.
    func prompts(count: Int, seed: UInt64) -> [NearDuplicates.Item] {
        var generator = SeededGenerator(seed: seed)
        let vocabulary = (0..<40).map { "w\($0)" }
        var made: [[String]] = []
        for _ in 0..<count {
            if let base = made.randomElement(using: &generator), Bool.random(using: &generator) {
                var words = base
                for _ in 0..<Int.random(in: 0...2, using: &generator) {
                    let at = Int.random(in: 0..<words.count, using: &generator)
                    words[at] = vocabulary.randomElement(using: &generator) ?? "w0"
                }
                if Bool.random(using: &generator) { words.append(vocabulary.randomElement(using: &generator) ?? "w0") }
                made.append(words)
            } else {
                made.append((0..<Int.random(in: 1...30, using: &generator)).map { _ in vocabulary.randomElement(using: &generator) ?? "w0" })
            }
        }
        return made.map { NearDuplicates.Item(prompt: $0.joined(separator: " "), isExam: Bool.random(using: &generator)) }
    }

    /// Every pair compared: each flagged item with its best similarity, as shared/union.
    func bruteForce(_ items: [NearDuplicates.Item]) -> [Int: Double] {
        let sets = items.map { Set(Words.bigramHashes($0.prompt)) }
        var best: [Int: Double] = [:]
        for later in items.indices {
            for earlier in 0..<later where !sets[later].isEmpty && !sets[earlier].isEmpty {
                let shared = sets[later].intersection(sets[earlier]).count
                let union = sets[later].union(sets[earlier]).count
                guard shared * 100 >= 85 * union else { continue }
                let flagged = items[later].isExam != items[earlier].isExam ? (items[later].isExam ? later : earlier) : later
                best[flagged] = max(best[flagged] ?? 0, Double(shared) / Double(union))
            }
        }
        return best
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func findsWhatComparingEveryPairFinds(seed: UInt64) {
        let items = prompts(count: 400, seed: seed)
        let expected = bruteForce(items)
        let found = Dictionary(uniqueKeysWithValues: NearDuplicates.matches(in: items, limits: .none).map {
            ($0.flagged, Double($0.shared) / Double($0.union))
        })
        #expect(expected.count > 20, "the data has near-duplicates to find")
        #expect(found == expected)
    }

    @Test func aFloodOfNearCopiesStaysBoundedAndEveryCopyIsStillFlagged() {
        let template = "a customer on the growth plan writes that calls from the landing page stopped arriving after the weekend case"
        // 25 bigrams each, 23 shared: similarity 23/27 = 0.85 for every pair.
        let items = (0..<3_000).map { NearDuplicates.Item(prompt: "\(template) \($0) what do you do first now", isExam: false) }
        let matches = NearDuplicates.matches(in: items)
        let everyLaterCopy = matches.map(\.flagged) == Array(1..<3_000)
        #expect(everyLaterCopy, "\(matches.count) of 2,999 flagged")
    }

    /// The probes run on every core and their matches are kept in item order: the same partners
    /// as probing one item after another, also where the flood bounds cut the search short.
    @Test func probingOnEveryCoreFindsWhatProbingInTurnFinds() {
        let template = "a customer on the growth plan writes that calls from the landing page stopped arriving after the weekend case"
        let flood = (0..<5_000).map { NearDuplicates.Item(prompt: "\(template) \($0 % 700) what do you do first now", isExam: $0 % 3 == 0) }
        for items in [prompts(count: 6_000, seed: 9), flood] {
            let serial = NearDuplicates.matches(in: items, concurrently: false)
            #expect(serial.count > 500)
            #expect(NearDuplicates.matches(in: items) == serial)
        }
    }

    @Test func denseIDsNumberKeysInTheOrderFirstSeenAsTheTableGrows() {
        var generator = SeededGenerator(seed: 7)
        var table = DenseIDs(capacity: 4)
        var expected: [UInt64: Int32] = [:]
        // Keys that differ only in their low bits, and repeats, past several growths.
        for _ in 0..<20_000 {
            let key = UInt64.random(in: 0..<6_000, using: &generator) << (Bool.random(using: &generator) ? 0 : 40)
            let (id, isNew) = table.id(of: key)
            #expect(isNew == (expected[key] == nil))
            if isNew { expected[key] = Int32(expected.count) }
            #expect(id == expected[key])
        }
        #expect(table.count == expected.count && expected.count > 6_000)
    }

    @Test func wordsAreRunsOfLettersOrDigitsInAnyCase() {
        #expect(Words.bigramHashes("P1 outage: CALLS lost!") == Words.bigramHashes("p1 OUTAGE calls... lost"))
        #expect(Words.bigramHashes("calls lost") != Words.bigramHashes("lost calls"))
        #expect(Words.bigramHashes("one").isEmpty)
    }

    @Test func similarityIsShownInHundredthsRoundedDown() {
        #expect(ItemLint.hundredths(17, of: 20) == "0.85")
        #expect(ItemLint.hundredths(19, of: 20) == "0.95")
        #expect(ItemLint.hundredths(1, of: 30) == "0.03")
        #expect(ItemLint.hundredths(20, of: 20) == "1.00")
    }
}
