import Foundation

/// One candidate's exam form: the items as drawn, section by section, with option orders.
public struct ExamForm: Sendable, Hashable {
    public var candidate: String
    public var questions: [DrawnQuestion]

    public init(candidate: String, questions: [DrawnQuestion]) {
        self.candidate = candidate
        self.questions = questions
    }
}

/// The forms of one session, and where the pool could not give every form the same difficulty mix.
public struct AssembledSession: Sendable, Hashable {
    /// A section whose forms differ in difficulty mix because the pool had no common one.
    public struct MixGap: Sendable, Hashable {
        public var topic: String
        public var mixes: [String: DifficultyMix]
    }

    public var forms: [ExamForm]
    public var mixGaps: [MixGap]
}

/// Why a session cannot be assembled: a section the pool cannot fill for some candidate.
public struct AssemblyFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var topic: String
    /// nil for a preview, or when no candidate could be served.
    public var candidate: String?
    public var needed: Int
    public var eligible: Int
    public var neededSituational: Int
    public var eligibleSituational: Int
    /// Items of the pool taken out, by reason: seen before, resting, retired.
    public var seenBefore: Int
    public var resting: Int
    public var retired: Int

    public var shortfall: Int { max(needed - eligible, neededSituational - eligibleSituational) }

    public var description: String {
        let who = candidate.map { " for \($0)" } ?? ""
        var text = "section `\(topic)` cannot be filled\(who): "
        if eligible < needed {
            text += "it needs \(needed) items, \(eligible) are eligible (short by \(needed - eligible))"
        } else {
            text += "it needs \(neededSituational) situational items, \(eligibleSituational) are eligible (short by \(neededSituational - eligibleSituational))"
        }
        let pool = eligible + seenBefore + resting + retired
        return text + "; the exam pool has \(pool): \(seenBefore) seen before\(who.isEmpty ? "" : " by \(candidate ?? "")"), \(resting) resting, \(retired) retired"
    }
}

/// Builds exam forms from the topics' exam pools under the rotation rules. Pure and seeded.
///
/// Per section and candidate: only `pool: exam` items of the section's topic; never an item the
/// candidate was given in an earlier exam; never an item used in a session less than `rest_days`
/// ago; never a retired item; at least `situational` situational items. Among the eligible the
/// least exposed come first (counting the forms already built for this session, so forms of one
/// session differ as much as the pool allows), ties broken by the seed. All forms of a session
/// share one difficulty mix per section when the pool allows (preferring a mix the pool can give
/// every form without sharing items, then the pool's own proportions); otherwise each candidate
/// gets the feasible mix closest to those proportions and the gap is reported. A section that cannot be filled fails the
/// whole session: never a silent repeat.
public enum FormAssembly {
    public static func assemble(
        _ blueprint: ExamBlueprint, candidates: [String], banks: [QuestionBank], history: ExamHistory,
        at now: Date, seed: UInt64
    ) -> Result<AssembledSession, AssemblyFailure> {
        var generator = SeededGenerator(seed: seed)
        var formItems: [String: [DrawnQuestion]] = [:]
        var gaps: [AssembledSession.MixGap] = []
        for section in blueprint.sections {
            let bank = banks.first { $0.topic == section.topic }
            // Items are handled by their index in the bank: no copies of questions, one look-up
            // of each item's history.
            let all = bank?.questions ?? []
            let shuffles = bank?.shuffle ?? true
            var exposures = [Int](repeating: 0, count: all.count)
            var tieBreak = [UInt64](repeating: 0, count: all.count)
            var open: [Int] = []
            var resting = 0, retired = 0
            let restingSince = now.addingTimeInterval(-Double(blueprint.rotation.restDays) * 86_400)
            for index in all.indices where all[index].pool == .exam {
                let id = all[index].id
                tieBreak[index] = generator.next()
                let use = history.uses[id]
                exposures[index] = use?.exposures ?? 0
                if !history.retired.isEmpty, history.retired.contains(id) { retired += 1 }
                else if let use, use.lastUsed > restingSince { resting += 1 }
                else { open.append(index) }
            }
            var eligible: [String: [Int]] = [:]
            for candidate in candidates {
                let seen = history.seen[candidate] ?? []
                let items = seen.isEmpty ? open : open.filter { !seen.contains(all[$0].id) }
                let situational = items.filter { all[$0].kind == .situational }.count
                if items.count < section.count || situational < section.situational {
                    return .failure(AssemblyFailure(
                        topic: section.topic, candidate: items.count < open.count ? candidate : nil,
                        needed: section.count, eligible: items.count, neededSituational: section.situational,
                        eligibleSituational: situational, seenBefore: open.count - items.count, resting: resting, retired: retired))
                }
                eligible[candidate] = items
            }
            if candidates.isEmpty { continue }
            let counts = eligible.mapValues { LevelCounts($0.lazy.map { all[$0] }) }
            let union = LevelCounts(open.lazy.map { all[$0] })
            let shared = sharedMix(for: section, eligible: candidates.compactMap { counts[$0] }, union: union)
            var sessionUses = [Int](repeating: 0, count: all.count)
            var mixes: [String: DifficultyMix] = [:]
            for candidate in candidates {
                let items = eligible[candidate] ?? []
                let mix = shared ?? closestFeasibleMix(for: section, available: counts[candidate] ?? LevelCounts([]), union: union)
                mixes[candidate] = mix
                // Least exposed first, counting this session's forms so far; the seed breaks ties.
                let ranked = items.sorted { a, b in
                    (exposures[a] + sessionUses[a], tieBreak[a]) < (exposures[b] + sessionUses[b], tieBreak[b])
                }
                let chosen = pick(section, mix: mix, ranked: ranked, in: all)
                for index in chosen { sessionUses[index] += 1 }
                var ordered = chosen.map { all[$0] }
                ordered.shuffle(using: &generator)
                formItems[candidate, default: []] += ordered.map { QuizDraw.serve($0, shuffle: shuffles, using: &generator) }
            }
            if shared == nil { gaps.append(.init(topic: section.topic, mixes: mixes)) }
        }
        return .success(AssembledSession(
            forms: candidates.map { ExamForm(candidate: $0, questions: formItems[$0] ?? []) }, mixGaps: gaps))
    }

    /// A form a lead may look at: assembled for a candidate with no history, nothing recorded.
    public static func preview(
        _ blueprint: ExamBlueprint, banks: [QuestionBank], history: ExamHistory, at now: Date, seed: UInt64
    ) -> Result<ExamForm, AssemblyFailure> {
        assemble(blueprint, candidates: ["(preview)"], banks: banks, history: history, at: now, seed: seed)
            .map { $0.forms[0] }
    }

    // MARK: - Difficulty mixes

    /// How many items, and situational items, a candidate may be given at each level.
    struct LevelCounts {
        var items = [0, 0, 0]
        var situational = [0, 0, 0]

        init(_ questions: some Sequence<Question>) {
            for question in questions {
                let index = DifficultyMix.level(of: question) - 1
                items[index] += 1
                if question.kind == .situational { situational[index] += 1 }
            }
        }
    }

    /// Whether `mix` can be drawn from items counted as `available` with the situational minimum.
    static func isFeasible(_ mix: DifficultyMix, for section: ExamBlueprint.Section, available: LevelCounts) -> Bool {
        var situationalReachable = 0
        for index in 0..<3 {
            guard available.items[index] >= mix.counts[index] else { return false }
            situationalReachable += min(mix.counts[index], available.situational[index])
        }
        return situationalReachable >= section.situational
    }

    /// The mix every candidate's eligible items allow; among those, one the pool can give every
    /// form without sharing items if there is one, then the one closest to the pool's proportions.
    static func sharedMix(for section: ExamBlueprint.Section, eligible: [LevelCounts], union: LevelCounts) -> DifficultyMix? {
        let ideal = idealMix(for: section, union: union)
        let forms = eligible.count
        let everyForm = ExamBlueprint.Section(topic: section.topic, count: section.count * forms, situational: section.situational * forms)
        func rank(_ mix: DifficultyMix) -> (Int, Int) {
            let disjoint = isFeasible(DifficultyMix(counts: mix.counts.map { $0 * forms }), for: everyForm, available: union)
            return (disjoint ? 0 : 1, mix.distance(to: ideal))
        }
        return DifficultyMix.all(total: section.count)
            .filter { mix in eligible.allSatisfy { isFeasible(mix, for: section, available: $0) } }
            .min { rank($0) < rank($1) }
    }

    static func closestFeasibleMix(for section: ExamBlueprint.Section, available: LevelCounts, union: LevelCounts) -> DifficultyMix {
        let ideal = idealMix(for: section, union: union)
        return DifficultyMix.all(total: section.count).filter { isFeasible($0, for: section, available: available) }
            .min { $0.distance(to: ideal) < $1.distance(to: ideal) } ?? ideal
    }

    /// The pool's proportions scaled to the section's count (largest remainders).
    static func idealMix(for section: ExamBlueprint.Section, union: LevelCounts) -> DifficultyMix {
        let pool = DifficultyMix(counts: union.items)
        guard pool.total > 0 else { return DifficultyMix(counts: [0, section.count, 0]) }
        let exact = pool.counts.map { Double($0 * section.count) / Double(pool.total) }
        var counts = exact.map { Int($0) }
        let order = exact.indices.sorted { exact[$0] - Double(counts[$0]) > exact[$1] - Double(counts[$1]) }
        for index in order.prefix(section.count - counts.reduce(0, +)) { counts[index] += 1 }
        return DifficultyMix(counts: counts)
    }

    // MARK: - Picking

    /// From items in rank order: the first of each level, situational ones first until the minimum holds.
    static func pick(_ section: ExamBlueprint.Section, mix: DifficultyMix, ranked: [Int], in all: [Question]) -> [Int] {
        var slots = mix.counts
        var chosen: [Int] = []
        var taken = Set<Int>()
        // Feasibility guarantees that each situational pick keeps the rest reachable.
        for index in ranked where chosen.count < section.situational && all[index].kind == .situational {
            let level = DifficultyMix.level(of: all[index]) - 1
            guard slots[level] > 0 else { continue }
            slots[level] -= 1
            chosen.append(index)
            taken.insert(index)
        }
        for index in ranked where chosen.count < section.count && !taken.contains(index) {
            let level = DifficultyMix.level(of: all[index]) - 1
            guard slots[level] > 0 else { continue }
            slots[level] -= 1
            chosen.append(index)
        }
        return chosen
    }
}
