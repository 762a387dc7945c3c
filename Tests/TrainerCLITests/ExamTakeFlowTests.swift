import Foundation
import Testing
@testable import TrainerCLI
import TrainerContent
import TrainerCore
import TrainerStore
import TrainerTestSupport

/// Lines typed at given moments: each line moves the clock to its time as it is read, so an
/// exam can run out while the candidate is answering.
final class TimedLineReader: LineReader, @unchecked Sendable {
    private var lines: [(String, Date)]
    private let lock = NSLock()
    private var current: Date

    init(_ lines: [(String, Date)], start: Date) {
        self.lines = lines
        current = start
    }

    var clock: Clock { Clock { [self] in lock.withLock { current } } }
    var isInteractive: Bool { false }

    func readLine(prompt: String, remember: Bool) -> LineInput {
        guard !lines.isEmpty else { return .endOfInput }
        let (line, time) = lines.removeFirst()
        lock.withLock { current = time }
        return .line(line)
    }

    func readSecret(prompt: String) -> String? { nil }
}

@Suite struct ExamTakeFlowTests {
    @Test func anAnswerTypedAfterTheDeadlineIsRefusedAndTheAttemptHandedIn() throws {
        let folder = TemporaryDirectory()
        ContentFixture.write(to: folder)
        folder.write("QuestionBanks/kitchen.yaml", "topic: kitchen\ntitle: Kitchen\nshuffle: false\nquestions:\n" + (1...4).map { n in
            "  - id: kitchen-x0\(n)\n    prompt: Kitchen question \(n)?\n    pool: exam\n    options:\n      - text: Right\n        correct: true\n      - text: Wrong\n"
        }.joined())
        folder.write("QuestionBanks/exams/kitchen-cert.yaml",
                     "exam: kitchen-cert\ntitle: Kitchen certification\nminutes: 30\npass: 0.5\nsections:\n  - topic: kitchen\n    count: 2\n")
        let curriculum = try ContentLoader(root: folder.url).load().get()
        let store = try Store()
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let lead = try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: 1_000), at: start)
        let tom = try store.addAccount(NewAccount(name: "tom", role: .trainee, track: "basic", passphrase: "x", iterations: 1_000), at: start)
        let blueprint = try #require(curriculum.exam("kitchen-cert"))
        let form = try FormAssembly.assemble(blueprint, candidates: ["tom"], banks: curriculum.banks, history: .none, at: start, seed: 1).get()
        _ = try store.openExamSession(blueprint, forms: [(candidate: tom, questions: form.forms[0].questions)], opensAt: start, by: lead, at: start)

        let reader = TimedLineReader([("exam take 1", start), ("a", start.addingTimeInterval(600)), ("a", start.addingTimeInterval(1_860))],
                                     start: start)
        let out = CapturedStream(), err = CapturedStream()
        let session = Session(store: store, curriculum: curriculum, content: ContentLoader(root: folder.url), clock: reader.clock,
                              input: reader, out: out, err: err, style: Style(enabled: false), mode: .script, environment: [:], user: tom)
        _ = REPL(session: session, dispatcher: Dispatcher()).run()

        #expect(out.text.contains("Time left: 30 min"))
        #expect(out.text.contains("Time left: 20 min"))
        #expect(err.text.contains("that answer was not recorded, and the attempt is submitted as it stands."))
        #expect(out.text.contains("Handed in: 1 of 2 answered. Your result is sealed until the lead closes session 1"))
        let attempt = try #require(try store.attempt(1, visibleTo: lead))
        #expect(attempt.answeredCount == 1 && attempt.isSubmitted)
        #expect(attempt.finishedAt == start.addingTimeInterval(1_800))
    }
}
