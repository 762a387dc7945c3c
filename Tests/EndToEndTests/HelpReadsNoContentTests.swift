import Foundation
import Testing
import TrainerTestSupport

/// Help and the version describe the program, never the content: they parse no file, so they
/// stay instant on 50,000 questions and answer on broken content. A command that does read the
/// content leaves a cache entry of each bank it parsed; help and the version leave none.
@Suite struct HelpReadsNoContentTests {
    let home = TemporaryDirectory()
    let content = TemporaryDirectory()

    init() {
        ContentFixture.write(to: content)
        content.write("QuestionBanks/broken.yaml", "topic: broken\ntitle: [unclosed\n")
    }

    var trainer: TrainerProcess {
        TrainerProcess(content: content.url.path, database: home.path("trainer.sqlite"), extra: ["HOME": home.url.path])
    }

    /// What the content cache holds.
    var cached: [String] { (try? FileManager.default.contentsOfDirectory(atPath: home.path(".cache/trainer"))) ?? [] }

    @Test func helpAndVersionParseNoContent() throws {
        for words in [["--help"], ["-h"], ["--version"], ["help"], ["help", "check"], ["today", "--help"]] {
            let result = try trainer.run(words)
            #expect(result.status == 0, "\(words): \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains("broken.yaml"), "\(words)")
            #expect(cached.isEmpty, "\(words) left \(cached)")
        }
        let check = try trainer.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("QuestionBanks/broken.yaml:") && check.stdout.contains("YAML syntax"), "\(check.stdout)")
        #expect(cached.filter { $0.hasPrefix("bank-") }.count == 2, "check parsed both banks: \(cached)")
    }
}
