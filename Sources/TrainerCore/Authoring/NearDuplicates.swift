/// Finds prompts whose word bigrams nearly coincide (Jaccard index >= 0.85), without comparing
/// every pair: a similarity join with prefix, length and position filters (PPJoin, Xiao et al. 2008).
///
/// Bigrams are ordered rarest first. Two sets with Jaccard >= t must share a bigram among the
/// first |A| - ceil(t|A|) + 1 of each, so only those "prefix" bigrams are indexed and probed, and
/// the common ones ("what do", "a customer") are almost never looked up. Index entries are
/// grouped by (set size, position of the bigram): a whole group is skipped when sizes differ too
/// much or too few bigrams remain after that position, so prompts sharing a template but not
/// similar enough cost one test per group, not one per prompt. Candidates are verified exactly.
struct NearDuplicates {
    /// The least similarity reported, as a fraction (85/100), kept exact in integers.
    static let thresholdNumerator = 85, thresholdDenominator = 100
    /// Bounds for a flood of prompts that are near-copies of one another, the only input that
    /// makes the index hand back thousands of candidates: per prompt, at most `candidates` are
    /// compared, and the search stops after `matches` near-duplicates. A flood may then be reported
    /// with other partners than the closest (each copy of a one-template flood still gets its
    /// warning, see the tests), and what is left shows up after a fix.
    struct Limits {
        var candidates = 200
        var matches = 8
        static let standard = Limits()
        static let none = Limits(candidates: .max, matches: .max)
    }

    /// A prompt, in lint order, and whether it is an exam item.
    struct Item {
        var prompt: String
        var isExam: Bool
    }

    /// A flagged item and the other item it nearly duplicates.
    struct Match: Hashable {
        var flagged: Int
        var partner: Int
        /// Shared bigrams over all bigrams of the two prompts.
        var shared: Int, union: Int
    }

    /// For each item that should change, its closest partner. In a pair the exam item is flagged
    /// when the pools differ (the practice item is the one trainees already know); otherwise the
    /// later item. Items are numbered by their position in `items`.
    ///
    /// Each item is compared with the items before it. The index holds every item, and a probe
    /// stops in each group at the first later record (records are in item order), so it meets the
    /// candidates a growing index would hand back, in the same order: the probes run on every core
    /// (unless `concurrently` is false: the tests compare both) and are kept in item order.
    static func matches(in items: [Item], limits: Limits = .standard, concurrently: Bool = true) -> [Match] {
        let sets = rankedSets(items.concurrentMap { Words.bigramHashes($0.prompt) })
        var index = PrefixIndex(tokenCount: sets.reduce(0) { max($0, ($1.last.map(Int.init) ?? -1) + 1) })
        for (record, set) in sets.enumerated() where !set.isEmpty { index.insert(set, record: Int32(record)) }
        let probes = stride(from: 0, to: sets.count, by: probeBatch).map { $0 ..< min($0 + probeBatch, sets.count) }
        let probe = { @Sendable [index] (batch: Range<Int>) in
            matches(of: batch, in: items, sets: sets, index: index, limits: limits)
        }
        var best: [Int: Match] = [:]
        for match in (concurrently ? probes.concurrentMap(probe) : probes.map(probe)).joined() {
            if let kept = best[match.flagged], kept.shared * match.union >= match.shared * kept.union { continue }
            best[match.flagged] = match
        }
        return best.values.sorted { $0.flagged < $1.flagged }
    }

    /// Items probed together: enough to keep both cores busy, few enough for one `seen` each.
    private static let probeBatch = 2_048

    /// The near-duplicates of each item of `batch` among the items before it, in item and then
    /// candidate order.
    private static func matches(of batch: Range<Int>, in items: [Item], sets: [[Int32]], index: PrefixIndex,
                                limits: Limits) -> [Match] {
        var found: [Match] = []
        var seen = [Int32](repeating: -1, count: items.count)
        var candidates: [Int32] = []
        for current in batch where !sets[current].isEmpty {
            let set = sets[current]
            candidates.removeAll(keepingCapacity: true)
            index.collect(candidatesFor: set, before: Int32(current), seen: &seen, into: &candidates, limit: limits.candidates)
            var count = 0
            for candidate in candidates.map(Int.init) {
                let other = sets[candidate]
                let shared = overlap(set, other), union = set.count + other.count - shared
                guard shared * thresholdDenominator >= thresholdNumerator * union else { continue }
                count += 1
                if count > limits.matches { break }
                let (flagged, partner) = items[current].isExam != items[candidate].isExam
                    ? (items[current].isExam ? (current, candidate) : (candidate, current))
                    : (current, candidate)
                found.append(Match(flagged: flagged, partner: partner, shared: shared, union: union))
            }
        }
        return found
    }

    /// Each set as sorted token ranks, rank 0 being the rarest bigram (ties by first appearance).
    private static func rankedSets(_ hashed: [[UInt64]]) -> [[Int32]] {
        var ids = DenseIDs(capacity: 1 << 16)
        var frequency: [Int32] = []
        let dense = hashed.map { set in
            set.map { hash -> Int32 in
                let (id, isNew) = ids.id(of: hash)
                if isNew { frequency.append(1) } else { frequency[Int(id)] += 1 }
                return id
            }
        }
        // Rarest first, then in order of first appearance: one number per bigram to sort.
        let order = frequency.indices.map { UInt64(frequency[$0]) << 32 | UInt64($0) }.sorted()
        var rank = [Int32](repeating: 0, count: frequency.count)
        for (position, key) in order.enumerated() { rank[Int(key & 0xFFFF_FFFF)] = Int32(position) }
        let ranks = rank
        return dense.concurrentMap { $0.map { ranks[Int($0)] }.sorted() }
    }

    /// The number of tokens two sorted sets share.
    private static func overlap(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// The least overlap a set of `size` needs with any set to reach the threshold: ceil(t * size).
    static func prefixLength(_ size: Int) -> Int {
        size - (thresholdNumerator * size + thresholdDenominator - 1) / thresholdDenominator + 1
    }
}

/// The inverted index over prefix tokens, grouped by (set size, token position).
private struct PrefixIndex: Sendable {
    private struct Group: Sendable {
        var size: Int
        var position: Int
        var records: [Int32]
    }

    private var groups: [Group] = []
    /// For each token rank, the groups holding it.
    private var groupsOfToken: [[Int]]
    /// Each group's index, by token, set size and position.
    private var groupByKey = DenseIDs(capacity: 1 << 16)

    init(tokenCount: Int) { groupsOfToken = Array(repeating: [], count: tokenCount) }

    mutating func insert(_ set: [Int32], record: Int32) {
        for position in 0..<NearDuplicates.prefixLength(set.count) {
            let token = Int(set[position])
            let key = UInt64(token) << 32 | UInt64(set.count) << 16 | UInt64(position)
            let (group, isNew) = groupByKey.id(of: key)
            if isNew {
                groupsOfToken[token].append(groups.count)
                groups.append(Group(size: set.count, position: position, records: [record]))
            } else {
                groups[Int(group)].records.append(record)
            }
        }
    }

    /// Records before `record` that may reach the threshold with `set`, each once (`seen` holds
    /// the last record that met it).
    func collect(candidatesFor set: [Int32], before record: Int32, seen: inout [Int32], into candidates: inout [Int32], limit: Int) {
        let size = set.count
        let (n, d) = (NearDuplicates.thresholdNumerator, NearDuplicates.thresholdDenominator)
        let smallest = (n * size + d - 1) / d, largest = d * size / n
        for position in 0..<NearDuplicates.prefixLength(size) {
            for groupIndex in groupsOfToken[Int(set[position])] {
                let group = groups[groupIndex]
                guard group.size >= smallest && group.size <= largest else { continue }
                // Overlap needed for J >= t: ceil(t / (1 + t) * (|A| + |B|)); at most what is left
                // after this shared token in both sets can still be shared.
                let needed = (n * (size + group.size) + n + d - 1) / (n + d)
                let possible = 1 + min(size - position - 1, group.size - group.position - 1)
                guard possible >= needed else { continue }
                for earlier in group.records {
                    guard earlier < record else { break }
                    guard seen[Int(earlier)] != record else { continue }
                    seen[Int(earlier)] = record
                    candidates.append(earlier)
                    if candidates.count >= limit { return }
                }
            }
        }
    }
}
