import Foundation
import GRDB
import TrainerCore

/// Role-play sessions as played: the scenario's script as `Store.startRolePlay` keeps it, six
/// turns, a score, and (for most) the mentor's grade.
enum RolePlayWriter {
    static func write(_ plays: [HistoryPlan.RolePlay], scripts: [(scenario: Scenario, body: String)], people: People, _ db: Database) throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO rolePlay (id, userId, scenarioId, title, mode, script, passMark, startedAt, finishedAt, abandoned, outcome, score, passed,
                                  criteria, mentorScore, mentorComment, gradedById, gradedAt)
            VALUES (?, ?, ?, ?, 'solo', ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?)
            """)
        let turn = try db.makeStatement(sql: "INSERT INTO rolePlayTurn (rolePlayId, position, speaker, text, at) VALUES (?, ?, ?, ?, ?)")
        let lines = ["Hello, our calls stopped arriving this morning.", "Good morning, I am sorry to hear that: let me look right away.",
                     "It is the landing page number, since nine.", "Thank you: could you give me the project name?",
                     "It is the spring campaign.", "I have escalated it with the time and the impact; you hear from us within the hour."]
        for (index, play) in plays.enumerated() {
            let id = index + 1
            let trainee = people.trainees[play.trainee]
            let (scenario, body) = scripts[play.scenario]
            let finished = play.start.addingTimeInterval(360)
            let score = 40 + (id * 37) % 60
            let grade: Int? = play.graded && !play.abandoned ? min(100, score + 5) : nil
            try insert.execute(arguments: [
                id, trainee.account.id, scenario.id, scenario.title, body, scenario.passMark, play.start, finished, play.abandoned,
                play.abandoned ? nil : (score % 2 == 0 ? "resolved" : "escalated"), play.abandoned ? nil : score,
                play.abandoned ? nil : score >= scenario.passMark, grade, grade.map { _ in "Clear opening; check the facts sooner." },
                grade.map { _ in trainee.mentorID }, grade.map { _ in finished.addingTimeInterval(86_400) }])
            for (position, line) in lines.enumerated() {
                try turn.execute(arguments: [id, position, position % 2 == 0 ? "customer" : "agent", line,
                                             play.start.addingTimeInterval(Double(position) * 60)])
            }
        }
    }
}

/// Meetings every four weeks, the first eight weekly self-reviews, and the track's lessons read.
enum MentoringWriter {
    static func write(people: People, lessons: [Lesson], now: Date, _ db: Database) throws {
        let meeting = try db.makeStatement(sql: "INSERT INTO meeting (userId, mentorId, notes, outcome, at) VALUES (?, ?, ?, ?, ?)")
        let selfReview = try db.makeStatement(sql: """
            INSERT INTO selfReview (userId, week, frequentProblem, busiestTimes, otherPatterns, at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let read = try db.makeStatement(sql: "INSERT INTO lessonRead (userId, lesson, at) VALUES (?, ?, ?)")
        for (index, trainee) in people.trainees.enumerated() {
            let id = trainee.account.id
            let weeks = Int(now.timeIntervalSince(trainee.start) / (7 * 86_400))
            for number in stride(from: 1, through: weeks, by: 4) {
                try meeting.execute(arguments: [id, trainee.mentorID, "Check-in \(number / 4 + 1): queue habits and quiz mistakes.",
                                                (index + number) % 9 == 0 ? "concern" : "ok",
                                                trainee.start.addingTimeInterval(Double(number * 7) * 86_400)])
            }
            for week in stride(from: 1, through: min(8, weeks), by: 1) {
                try selfReview.execute(arguments: [id, week, "Forwarding questions", "Monday mornings", "Billing calls after invoices",
                                                   trainee.start.addingTimeInterval(Double(week * 7 - 2) * 86_400)])
            }
            let track = lessons.filter { $0.track == trainee.account.track }
            for (day, lesson) in track.prefix(weeks * 3).enumerated() {
                try read.execute(arguments: [id, lesson.qualifiedID, trainee.start.addingTimeInterval(Double(day) * 86_400 + 3_600)])
            }
        }
    }
}
