import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore

/// Role-plays in the store: turns as taken, the verdict, the mentor's grade, who sees what.
@Suite struct RolePlayStoreTests {
    let store: Store
    let tom: Account, mark: Account, other: Account
    let script: RolePlayScript

    init() throws {
        store = try Store()
        try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: fast), at: now)
        mark = try store.addAccount(NewAccount(name: "mark", role: .mentor, passphrase: "x", iterations: fast), at: now)
        other = try store.addAccount(NewAccount(name: "otto", role: .mentor, passphrase: "x", iterations: fast), at: now)
        tom = try store.addAccount(NewAccount(name: "tom", role: .trainee, mentor: "mark", passphrase: "x", iterations: fast), at: now)
        let scenario = Scenario(
            id: "hello", title: "Hello", track: "basic", difficulty: .easy, brief: "Say hello.",
            customer: .init(name: "Ada", company: "Engines", tier: "Start", channel: .chat, mood: "calm", patience: 3),
            facts: [], start: "a", nodes: [.init(id: "a", say: ["Hi?"], transitions: [.init(when: .init(anyIntent: ["greeting"]), to: "b")]),
                                           .init(id: "b", say: ["Bye!"], ending: .resolved)])
        script = RolePlayScript(scenario, library: [Intent(id: "greeting", label: "greeting", patterns: [PhrasePattern("hello")])])
    }

    @Test func turnsAreKeptAsTakenAndTheStateIsRebuiltFromThem() throws {
        let id = try store.startRolePlay(for: tom, script: script, mode: .solo, passMark: 70, opening: ["Hi?"], at: now)
        try store.recordTurn(id, speaker: .agent, text: "hello there", intents: ["greeting"], at: now)
        try store.recordTurn(id, speaker: .customer, text: "Bye!", at: now)
        let open = try #require(try store.openRolePlay(for: tom, scenario: "hello"))
        #expect(open.turns.map(\.text) == ["Hi?", "hello there", "Bye!"])
        #expect(open.turns.map(\.speaker) == [.customer, .agent, .customer])
        #expect(open.state.ending == .resolved)
        #expect(open.script == script)
    }

    @Test func aFinishedRolePlayIsGradedByItsTraineesMentorOnly() throws {
        let id = try store.startRolePlay(for: tom, script: script, mode: .solo, passMark: 70, opening: [], at: now)
        try store.recordTurn(id, speaker: .agent, text: "hello", intents: ["greeting"], at: now)
        #expect(throws: StoreError.notAllowed("role-play \(id) is not finished: grade it once it has ended")) {
            try store.gradeRolePlay(id, by: mark, score: 80, comment: "ok", at: now)
        }
        let score = RolePlayScoring.score(script, RolePlayEngine.replay(script, lines: ["hello"]))
        try store.finishRolePlay(id, score: score, milestone: "d1-roleplay-hello", at: now)
        #expect(throws: StoreError.notAllowed("role-play \(id) has ended: its turns can no longer change")) {
            try store.recordTurn(id, speaker: .agent, text: "again", at: now)
        }
        #expect(try store.rolePlaysAwaitingGrade(of: tom) == 1)
        #expect(throws: StoreError.notFound("no role-play \(id) of one of your trainees")) {
            try store.gradeRolePlay(id, by: other, score: 10, comment: "not mine", at: now)
        }
        try store.gradeRolePlay(id, by: mark, score: 80, comment: "Good start", at: now)
        #expect(try store.rolePlaysAwaitingGrade(of: tom) == 0)
        let seen = try #require(try store.rolePlay(id, visibleTo: tom))
        #expect(seen.mentor == StoredRolePlay.MentorGrade(score: 80, comment: "Good start", by: "mark", at: now))
        #expect(seen.criteria == score.criteria)
        #expect(try store.rolePlay(id, visibleTo: other) == nil)
        #expect(try store.planFacts(for: tom).ticked.contains("d1-roleplay-hello") == score.passed)
        #expect(try store.passedScenarios(of: tom) == (score.passed ? ["hello"] : []))
    }

    /// Listings read no script: each listed role-play must equal the summary of the whole record
    /// (the reader that decodes scripts and turns is the oracle), for every viewer and with `latest`.
    @Test func listingsAreTheWholeRecordsWithoutTheirScripts() throws {
        var ids: [Int64] = []
        for n in 0..<7 {
            let id = try store.startRolePlay(for: tom, script: script, mode: n == 3 ? .live : .solo, partner: n == 3 ? mark : nil,
                                             passMark: 70, opening: ["Hi?"], at: now.addingTimeInterval(Double(n) * 60))
            ids.append(id)
            let line = n % 2 == 0 ? "hello" : "what"
            try store.recordTurn(id, speaker: .agent, text: line, intents: n % 2 == 0 ? ["greeting"] : [], at: now)
            if n == 1 { try store.recordTurn(id, speaker: .hint, text: "say hello", at: now) }
            switch n {
            case 0, 1, 3, 4:
                try store.finishRolePlay(id, score: RolePlayScoring.score(script, RolePlayEngine.replay(script, lines: [line])),
                                         milestone: nil, at: now.addingTimeInterval(30))
                if n != 4 { try store.gradeRolePlay(id, by: mark, score: 50 + n, comment: "n\(n)", at: now.addingTimeInterval(90)) }
            case 5: try store.abandonRolePlay(id, at: now)
            default: break
            }
        }
        _ = try store.startRolePlay(for: mark, script: script, mode: .solo, passMark: 70, opening: [], at: now)
        let lena = try #require(try store.account(named: "lena"))
        for viewer in [lena, mark, tom, other] {
            for (name, latest) in [(String?.none, Int?.none), ("tom", nil), ("tom", 3), (nil, 2)] {
                let whole = try store.writer.read { db in
                    var (filter, arguments) = Store.visibleUsers(to: viewer, named: name)
                    if let latest {
                        filter += " AND r.id IN (SELECT x.id FROM rolePlay x WHERE x.userId = r.userId ORDER BY x.id DESC LIMIT ?)"
                        arguments += [latest]
                    }
                    return try Store.rolePlays(where: filter, arguments: arguments, db)
                }
                let listed = try store.rolePlays(visibleTo: viewer, of: name, latest: latest)
                #expect(listed == whole.map(\.summary), "\(viewer.name) \(name ?? "all") \(latest ?? 0)")
            }
        }
        let all = try store.rolePlays(visibleTo: lena, of: "tom")
        #expect(all.map(\.id) == ids)
        #expect(Set(all.map(\.isFinished)) == [true, false] && all.contains { $0.mentor != nil } && all.contains { $0.mode == .live })
    }
}
