// `swift run -c release trainer-benchmarks --exams`: form assembly under rotation and item analysis.
import Foundation
import GRDB
import TrainerCore
import TrainerStore

/// 50,000 exam items in 10 topics, a 40-question blueprint (4 per topic, 1 situational), and the
/// exposure history 10,000 past sessions of 3 candidates left behind; then 1,000,000 recorded exam
/// answers (25,000 submitted 40-question attempts over a 1,000-item pool) for item analysis.
func runExamBenchmarks() throws {
    var random = SeededGenerator(seed: 2026)
    let topics = (0..<10).map { "topic-\($0)" }
    let banks = topics.map { topic in
        QuestionBank(topic: topic, title: topic, questions: (0..<5_000).map { n in
            Question(id: "\(topic)-\(n)", topic: topic, prompt: "Exam item \(n) of \(topic)?", kind: n % 4 == 0 ? .situational : .knowledge,
                     difficulty: n % 3 + 1, pool: .exam,
                     options: (1...4).map { AnswerOption(id: "\($0)", text: "Option \($0)", isCorrect: $0 == 1) })
        })
    }
    let blueprint = ExamBlueprint(id: "bench-cert", title: "Bench", minutes: 45, pass: 0.8,
                                  sections: topics.map { .init(topic: $0, count: 4, situational: 1) },
                                  rotation: .init(restDays: 90, retireAfter: 30))
    let now = Date()
    var uses: [String: ExamHistory.ItemUse] = [:]
    var seen: Set<String> = []
    for session in 0..<10_000 {
        let when = now.addingTimeInterval(-Double(Int.random(in: 0..<1_095, using: &random)) * 86_400)
        for _ in 0..<(3 * 40) {
            let item = "topic-\(Int.random(in: 0..<10, using: &random))-\(Int.random(in: 0..<5_000, using: &random))"
            let old = uses[item]
            uses[item] = .init(exposures: (old?.exposures ?? 0) + 1, lastUsed: max(old?.lastUsed ?? when, when))
            if session % 2_000 == 0 { seen.insert(item) }
        }
    }
    let history = ExamHistory(uses: uses, seen: ["candidate": seen], retired: Set((0..<200).map { "topic-0-\($0)" }))
    print("exam history: \(uses.count) items used, \(uses.values.reduce(0) { $0 + $1.exposures }) exposures, \(seen.count) seen by the candidate")
    var served = 0
    measure("assemble a 40-question form (50k pool)", samples: 50) {
        if case .success(let session) = FormAssembly.assemble(blueprint, candidates: ["candidate"], banks: banks, history: history,
                                                              at: now, seed: UInt64(served)) {
            served += session.forms[0].questions.count
        }
    }
    measure("assemble 3 parallel forms (50k pool)", samples: 30) {
        if case .success(let session) = FormAssembly.assemble(blueprint, candidates: ["candidate", "b", "c"], banks: banks,
                                                              history: history, at: now, seed: UInt64(served)) {
            served += session.forms.count
        }
    }

    // Item analysis: a real WAL database with 1,000,000 answers, written in bulk for the set-up.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-exam-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("bench.sqlite").path
    let store = try Store(path: path)
    let lead = try store.addAccount(NewAccount(name: "lead", role: .lead, passphrase: "bench-passphrase", iterations: 1_000), at: now)
    let pool = (0..<1_000).map { n in
        Question(id: "item-\(n)", topic: "topic-\(n % 10)", prompt: "Item \(n)?", pool: .exam,
                 options: (1...4).map { AnswerOption(id: "\($0)", text: "Option \($0)", isCorrect: $0 == 1) })
    }
    let sessionID = try store.openExamSession(blueprint, forms: [(candidate: lead, questions: [DrawnQuestion(question: pool[0], optionOrder: ["1", "2", "3", "4"])])],
                                              opensAt: now, by: lead, at: now)
    let setUp = DispatchTime.now().uptimeNanoseconds
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
        let attempt = try db.makeStatement(sql: """
            INSERT INTO attempt (id, userId, kind, topic, passMark, startedAt, finishedAt, score, passed, examSessionId, deadline)
            VALUES (?, ?, 'exam', 'bench-cert', 0.8, ?, ?, ?, ?, ?, ?)
            """)
        let answer = try db.makeStatement(sql: """
            INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, chosen, credit, answeredAt)
            VALUES (?, ?, ?, ?, '1,2,3,4', ?, ?, ?)
            """)
        // What submitting each attempt adds to the item-analysis sums (Store.recordForAnalysis).
        let analysed = try db.makeStatement(sql: """
            INSERT INTO examItemSums (exam, questionId, chosen, responses, x, y, xx, yy, xy) VALUES ('bench-cert', ?, ?, 1, ?, ?, ?, ?, ?)
            ON CONFLICT (exam, questionId, chosen) DO UPDATE SET responses = responses + 1, x = x + excluded.x,
                y = y + excluded.y, xx = xx + excluded.xx, yy = yy + excluded.yy, xy = xy + excluded.xy
            """)
        for id in 1...25_000 {
            let ability = Double.random(in: 0.2...0.95, using: &random)
            var items = Set<Int>()
            while items.count < 40 { items.insert(Int.random(in: 0..<1_000, using: &random)) }
            let rights = items.map { _ in Double.random(in: 0..<1, using: &random) < ability }
            let score = Double(rights.filter { $0 }.count) / 40
            try attempt.execute(arguments: [id, lead.id, now, now, score, score >= 0.8, sessionID, now])
            for (position, (item, right)) in zip(items, rights).enumerated() {
                let chosen = right ? "1" : "\(Int.random(in: 2...4, using: &random))"
                try answer.execute(arguments: [id, position, "item-\(item)", "topic-\(item % 10)", chosen, right ? 1.0 : 0.0, now])
                let x = right ? 1.0 : 0.0, y = score * 40 - x
                try analysed.execute(arguments: ["item-\(item)", chosen, x, y, x * x, y * y, x * y])
            }
        }
        // Every pool item went out on about 1,000 forms.
        let use = try db.makeStatement(sql: "INSERT INTO examItemUse (questionId, exam, topic, exposures, lastUsedAt) VALUES (?, 'bench-cert', ?, 1000, ?) ON CONFLICT (questionId, exam) DO NOTHING")
        for question in pool { try use.execute(arguments: [question.id, question.topic, now]) }
    }
    print(String(format: "set-up: 1,000,000 exam answers written in %.1f s", Double(DispatchTime.now().uptimeNanoseconds - setUp) / 1e9))
    // The same history in the database: one row per used item, as `exam open` reads it.
    try queue.write { db in
        let use = try db.makeStatement(sql: """
            INSERT INTO examItemUse (questionId, exam, topic, exposures, lastUsedAt) VALUES (?, 'bench-cert', '', ?, ?)
            """)
        for (item, value) in uses { try use.execute(arguments: [item, value.exposures, value.lastUsed]) }
    }
    measure("read the history (\(uses.count / 1_000)k items) + assemble", samples: 30) {
        guard let stored = try? store.examHistory(for: [lead]) else { return }
        if case .success(let session) = FormAssembly.assemble(blueprint, candidates: [lead.name], banks: banks, history: stored,
                                                              at: now, seed: UInt64(served)) {
            served += session.forms[0].questions.count
        }
    }
    var flagged = 0
    try measure("item analysis over 1,000,000 answers", samples: 7) {
        let records = try store.itemRecords()
        let byID = Dictionary(uniqueKeysWithValues: pool.map { ($0.id, $0) })
        for record in records {
            guard let question = byID[record.item] else { continue }
            flagged += ItemStatistics.compute(question, sums: record.sums, exposures: record.exposures, retireAfter: 30).flags.count
        }
    }
}
