import Foundation
import Testing
import TrainerTestSupport

/// Issue 9, point 21: every line of the README's tour runs on `--demo` as shown, as the role the
/// tour names, and what its comment promises is on screen.
@Suite struct ReadmeTourTests {
    struct Step: Sendable, CustomStringConvertible {
        var user: String
        var line: String
        var comment: String
        var description: String { "\(user): \(line)" }
    }

    /// The code blocks under "A tour by role", each run as the account its heading names.
    static let steps: [Step] = {
        let readme = (try? String(contentsOf: DemoCohort.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        guard let tour = readme.components(separatedBy: "## A tour by role").dropFirst().first?.components(separatedBy: "\n## ").first else { return [] }
        var steps: [Step] = [], user = "lena", inBlock = false
        for line in tour.components(separatedBy: "\n") {
            if line.hasPrefix("**Trainee**") { user = "tom" } else if line.hasPrefix("**Mentor**") { user = "mark" } else if line.hasPrefix("**Lead**") { user = "lena" }
            if line.hasPrefix("```") { inBlock.toggle(); continue }
            guard inBlock, !line.isEmpty else { continue }
            let parts = line.components(separatedBy: "  # ")
            steps.append(Step(user: user, line: parts[0].trimmingCharacters(in: .whitespaces),
                              comment: parts.dropFirst().joined(separator: "  # ").trimmingCharacters(in: .whitespaces)))
        }
        return steps
    }()

    @Test func theTourHasEveryRole() {
        #expect(Set(Self.steps.map(\.user)) == ["tom", "mark", "lena"])
        #expect(Self.steps.count >= 25)
    }

    /// A trainee's lines run one by one (a quiz would take the next lines as answers); a mentor's
    /// and a lead's run as one script each, in order, since later lines use earlier ones (maya).
    static let runs: [Step] = {
        let trainee = steps.filter { $0.user == "tom" }
        let blocks = ["mark", "lena"].map { user in
            Step(user: user, line: steps.filter { $0.user == user }.map(\.line).joined(separator: "\n"),
                 comment: steps.filter { $0.user == user }.map(\.comment).joined(separator: "\n"))
        }
        return trainee + blocks
    }()

    @Test(arguments: runs)
    func everyTourLineRunsOnTheDemo(_ step: Step) throws {
        let home = TemporaryDirectory()
        let trainer = DemoCohort.process(home: home, extra: ["TRAINER_PASSPHRASE": "demo-passphrase", "TRAINER_NEW_PASSPHRASE": "new-passphrase"])
        // A script: log in as the tour's role, then the line; interactive commands get answers.
        let answers = step.line == "self-review" ? "Numbers not swapping\nMonday mornings\nAgencies\n" : ""
        let result = try trainer.demo([], stdin: "login \(step.user)\n\(step.line)\n\(answers)")
        #expect(result.status == 0, "\(step): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(step): \(result.stderr)")
        if step.comment.hasPrefix("day 6 of 15") { #expect(result.stdout.contains("day 6 of 15")) }
        if step.comment.contains("meeting 2:") { #expect(result.stdout.contains("Wrote the sheet for meeting 2 with tom")) }
    }
}
