import Foundation

/// The document a mentor takes to a meeting: what was covered since the last one, questions
/// weighted towards the trainee's mistakes (with the key, for the mentor's copy), open mistakes,
/// a role-play in which the mentor plays a tricky customer, and the plan status.
public struct MeetingSheet: Sendable, Equatable {
    public struct SheetQuestion: Sendable, Equatable {
        public var question: Question
        /// Why it was chosen: "missed 2026-11-20", "weak topic".
        public var reason: String?
        /// The options in the order the sheet prints them (shuffled per sheet unless the author
        /// keeps the order), so the key's letter is not always A.
        public var options: [AnswerOption] = []

        /// The letters of the correct options as printed.
        public var keyLetters: [Int] { options.indices.filter { options[$0].isCorrect } }
    }

    public var trainee: String
    public var meetingNumber: Int
    public var date: Day
    public var since: Day?
    public var coveredDays: [PlanProgress.DayProgress]
    public var topics: [String]
    public var questions: [SheetQuestion]
    public var openMistakes: [Question]
    public var rolePlay: Question?
    public var status: PlanProgress.Status
    public var planDay: Int
    public var planDays: Int
    public var fractionDone: Double
}

extension MeetingSheet {
    public static let questionRange = 8...12

    /// Builds the sheet from the trainee's mastery per topic (as `weak` shows it) and the day of
    /// each question's latest miss. Deterministic: the same inputs and date give the same sheet.
    public static func build(trainee: Account, meetingNumber: Int, progress: PlanProgress, curriculum: Curriculum,
                             mastery: [TopicMastery], lastMissed: [String: Day], reviewQueue: [String],
                             since: Day?, today: Day) -> MeetingSheet {
        let covered = progress.days.filter { day in day.date <= today && since.map { day.date > $0 } ?? true }
        var topics = orderedUnique(covered.flatMap(\.items).filter { $0.item.kind == .quiz }.map(\.item.ref))
        if topics.isEmpty {
            // Nothing new since the last meeting: ask about everything so far.
            topics = orderedUnique(progress.days.filter { $0.date <= today }.flatMap(\.items).filter { $0.item.kind == .quiz }.map(\.item.ref))
        }
        if topics.isEmpty { topics = mastery.map(\.topic) }
        topics = topics.filter { curriculum.bank($0) != nil }
        let weakTopics = Set(mastery.filter(\.isWeak).map(\.topic))
        let failedTopics = Set(progress.days.flatMap(\.items).filter { $0.item.kind == .quiz && $0.state == .failed }.map(\.item.ref))

        // Practice items only: exam items stay unseen.
        let candidates = topics.flatMap { curriculum.bank($0)?.practiceQuestions ?? [] }
        let weighted = candidates.map { question -> (SheetQuestion, Double) in
            var weight = 1.0
            var reasons: [String] = []
            if let day = lastMissed[question.id] {
                weight *= 6
                reasons.append("missed \(day)")
            }
            if failedTopics.contains(question.topic) {
                weight *= 4
                reasons.append("quiz not passed")
            } else if weakTopics.contains(question.topic) {
                weight *= 3
                reasons.append("weak topic")
            }
            return (SheetQuestion(question: question, reason: reasons.isEmpty ? nil : reasons.joined(separator: ", ")), weight)
        }
        var generator = SeededGenerator(seed: seed(trainee: trainee, day: today, meeting: meetingNumber))
        let count = min(candidates.count, questionRange.upperBound, max(questionRange.lowerBound, topics.count * 3))
        let questions = weightedSample(weighted, count: count, using: &generator).map { entry in
            var entry = entry
            let served = QuizDraw.serve(entry.question, shuffle: curriculum.bank(entry.question.topic)?.shuffle ?? true, using: &generator)
            entry.options = served.optionOrder.compactMap { id in entry.question.options.first { $0.id == id } }
            return entry
        }

        let openMistakes = reviewQueue.compactMap(curriculum.question)
        let situational = candidates.filter { $0.kind == .situational }
        let rolePlay = situational.isEmpty ? nil : situational[Int(generator.next() % UInt64(situational.count))]
        return MeetingSheet(trainee: trainee.name, meetingNumber: meetingNumber, date: today, since: since, coveredDays: covered,
                            topics: topics, questions: questions, openMistakes: openMistakes, rolePlay: rolePlay,
                            status: progress.status, planDay: progress.dayToday, planDays: progress.days.count,
                            fractionDone: progress.fractionDone)
    }

    static func seed(trainee: Account, day: Day, meeting: Int) -> UInt64 {
        UInt64(day.year * 10_000 + day.month * 100 + day.day) &* 1_000_003 &+ UInt64(bitPattern: trainee.id) &* 7_919 &+ UInt64(meeting)
    }

    /// Draws without replacement, each pick in proportion to its weight (Efraimidis–Spirakis keys).
    static func weightedSample<T>(_ items: [(T, Double)], count: Int, using generator: inout SeededGenerator) -> [T] {
        let keyed = items.map { item, weight -> (T, Double) in
            let u = Double(generator.next() % 1_000_000 + 1) / 1_000_001
            return (item, pow(u, 1 / weight))
        }
        return keyed.sorted { $0.1 > $1.1 }.prefix(count).map(\.0)
    }

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}

extension MeetingSheet {
    /// A situational prompt as a scene for the mentor to act: without its closing quiz question
    /// ("What do you do?"), which the trainee answers by acting instead.
    public static func scene(from prompt: String) -> String {
        let text = prompt.trimmed
        guard text.hasSuffix("?") else { return text }
        let body = text.dropLast()
        guard let end = body.lastIndex(where: { ".!?\"".contains($0) }) else { return text }
        let question = body[body.index(after: end)...].trimmingCharacters(in: .whitespaces)
        let askers = ["What", "Which", "How", "Who", "Where", "When", "Should", "Is", "Do", "Does", "Can"]
        guard askers.contains(where: { question.hasPrefix($0 + " ") }) else { return text }
        return String(body[...end])
    }
}
