import Foundation
import TrainerCore

/// What happened, before it is written: every attempt, exam session and role-play with its time,
/// drawn from the seed. Attempts are written in time order, so ids grow with time as they do in use.
struct HistoryPlan {
    struct Attempt {
        var trainee: Int
        var kind: AttemptKind
        var topic: String
        /// (bank, question) indices.
        var questions: [(bank: Int, question: Int)]
        var start: Date
        var state: StoredAttemptState
        var examSession: Int?
    }
    enum StoredAttemptState { case submitted, abandoned, open }
    struct ExamSession {
        var exam: ExamBlueprint
        var trainee: Int
        var opensAt: Date
        var closed: Bool
    }
    struct RolePlay {
        var trainee: Int
        var scenario: Int
        var start: Date
        var abandoned: Bool
        var graded: Bool
    }

    let size: ScaleSize
    let people: People
    let banks: [QuestionBank]
    let now: Date
    /// Each trainee's banks (a track practises a dozen topics, not all of them).
    let topics: [[Int]]
    /// Sessions sorted by opening time: a session's id is its index plus one.
    let examSessions: [ExamSession]

    init(size: ScaleSize, people: People, banks: [QuestionBank], exams: [ExamBlueprint], now: Date, random: inout SeededGenerator) {
        self.size = size
        self.people = people
        self.banks = banks
        self.now = now
        topics = people.trainees.map { _ in Array(Array(banks.indices).shuffled(using: &random).prefix(12)).sorted() }
        var sessions: [ExamSession] = []
        for _ in 0..<size.examSessions {
            let trainee = Int.random(in: 0..<people.trainees.count, using: &random)
            let opens = Self.moment(in: people.trainees[trainee].start, now, &random)
            sessions.append(ExamSession(exam: exams[Int.random(in: 0..<exams.count, using: &random)], trainee: trainee,
                                        opensAt: opens, closed: true))
        }
        sessions.sort { $0.opensAt < $1.opensAt }
        // The newest sessions (one in a hundred, at least two) are still open: their results sealed.
        for index in sessions.indices.suffix(max(2, sessions.count / 100)) { sessions[index].closed = false }
        examSessions = sessions
    }

    /// Quizzes, reviews and exams, oldest first; practice attempts shared out by how long each
    /// trainee has been active, so the first trainee has the longest history.
    func attempts(random: inout SeededGenerator) -> [Attempt] {
        let perAttempt = ScaleSize.questionsPerAttempt
        let practice = max(0, size.answers / perAttempt - size.examSessions)
        let shares = sharedByActiveDays(practice)
        var attempts: [Attempt] = []
        attempts.reserveCapacity(practice + size.examSessions)
        for (trainee, count) in shares.enumerated() {
            let mine = topics[trainee]
            let leavesOneOpen = Int.random(in: 0..<10, using: &random) == 0
            let starts = (0..<count).map { _ in Self.moment(in: people.trainees[trainee].start, now, &random) }.sorted()
            for (index, start) in starts.enumerated() {
                let isReview = Int.random(in: 0..<100, using: &random) < 15
                let bank = mine[Int.random(in: 0..<mine.count, using: &random)]
                let questions = (0..<perAttempt).map { _ in
                    (bank: isReview ? mine[Int.random(in: 0..<mine.count, using: &random)] : bank,
                     question: practiceQuestion(&random))
                }
                let state: StoredAttemptState = index == count - 1 && leavesOneOpen ? .open
                    : Int.random(in: 0..<100, using: &random) < 2 ? .abandoned : .submitted
                attempts.append(Attempt(trainee: trainee, kind: isReview ? .review : .quiz, topic: isReview ? "review" : banks[bank].topic,
                                        questions: questions, start: start, state: state))
            }
        }
        for (index, session) in examSessions.enumerated() {
            let mine = topics[session.trainee]
            let questions = (0..<perAttempt).map { _ in (bank: mine[Int.random(in: 0..<mine.count, using: &random)], question: examQuestion(&random)) }
            attempts.append(Attempt(trainee: session.trainee, kind: .exam, topic: session.exam.id, questions: questions,
                                    start: session.opensAt.addingTimeInterval(60), state: .submitted, examSession: index))
        }
        return attempts.sorted { $0.start < $1.start }
    }

    /// `total` shared out among the trainees by how long each has been active, to the unit.
    func sharedByActiveDays(_ total: Int) -> [Int] {
        let activeDays = people.trainees.map { now.timeIntervalSince($0.start) / 86_400 }
        let days = activeDays.reduce(0, +)
        var shares = activeDays.map { Int(Double(total) * $0 / days) }
        for index in 0..<(total - shares.reduce(0, +)) { shares[index % shares.count] += 1 }
        return shares
    }

    func rolePlays(scenarios: Int, random: inout SeededGenerator) -> [RolePlay] {
        (0..<size.rolePlays).map { _ in
            let trainee = Int.random(in: 0..<people.trainees.count, using: &random)
            let start = Self.moment(in: people.trainees[trainee].start, now, &random)
            // Recent sessions wait for the mentor's grade, as do a few older ones.
            let graded = start < now.addingTimeInterval(-14 * 86_400) && Int.random(in: 0..<20, using: &random) > 0
            return RolePlay(trainee: trainee, scenario: Int.random(in: 0..<scenarios, using: &random), start: start,
                            abandoned: Int.random(in: 0..<100, using: &random) < 3, graded: graded)
        }.sorted { $0.start < $1.start }
    }

    /// SyntheticBanks puts every third question (0, 3, 6, …) in the exam pool.
    private func practiceQuestion(_ random: inout SeededGenerator) -> Int {
        let n = Int.random(in: 0..<size.questionsPerBank, using: &random)
        return n % 3 == 0 ? (n + 1) % size.questionsPerBank : n
    }

    private func examQuestion(_ random: inout SeededGenerator) -> Int {
        Int.random(in: 0..<((size.questionsPerBank + 2) / 3), using: &random) * 3
    }

    /// A moment between `start` and `end`, in working hours.
    static func moment(in start: Date, _ end: Date, _ random: inout SeededGenerator) -> Date {
        let days = max(1, Int(end.timeIntervalSince(start) / 86_400))
        let day = Int.random(in: 0..<days, using: &random)
        let moment = start.addingTimeInterval(Double(day) * 86_400 + Double(Int.random(in: 0..<(8 * 3_600), using: &random)))
        return min(moment, end.addingTimeInterval(-3_600))
    }
}
