import Foundation
import GRDB
import TrainerCore
import TrainerStore

/// Writes planned attempts and exam sessions through the schema with prepared statements: each
/// answer graded as the store grades it, each question stored once as served, the review queue
/// kept roughly as submitting does (a wrong answer queued, a right review answer retired).
struct HistoryWriter {
    private let db: Database
    private let banks: [QuestionBank]
    private let lead: Account
    private let trainees: [Account]
    /// Per question id, its served copy's hash and id (each question is served in one version).
    private var served: [String: (hash: String, id: Int64)] = [:]
    private let insertAttempt, insertAnswer, insertServed, queueReview, retireReview: Statement

    init(_ db: Database, banks: [QuestionBank], lead: Account, trainees: [Account]) throws {
        self.db = db
        self.banks = banks
        self.lead = lead
        self.trainees = trainees
        insertAttempt = try db.makeStatement(sql: """
            INSERT INTO attempt (id, userId, kind, topic, passMark, startedAt, finishedAt, abandoned, score, passed, examSessionId, deadline)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertAnswer = try db.makeStatement(sql: """
            INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, chosen, credit, answeredAt, servedHash, servedId)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertServed = try db.makeStatement(sql: """
            INSERT INTO servedQuestion (hash, questionId, body, correctIds) VALUES (?1, ?2, ?3, \(Store.servedCorrectIDs(of: "?3")))
            """)
        queueReview = try db.makeStatement(sql: """
            INSERT INTO reviewItem (userId, questionId, step, dueDay) VALUES (?, ?, 0, ?)
            ON CONFLICT (userId, questionId) DO UPDATE SET step = 0, dueDay = excluded.dueDay
            """)
        retireReview = try db.makeStatement(sql: "DELETE FROM reviewItem WHERE userId = ? AND questionId = ?")
    }

    /// Sessions first (attempts point at them), then every attempt with its answers, then each
    /// exam's candidate and form.
    mutating func write(_ attempts: [HistoryPlan.Attempt], sessions: [HistoryPlan.ExamSession], random: inout SeededGenerator) throws {
        let openSession = try db.makeStatement(sql: """
            INSERT INTO examSession (id, exam, title, minutes, passMark, restDays, retireAfter, opensAt, openedById, createdAt, closedAt, closedById)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, session) in sessions.enumerated() {
            let closedAt = session.closed ? session.opensAt.addingTimeInterval(Double(session.exam.minutes + 30) * 60) : nil
            try openSession.execute(arguments: [
                index + 1, session.exam.id, session.exam.title, session.exam.minutes, session.exam.pass, session.exam.rotation.restDays,
                session.exam.rotation.retireAfter, session.opensAt, lead.id, session.opensAt, closedAt, closedAt.map { _ in lead.id }])
        }
        let candidate = try db.makeStatement(sql: "INSERT INTO examCandidate (sessionId, userId, attemptId) VALUES (?, ?, ?)")
        let formItem = try db.makeStatement(sql: """
            INSERT INTO examFormItem (sessionId, userId, position, questionId, topic, optionOrder, servedHash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, attempt) in attempts.enumerated() {
            let id = Int64(index + 1)
            let hashes = try write(attempt, id: id, sessions: sessions, random: &random)
            guard let session = attempt.examSession else { continue }
            let userID = trainees[attempt.trainee].id
            try candidate.execute(arguments: [session + 1, userID, id])
            for (position, (bank, question)) in attempt.questions.enumerated() {
                let served = banks[bank].questions[question]
                try formItem.execute(arguments: [session + 1, userID, position, served.id, served.topic, order(served), hashes[position]])
            }
        }
    }

    /// One attempt and its answers; returns the served hashes in position order.
    private mutating func write(_ attempt: HistoryPlan.Attempt, id: Int64, sessions: [HistoryPlan.ExamSession],
                                random: inout SeededGenerator) throws -> [String] {
        let userID = trainees[attempt.trainee].id
        let answeredCount = attempt.state == .submitted ? attempt.questions.count : Int.random(in: 0..<attempt.questions.count, using: &random)
        let skill = (attempt.kind == .exam ? 0.75 : 0.55) + Double(attempt.trainee % 7) / 25
        var answers: [StatementArguments] = [], credits: [Double] = [], hashes: [String] = []
        var reviewChanges: [(queue: Bool, StatementArguments)] = []
        for (position, (bank, index)) in attempt.questions.enumerated() {
            let question = banks[bank].questions[index]
            let (hash, servedID) = try servedCopy(question)
            hashes.append(hash)
            let answeredAt = attempt.start.addingTimeInterval(Double(position + 1) * 30)
            // One question in a hundred is skipped in a submitted attempt; an open one stops part-way.
            guard position < answeredCount, Int.random(in: 0..<100, using: &random) > 0 else {
                credits.append(0)
                answers.append([id, position, question.id, question.topic, order(question), nil, nil, nil, hash, servedID])
                continue
            }
            let right = Double.random(in: 0..<1, using: &random) < skill
            let chosen = right ? Set(question.correctOptionIDs) : Set(question.options.first { !$0.isCorrect }.map { [$0.id] } ?? [])
            let credit = Grader.credit(for: question, chosen: chosen)
            credits.append(credit)
            answers.append([id, position, question.id, question.topic, order(question), chosen.sorted().joined(separator: ","),
                            credit, answeredAt, hash, servedID])
            guard attempt.state == .submitted, attempt.kind != .exam else { continue }
            if credit < 1 {
                reviewChanges.append((true, [userID, question.id, Day(date: answeredAt.addingTimeInterval(86_400)).description]))
            } else if attempt.kind == .review {
                reviewChanges.append((false, [userID, question.id]))
            }
        }
        let passMark = attempt.kind == .review ? 0 : (attempt.examSession.map { sessions[$0].exam.pass } ?? 0.8)
        let finished = attempt.start.addingTimeInterval(Double(attempt.questions.count + 1) * 30)
        let score = Grader.score(credits: credits)
        let deadline = attempt.examSession.map { attempt.start.addingTimeInterval(Double(sessions[$0].exam.minutes) * 60) }
        switch attempt.state {
        case .submitted:
            try insertAttempt.execute(arguments: [id, userID, attempt.kind.rawValue, attempt.topic, passMark, attempt.start, finished, false,
                                                  score, score >= passMark, attempt.examSession.map { $0 + 1 }, deadline])
        case .abandoned:
            try insertAttempt.execute(arguments: [id, userID, attempt.kind.rawValue, attempt.topic, passMark, attempt.start, finished, true,
                                                  nil, nil, nil, nil])
        case .open:
            try insertAttempt.execute(arguments: [id, userID, attempt.kind.rawValue, attempt.topic, passMark, attempt.start, nil, false,
                                                  nil, nil, nil, nil])
        }
        for answer in answers { try insertAnswer.execute(arguments: answer) }
        for (queue, arguments) in reviewChanges { try (queue ? queueReview : retireReview).execute(arguments: arguments) }
        return hashes
    }

    private func order(_ question: Question) -> String { question.options.map(\.id).joined(separator: ",") }

    private mutating func servedCopy(_ question: Question) throws -> (hash: String, id: Int64) {
        if let known = served[question.id] { return known }
        let copy = try Store.servedCopy(of: question)
        try insertServed.execute(arguments: [copy.hash, question.id, copy.body])
        served[question.id] = (copy.hash, db.lastInsertedRowID)
        return (copy.hash, db.lastInsertedRowID)
    }
}
