// In-process benchmarks for the figures in Benchmarks/README.md. Run with
// `swift run -c release trainer-benchmarks`; prints medians and 95th percentiles. `--exams` runs
// the exam benchmarks instead (ExamBenchmarks.swift), `--export [ANSWERS]` the export benchmarks
// (ExportBenchmarks.swift); `generate` writes a synthetic organisation (GenerateVerb.swift).
import Foundation
import TrainerCLI
import TrainerContent
import TrainerCore
import TrainerScale
import TrainerStore

func measure(_ name: String, samples: Int, _ body: () throws -> Void) rethrows {
    var times: [Double] = []
    times.reserveCapacity(samples)
    for _ in 0..<samples {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    times.sort()
    let median = times[times.count / 2], p95 = times[Int(Double(times.count) * 0.95)]
    print(name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "median %8.3f ms   p95 %8.3f ms   (%d samples)", median, p95, samples))
}

/// A bank of 50 four-to-six-option questions with feedback and explanations, like the shipped ones.
func syntheticBank(questions: Int) -> QuestionBank {
    QuestionBank(topic: "bench", title: "Benchmark", questions: (1...questions).map { n in
        Question(id: "bench-\(n)", topic: "bench",
                 prompt: "A customer writes that calls stopped arriving at 9:00 and they are losing leads. Case \(n): what do you do first?",
                 kind: n % 3 == 0 ? .situational : .knowledge,
                 options: (1...(4 + n % 3)).map { o in
                     AnswerOption(id: "\(o)", text: "Option \(o): check the balance, the forwarding target and the status page", isCorrect: o <= 2,
                                  feedback: o > 2 ? "Tempting, but the customer is losing money right now." : nil)
                 },
                 explanation: "Urgency beats arrival order, and the customer always gets a time frame.")
    })
}

if let flag = CommandLine.arguments.firstIndex(of: "--export") {
    let answers = CommandLine.arguments.dropFirst(flag + 1).first.flatMap { Int($0) } ?? 1_000_000
    print("trainer export benchmarks · \(ProcessInfo.processInfo.processorCount) cores")
    try runExportBenchmarks(answers: answers, fillOnly: CommandLine.arguments.firstIndex(of: "--fill-only").flatMap { CommandLine.arguments.dropFirst($0 + 1).first })
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "generate" {
    try runGenerate(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
}

if CommandLine.arguments.contains("--sandbox") {
    print("trainer sandbox benchmarks · \(ProcessInfo.processInfo.processorCount) cores")
    runSandboxBenchmarks()
    exit(0)
}

if CommandLine.arguments.contains("--exams") {
    print("trainer exam benchmarks · \(ProcessInfo.processInfo.processorCount) cores")
    try runExamBenchmarks()
    exit(0)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let store = try Store(path: folder.appendingPathComponent("bench.sqlite").path)
let now = Date()
let trainee = try store.addAccount(NewAccount(name: "bench", role: .trainee, passphrase: "bench-passphrase", iterations: 1_000), at: now)
let bank = syntheticBank(questions: 50)
let drawn = QuizDraw.draw(from: bank.questions, count: 50, shuffle: true, seed: 42)

print("trainer benchmarks · \(ProcessInfo.processInfo.processorCount) cores · \(ProcessInfo.processInfo.operatingSystemVersionString)")

// One answer graded against its served copy and committed in its own WAL transaction, as the quiz
// does after every question.
var attemptID = try store.startAttempt(for: trainee, kind: .quiz, topic: "bench", passMark: 0.8,
                                       questions: drawn, at: now)
var position = 0
try measure("record one answer (WAL commit)", samples: 2_000) {
    if position == 50 {
        attemptID = try store.startAttempt(for: trainee, kind: .quiz, topic: "bench", passMark: 0.8,
                                           questions: drawn, at: now)
        position = 0
    }
    try store.recordAnswer(["1", "3"], attempt: attemptID, position: position, by: trainee, at: now)
    position += 1
}

// The full review of a finished 50-question attempt.
let finishedID = try store.startAttempt(for: trainee, kind: .quiz, topic: "bench", passMark: 0.8,
                                        questions: drawn, at: now)
for index in 0..<50 {
    try store.recordAnswer(["1", "3"], attempt: finishedID, position: index, by: trainee, at: now)
}
_ = try store.submitAttempt(finishedID, by: trainee, milestone: nil, at: now)
guard let finished = try store.attempt(finishedID, visibleTo: trainee) else { fatalError("the attempt just written is missing") }
var rendered = 0
measure("render a 50-question review", samples: 300) {
    rendered += ReviewView.render(finished, style: Style(enabled: true)).count
}
try measure("load and render a 50-question review", samples: 300) {
    guard let attempt = try store.attempt(finishedID, visibleTo: trainee) else { return }
    rendered += ReviewView.render(attempt, style: Style(enabled: true)).count
}

// The item-writing lint of `trainer check` over 50,000 questions in 50 banks, warnings formatted.
let largeContent = SyntheticBanks.make(questions: 50_000, banks: 50)
var warnings = 0
measure("lint 50,000 questions", samples: 7) {
    warnings = LintReport(linting: largeContent).warnings.count
}
print("  (\(warnings) warnings, \(ItemLint.findings(in: largeContent.curriculum.banks).filter { $0.rule == .nearDuplicate }.count) near-duplicates)")
// Its worst case: 50,000 prompts from one template, all near the similarity threshold.
let templated = SyntheticBanks.template(questions: 50_000)
measure("lint 50,000 templated prompts", samples: 5) {
    warnings = ItemLint.findings(in: templated.curriculum.banks).count
}
print("  (\(warnings) warnings)")

// Role-plays: one agent turn (intents, facts, patience, transition) against a 60-intent library,
// and loading every shipped scenario with the intent library (parse and validate, and from the
// content cache's JSON as start-up does).
let contentRoot = shippedContentRoot
let loader = ContentLoader(root: contentRoot)
guard case .success(let shipped) = loader.loadScenarios(), let outage = shipped.scenarios.first(where: { $0.id == "outage-losing-money" }) else {
    fatalError("the shipped scenarios do not load from \(contentRoot.path)")
}
// The shipped library, topped up to 60 with renamed copies so every pattern is tried on every turn.
var library = shipped.intents
var copy = 0
while library.count < 60 {
    var extra = shipped.intents[copy % shipped.intents.count]
    extra.id += "_copy\(copy)"
    library.append(extra)
    copy += 1
}
let script = RolePlayScript(outage, library: library)
let lines = [
    "Good morning, Tracklight support, my name is Alex. I'm sorry, I know how stressful this is, and I'll help you right away.",
    "Could I have the account e-mail or the project name, so I can look at your numbers?",
    "Thank you. Since when have calls stopped arriving, and how many clinics are affected?",
    "I'm escalating it to our incident team right now with your account, the time it started and the impact on all three clinics.",
]
var states = [RolePlayEngine.start(script).state]
for line in lines.dropLast() { states.append(RolePlayEngine.step(script, states[states.count - 1], line: line).state) }
var turn = 0, replies = 0
measure("role-play turn, \(library.count)-intent library", samples: 5_000) {
    replies += RolePlayEngine.step(script, states[turn % lines.count], line: lines[turn % lines.count]).reply.count
    turn += 1
}
measure("score a 7-turn role-play", samples: 2_000) {
    replies += RolePlayScoring.score(script, RolePlayEngine.replay(script, lines: lines)).score
}
measure("load all scenarios (parse, validate)", samples: 50) {
    if case .success(let loaded) = loader.loadScenarios() { replies += loaded.scenarios.count }
}
let intentLibraryFile = contentRoot.appendingPathComponent("Curriculum/scenarios/intents.yaml")
let libraryText = try String(contentsOf: intentLibraryFile, encoding: .utf8)
measure("  of which: compile the intent library", samples: 50) {
    replies += libraryText.split(separator: "\n").filter { $0.contains("      - ") }.map { PhrasePattern(String($0.dropFirst(8))) }.count
}
let cached = try JSONEncoder().encode(shipped.scenarios)
try measure("load all scenarios (from cache JSON)", samples: 200) {
    replies += try JSONDecoder().decode([Scenario].self, from: cached).count
}
print("  (\(shipped.scenarios.count) scenarios, \(shipped.intents.count) shipped intents, \(cached.count / 1024) KiB as JSON)")

// For scale: one passphrase hash at the stored iteration count (every login pays this once).
try measure("PBKDF2-SHA256, 600,000 iterations", samples: 10) {
    _ = try PassphraseHasher.hash("correct horse battery staple")
}
try? FileManager.default.removeItem(at: folder)
