import Foundation
import Testing
import TrainerTestSupport

/// Four trainer processes write to one database file at once: nothing is lost and nobody sees
/// "database is locked".
@Suite struct ConcurrentWritersTests {
    @Test func fourProcessesAddAccountsAtOnce() async throws {
        let folder = TemporaryDirectory()
        ContentFixture.write(to: folder)
        let trainer = TrainerProcess(content: folder.url.path, database: folder.path("shared.sqlite"))
        let created = try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        #expect(created.status == 0)
        let env = ["TRAINER_PASSPHRASE": "lena-passphrase", "TRAINER_NEW_PASSPHRASE": "trainee-passphrase"]
        let perProcess = 4
        let outcomes = try await withThrowingTaskGroup(of: TrainerProcess.Outcome.self) { group in
            for writer in 1...4 {
                let script = (1...perProcess).map { "user add w\(writer)-\($0) --role trainee" }.joined(separator: "\n") + "\n"
                group.addTask { try trainer.run(["--as", "lena"], stdin: script, env: env) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for outcome in outcomes {
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(!outcome.stderr.lowercased().contains("locked"))
        }
        let listed = try trainer.run(["user", "list", "--json", "--as", "lena"], env: env)
        let names = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names?.count == 1 + 4 * perProcess)

        // Then four trainees answer quizzes at the same moment: every answer lands.
        let trainee = ["TRAINER_PASSPHRASE": "trainee-passphrase"]
        let quizzes = 5
        let answering = try await withThrowingTaskGroup(of: TrainerProcess.Outcome.self) { group in
            for writer in 1...4 {
                let script = String(repeating: "quiz fruit\na b\na\nsubmit\n", count: quizzes)
                group.addTask { try trainer.run(["--as", "w\(writer)-1"], stdin: script, env: trainee) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for outcome in answering {
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(!outcome.stderr.lowercased().contains("locked"))
        }
        let results = try trainer.run(["results", "--json", "--as", "lena"], env: env)
        let attempts = try #require(try JSONSerialization.jsonObject(with: Data(results.stdout.utf8)) as? [[String: Any]])
        #expect(attempts.count == 4 * quizzes)
        #expect(attempts.allSatisfy { $0["score"] as? Double == 1 })
        #expect(attempts.flatMap { $0["answers"] as? [[String: Any]] ?? [] }.count == 4 * quizzes * 2)
    }
}
