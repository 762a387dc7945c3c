import Foundation
import Testing
import TrainerCore
import TrainerStore
import TrainerTestSupport

/// `db backup` killed at random points leaves no file at the destination, or a complete one.
@Suite struct BackupCrashTests {
    @Test func aKilledBackupLeavesNothingOrAWholeCopy() throws {
        let folder = TemporaryDirectory()
        ContentFixture.write(to: folder)
        let path = folder.path("team.sqlite")
        let store = try Store(path: path)
        let lena = try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "lena-passphrase", iterations: 1_000), at: Date())
        // A few megabytes of history, so the copy takes long enough to be interrupted.
        let questions = (1...40).map { n in
            DrawnQuestion(question: Question(id: "q\(n)", topic: "t", prompt: String(repeating: "A long prompt \(n). ", count: 40), options: [
                AnswerOption(id: "1", text: "right \(n)", isCorrect: true), AnswerOption(id: "2", text: "wrong \(n)", isCorrect: false),
            ]), optionOrder: ["2", "1"])
        }
        for _ in 1...150 {
            _ = try store.startAttempt(for: lena, kind: .quiz, topic: "t", passMark: 0.8, questions: questions, at: Date())
        }
        let trainer = TrainerProcess(content: folder.url.path, database: path, extra: ["TRAINER_PASSPHRASE": "lena-passphrase"])

        var outcomes: [String] = []
        for run in 1...20 {
            let destination = folder.path("copy-\(run).sqlite")
            let process = Process()
            process.executableURL = TrainerProcess.binary
            process.arguments = ["db", "backup", destination, "--as", "lena"]
            process.environment = trainer.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...600_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: destination) {
                let health = Store.health(ofFileAt: destination)
                #expect(health.isHealthy, "run \(run): \(health.problems)")
                outcomes.append("complete")
            } else {
                outcomes.append("none")
            }
        }
        // The original is untouched by all of it.
        #expect(Store.health(ofFileAt: path).isHealthy)
        print("backups killed at random: \(outcomes.filter { $0 == "complete" }.count) complete, \(outcomes.filter { $0 == "none" }.count) absent")
    }
}
