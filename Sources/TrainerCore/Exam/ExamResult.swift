/// One candidate's result in a closed session, as the report shows it: the score, pass or fail,
/// the score per topic, and the topics below the pass mark with the lessons to revisit.
public struct ExamResult: Sendable, Equatable {
    public struct TopicScore: Sendable, Equatable {
        public var topic: String
        public var score: Double
    }

    public var score: Double
    public var passed: Bool
    public var topics: [TopicScore]
    public var weakTopics: [String]
    /// Qualified lesson ids (`track/id`) that teach the weak topics.
    public var lessons: [String]

    /// From the credits of every served item (unanswered ones count 0), in form order.
    public static func make(credits: [(topic: String, credit: Double)], passMark: Double, plans: [Plan]) -> ExamResult {
        var order: [String] = []
        var byTopic: [String: [Double]] = [:]
        for (topic, credit) in credits {
            if byTopic[topic] == nil { order.append(topic) }
            byTopic[topic, default: []].append(credit)
        }
        let topics = order.map { TopicScore(topic: $0, score: Grader.score(credits: byTopic[$0] ?? [])) }
        let score = Grader.score(credits: credits.map(\.credit))
        let weak = topics.filter { $0.score < passMark }.map(\.topic)
        var lessons: [String] = []
        for topic in weak {
            for lesson in plans.flatMap({ $0.lessons(checkedBy: topic) }) where !lessons.contains(lesson) { lessons.append(lesson) }
        }
        return ExamResult(score: score, passed: score >= passMark, topics: topics, weakTopics: weak, lessons: lessons)
    }
}

extension Plan {
    /// The lessons a quiz on `topic` checks: those planned before it on the same day, after the
    /// day's previous quiz (plans put each quiz right after the lessons it covers).
    public func lessons(checkedBy topic: String) -> [String] {
        var result: [String] = []
        for day in days {
            var sinceLastQuiz: [String] = []
            for item in day.items {
                switch item.kind {
                case .lesson:
                    sinceLastQuiz.append(Lesson.qualified(item.ref, inTrack: track))
                case .quiz:
                    if item.ref == topic { result += sinceLastQuiz.filter { !result.contains($0) } }
                    sinceLastQuiz = []
                default:
                    break
                }
            }
        }
        return result
    }
}
