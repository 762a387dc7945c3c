import Foundation
import PropertyBased
import Testing
import TrainerCore

/// A random exam world from a seed: pools, history, a blueprint and candidates.
struct ExamWorld {
    var blueprint: ExamBlueprint
    var banks: [QuestionBank]
    var history: ExamHistory
    var candidates: [String]
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    init(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        let topics = (0..<int(1...3)).map { "t\($0)" }
        banks = topics.map { topic in
            QuestionBank(topic: topic, title: topic, questions: (0..<int(0...24)).map { n in
                Question(id: "\(topic)-\(n)", topic: topic, prompt: "?", kind: int(0...2) == 0 ? .situational : .knowledge,
                         difficulty: int(1...3), pool: int(0...4) == 0 ? .practice : .exam,
                         options: (1...int(2...5)).map { AnswerOption(id: "\($0)", text: "o\($0)", isCorrect: $0 == 1) })
            })
        }
        let sections = topics.map { topic -> ExamBlueprint.Section in
            let count = int(1...5)
            return ExamBlueprint.Section(topic: topic, count: count, situational: int(0...min(2, count)))
        }
        blueprint = ExamBlueprint(id: "e", title: "E", minutes: 30, pass: 0.8, sections: sections,
                                  rotation: .init(restDays: int(0...120), retireAfter: 30))
        candidates = (0..<int(1...4)).map { "c\($0)" }
        let items = banks.flatMap(\.questions).map(\.id)
        var uses: [String: ExamHistory.ItemUse] = [:]
        for item in items where int(0...2) == 0 {
            uses[item] = .init(exposures: int(1...9), lastUsed: now.addingTimeInterval(-Double(int(0...200)) * 86_400))
        }
        var seen: [String: Set<String>] = [:]
        for candidate in candidates { seen[candidate] = Set(items.filter { _ in int(0...5) == 0 }) }
        history = ExamHistory(uses: uses, seen: seen, retired: Set(items.filter { _ in int(0...9) == 0 }))
    }

    func eligible(_ section: ExamBlueprint.Section, for candidate: String) -> [Question] {
        (banks.first { $0.topic == section.topic }?.questions ?? []).filter {
            $0.pool == .exam && !history.retired.contains($0.id) && !(history.seen[candidate] ?? []).contains($0.id)
                && !history.isResting($0.id, restDays: blueprint.rotation.restDays, at: now)
        }
    }

    func canFill(_ section: ExamBlueprint.Section, for candidate: String) -> Bool {
        let items = eligible(section, for: candidate)
        return items.count >= section.count && items.filter { $0.kind == .situational }.count >= section.situational
    }
}

@Suite struct ExamAssemblyProperties {
    static let worlds = Gen.int64().map { ExamWorld(seed: UInt64(bitPattern: $0)) }

    @Test func everyFormFollowsTheBlueprintAndRotationOrAssemblyNamesTheSection() async {
        await propertyCheck(count: 300, input: Self.worlds) { world in
            let result = FormAssembly.assemble(world.blueprint, candidates: world.candidates, banks: world.banks,
                                               history: world.history, at: world.now, seed: 7)
            let firstShort = world.blueprint.sections.first { section in
                world.candidates.contains { !world.canFill(section, for: $0) }
            }
            switch result {
            case .failure(let failure):
                #expect(failure.topic == firstShort?.topic)
                #expect(failure.shortfall > 0)
                #expect(failure.description.contains("section `\(failure.topic)`"))
            case .success(let session):
                #expect(firstShort == nil)
                #expect(session.forms.map(\.candidate) == world.candidates)
                for form in session.forms {
                    #expect(Set(form.questions.map(\.questionID)).count == form.questions.count, "an item twice on one form")
                    #expect(form.questions.count == world.blueprint.questionCount)
                    for section in world.blueprint.sections {
                        let items = form.questions.filter { $0.question.topic == section.topic }
                        let allowed = Set(world.eligible(section, for: form.candidate).map(\.id))
                        #expect(items.count == section.count)
                        #expect(items.filter { $0.question.kind == .situational }.count >= section.situational)
                        #expect(items.allSatisfy { allowed.contains($0.questionID) }, "seen, resting, retired or practice item served")
                        #expect(items.allSatisfy { Set($0.optionOrder) == Set($0.question.options.map(\.id)) })
                    }
                }
                // Parallel forms: one difficulty mix per section, unless reported as a gap.
                for section in world.blueprint.sections where !session.mixGaps.contains(where: { $0.topic == section.topic }) {
                    let mixes = Set(session.forms.map { form in
                        DifficultyMix(of: form.questions.filter { $0.question.topic == section.topic }.map(\.question))
                    })
                    #expect(mixes.count == 1)
                }
            }
        }
    }
}

extension ExamAssemblyProperties {
    /// The random worlds are not all easy or all impossible: both outcomes are exercised.
    @Test func theRandomWorldsExerciseBothOutcomes() {
        var filled = 0, failed = 0, withGaps = 0
        for seed in 0..<400 {
            let world = ExamWorld(seed: UInt64(seed))
            switch FormAssembly.assemble(world.blueprint, candidates: world.candidates, banks: world.banks,
                                         history: world.history, at: world.now, seed: 1) {
            case .success(let session):
                filled += 1
                if !session.mixGaps.isEmpty { withGaps += 1 }
            case .failure: failed += 1
            }
        }
        #expect(filled > 40 && failed > 40, "filled \(filled), failed \(failed)")
        #expect(withGaps > 0, "no world needed a closest mix")
    }
}

@Suite struct ExamAssemblyTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func bank(_ items: Int, situational: Int = 0) -> QuestionBank {
        QuestionBank(topic: "t", title: "T", questions: (0..<items).map { n in
            Question(id: "t-\(n)", topic: "t", prompt: "?", kind: n < situational ? .situational : .knowledge, pool: .exam,
                     options: [AnswerOption(id: "1", text: "a", isCorrect: true), AnswerOption(id: "2", text: "b", isCorrect: false)])
        })
    }

    func blueprint(count: Int, situational: Int = 0, restDays: Int = 90) -> ExamBlueprint {
        ExamBlueprint(id: "e", title: "E", minutes: 30, pass: 0.8, sections: [.init(topic: "t", count: count, situational: situational)],
                      rotation: .init(restDays: restDays))
    }

    @Test func theLeastExposedItemsComeFirst() throws {
        var uses: [String: ExamHistory.ItemUse] = [:]
        for n in 0..<6 { uses["t-\(n)"] = .init(exposures: n == 2 || n == 4 ? 0 : 5, lastUsed: now.addingTimeInterval(-400 * 86_400)) }
        let form = try FormAssembly.preview(blueprint(count: 2), banks: [bank(6)], history: ExamHistory(uses: uses), at: now, seed: 1).get()
        #expect(Set(form.questions.map(\.questionID)) == ["t-2", "t-4"])
    }

    @Test func formsOfOneSessionDifferWhileThePoolAllows() throws {
        let session = try FormAssembly.assemble(blueprint(count: 3), candidates: ["a", "b", "c"], banks: [bank(9)],
                                                history: .none, at: now, seed: 3).get()
        let sets = session.forms.map { Set($0.questions.map(\.questionID)) }
        #expect(sets[0].isDisjoint(with: sets[1]) && sets[1].isDisjoint(with: sets[2]) && sets[0].isDisjoint(with: sets[2]))
    }

    @Test func aRestingOrSeenItemIsNeverServedAndAShortPoolFailsNamingTheSection() {
        let history = ExamHistory(uses: ["t-0": .init(exposures: 1, lastUsed: now.addingTimeInterval(-10 * 86_400))],
                                  seen: ["ana": ["t-1"]], retired: ["t-2"])
        let result = FormAssembly.assemble(blueprint(count: 3), candidates: ["ana"], banks: [bank(5)], history: history, at: now, seed: 1)
        guard case .failure(let failure) = result else {
            Issue.record("a pool of 5 with 3 taken out cannot give 3 items")
            return
        }
        #expect(failure.description == "section `t` cannot be filled for ana: it needs 3 items, 2 are eligible (short by 1); the exam pool has 5: 1 seen before by ana, 1 resting, 1 retired")
    }

    @Test func theSituationalMinimumCanFailOnItsOwn() {
        let result = FormAssembly.preview(blueprint(count: 2, situational: 2), banks: [bank(6, situational: 1)], history: .none, at: now, seed: 1)
        guard case .failure(let failure) = result else {
            Issue.record("one situational item cannot meet a minimum of two")
            return
        }
        #expect(failure.shortfall == 1)
        #expect(failure.description.hasPrefix("section `t` cannot be filled: it needs 2 situational items, 1 are eligible (short by 1)"))
    }

    @Test func poolCapacityCountsDisjointFormsPerSection() {
        let capacity = PoolCapacity.sections(of: blueprint(count: 3, situational: 1), banks: [bank(10, situational: 2)])
        #expect(capacity.map(\.disjointForms) == [2])
        #expect(PoolCapacity.sections(of: blueprint(count: 4), banks: [bank(7)]).first?.isLow == true)
    }
}
