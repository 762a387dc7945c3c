import Foundation
import Testing
import TrainerTestSupport

/// Issue 9, points 13 and 14: a lead edits and restores accounts, removing a mentor needs a
/// successor, and a removed account's history stays reviewable.
@Suite struct AccountChangesEndToEndTests {
    let home = TemporaryDirectory()
    var trainer: TrainerProcess { DemoCohort.process(home: home) }

    @Test func aLeadEditsATraineeAndTheChangeIsLogged() throws {
        let result = try trainer.demo([], stdin: """
            user add maya --role mentor
            user edit tara --mentor maya --start 2026-11-24
            user edit tara
            user log tara
            user list --json

            """, env: ["TRAINER_NEW_PASSPHRASE": "maya-passphrase"])
        #expect(result.stderr == "error: say what changes: --mentor M, --track T or --start DATE\n")
        #expect(result.stdout.contains("Changed tara: mentor mark → maya, start 2026-11-23 → 2026-11-24.\n"))
        #expect(result.stdout.contains("2026-11-25 09:00 lena: mentor mark → maya, start 2026-11-23 → 2026-11-24\n"))
        let json = try #require(result.stdout.range(of: "[\n").map { String(result.stdout[$0.lowerBound...]) })
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == ["name", "role", "mentor", "track", "start", "removed"])
        let tara = try #require(rows.first { $0["name"] as? String == "tara" })
        #expect(tara["mentor"] as? String == "maya")
        #expect(tara["start"] as? String == "2026-11-24")
        #expect(tara["removed"] as? Bool == false)
    }

    @Test func aMentorWithTraineesIsRemovedOnlyWithASuccessor() throws {
        let result = try trainer.demo([], stdin: """
            user add maya --role mentor
            user remove mark
            user remove mark --reassign-to maya
            trainees

            """, env: ["TRAINER_NEW_PASSPHRASE": "maya-passphrase"])
        #expect(result.stderr == "error: `mark` still mentors tara, tom: remove with --reassign-to MENTOR, or move them first with `user edit NAME --mentor MENTOR`\n")
        #expect(result.stdout.contains("Removed mark. Their records stay for review (`user restore mark` reopens the account). tara, tom now have maya as mentor.\n"))
        #expect(result.stdout.contains("tara     maya"))
    }

    @Test func aRemovedAccountStaysReviewableAndComesBackWithRestore() throws {
        let result = try trainer.demo([], stdin: """
            user remove tom
            show tom
            results tom
            user list
            user add tom --role trainee --track support
            user restore tom
            whoami

            """)
        #expect(result.stdout.contains("tom (removed) · Technical support agent"), "\(result.stderr)")
        #expect(result.stdout.contains("tom (removed)  call-tracking"), "results of a removed trainee, marked")
        #expect(result.stdout.contains("removed"))
        #expect(result.stderr == "error: `tom` is a removed account: `user restore tom` brings it back with its history\n")
        #expect(result.stdout.contains("Restored tom (trainee); they can log in again with their passphrase.\n"))
        let login = try trainer.demo(["whoami", "--as", "tom"], env: ["TRAINER_PASSPHRASE": "demo-passphrase"])
        #expect(login.status == 0)
    }
}
