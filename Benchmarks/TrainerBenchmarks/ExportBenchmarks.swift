// `trainer-benchmarks --export [ANSWERS]`: `trainer export results` over a million answers, as CSV
// and as xAPI, run as the real release binary so that time and peak memory are the command's own.
import Foundation
import GRDB
import TrainerCore
import TrainerStore

/// Fills a database with `answers` answers: 100 trainees with a mentor each among 10, quizzes of
/// 10 questions from one 50-question bank (the served copies stored once, as the store does),
/// every answer graded, every attempt submitted. Rows go in through plain SQL in one transaction:
/// the filler is not what is measured.
func fillExportDatabase(at path: String, answers: Int) throws {
    let store = try Store(path: path)
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "bench-passphrase", iterations: 1_000), at: now)
    var trainees: [Account] = []
    for m in 0..<10 {
        try store.addAccount(NewAccount(name: "mentor\(m)", role: .mentor, passphrase: "bench-passphrase", iterations: 1_000), at: now)
        for t in 0..<10 {
            trainees.append(try store.addAccount(NewAccount(name: "trainee\(m)-\(t)", role: .trainee, mentor: "mentor\(m)",
                                                            passphrase: "bench-passphrase", iterations: 1_000), at: now))
        }
    }
    // One real attempt stores the 50 served questions; the filler reuses their hashes.
    let bank = syntheticBank(questions: 50)
    let drawn = QuizDraw.draw(from: bank.questions, count: 50, shuffle: true, seed: 7)
    _ = try store.startAttempt(for: trainees[0], kind: .quiz, topic: "bench", passMark: 0.8, questions: drawn, at: now)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
        let served = try Row.fetchAll(db, sql: "SELECT questionId, servedHash, optionOrder, servedId FROM attemptQuestion WHERE attemptId = 1 ORDER BY position")
        try db.execute(sql: "DELETE FROM attemptQuestion")
        try db.execute(sql: "DELETE FROM attempt")
        let attempt = try db.makeStatement(sql: """
            INSERT INTO attempt (id, userId, kind, topic, passMark, startedAt, finishedAt, abandoned, score, passed)
            VALUES (?, ?, 'quiz', 'bench', 0.8, ?, ?, 0, ?, ?)
            """)
        let answer = try db.makeStatement(sql: """
            INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, chosen, credit, answeredAt, servedHash, servedId)
            VALUES (?, ?, ?, 'bench', ?, ?, ?, ?, ?, ?)
            """)
        let perAttempt = 10
        for a in 0..<(answers / perAttempt) {
            let started = "2026-11-\(String(format: "%02d", 1 + a % 28)) 09:\(String(format: "%02d", a % 60)):00.000"
            let right = (0..<perAttempt).map { (a + $0) % 4 != 0 }
            let score = Double(right.filter { $0 }.count) / Double(perAttempt)
            try attempt.execute(arguments: [a + 1, trainees[a % trainees.count].id, started, started, score, score >= 0.8])
            for p in 0..<perAttempt {
                let q = served[(a * 3 + p * 7) % served.count]
                try answer.execute(arguments: [a + 1, p, q[0] as String, q[2] as String, right[p] ? "1,2" : "3", right[p] ? 1.0 : 0.0,
                                               started, q[1] as String, q[3] as Int64])
            }
        }
    }
}

/// `fillOnly`: leave the database at that path for profiling (`perf record trainer export ...`).
func runExportBenchmarks(answers: Int, fillOnly: String? = nil) throws {
    if let fillOnly {
        try fillExportDatabase(at: fillOnly, answers: answers)
        print("filled \(fillOnly): export as lena, passphrase bench-passphrase")
        return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-export-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("bench.sqlite").path
    let fillStart = DispatchTime.now().uptimeNanoseconds
    try fillExportDatabase(at: database, answers: answers)
    print(String(format: "filled %d answers in %.1f s", answers, Double(DispatchTime.now().uptimeNanoseconds - fillStart) / 1e9))

    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("trainer")
    var cpuBefore = 0.0
    for format in ["csv", "xapi", "json"] {
        for run in 1...2 {
            let out = folder.appendingPathComponent("results-\(run).\(format)").path
            let process = Process()
            process.executableURL = binary
            process.arguments = ["export", "results", "--format", format, "--out", out, "--as", "lena", "--db", database]
            // The shipped content, wherever the benchmark runs from.
            let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            process.environment = ["TRAINER_PASSPHRASE": "bench-passphrase", "HOME": folder.path, "TZ": "UTC", "TRAINER_CONTENT": content.path,
                                   "XDG_STATE_HOME": folder.path, "XDG_CACHE_HOME": folder.path]
            process.standardOutput = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            try process.run()
            process.waitUntilExit()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var usage = rusage()
            getrusage(__rusage_who_t(truncatingIfNeeded: RUSAGE_CHILDREN.rawValue), &usage)
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            // CPU time (user + system) of the run: what it costs on a machine shared with other work.
            let cpuTotal = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
            print(String(format: "export %-4@ run %d: %.2f s wall, %.2f s CPU, exit %d, %.0f MB written, peak RSS of any run so far %.1f MB",
                         format as NSString, run, seconds, cpuTotal - cpuBefore, process.terminationStatus, Double(size) / 1e6,
                         Double(usage.ru_maxrss) / 1024))
            cpuBefore = cpuTotal
            try? FileManager.default.removeItem(atPath: out)
        }
    }
}
