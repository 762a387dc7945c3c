/// What views need to name content without making whole sections: the titles of banks, lessons
/// and exams, and each scenario's title and pass mark. A plan view names a dozen of them; making
/// the sections decoded every question and every script.
public struct ContentTitles: Sendable, Equatable {
    public struct ScenarioHeading: Sendable, Equatable {
        public var title: String
        public var passMark: Int

        public init(title: String, passMark: Int) {
            self.title = title
            self.passMark = passMark
        }
    }

    public var banks: [String: String]
    /// By qualified id (`track/id`).
    public var lessons: [String: String]
    public var scenarios: [String: ScenarioHeading]
    public var exams: [String: String]

    public init(banks: [String: String], lessons: [String: String], scenarios: [String: ScenarioHeading], exams: [String: String]) {
        self.banks = banks
        self.lessons = lessons
        self.scenarios = scenarios
        self.exams = exams
    }

    /// The titles of made sections, each in its canonical order (where an id repeats, the first
    /// one's, as the curriculum's look-ups find it).
    public init(banks: [QuestionBank], lessons: [Lesson], scenarios: [Scenario], exams: [ExamBlueprint]) {
        self.banks = Self.first(banks.map { ($0.topic, $0.title) })
        self.lessons = Self.first(lessons.map { ($0.qualifiedID, $0.title) })
        self.scenarios = Self.first(scenarios.map { ($0.id, ScenarioHeading(title: $0.title, passMark: $0.passMark)) })
        self.exams = Self.first(exams.map { ($0.id, $0.title) })
    }

    private static func first<Value>(_ pairs: [(String, Value)]) -> [String: Value] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}

/// Which bank holds each question (ids are unique across banks; were one not, the first bank in
/// topic order keeps it, as scanning the banks found it), so a look-up by id makes one bank.
public struct QuestionTopics: Sendable, Equatable {
    public var topics: [String: String]

    /// From the banks in topic order.
    public init(banks: [QuestionBank]) {
        self.init(idsByTopic: banks.map { ($0.topic, $0.questions.map(\.id)) })
    }

    /// From each bank's ids, the banks in topic order (as `banks` gives them back).
    public init(idsByTopic banks: [(topic: String, ids: [String])]) {
        topics = banks.reduce(into: [:]) { topics, bank in
            for id in bank.ids where topics[id] == nil { topics[id] = bank.topic }
        }
    }

    /// Each bank's ids, as the content cache keeps them (a list per bank decodes several times
    /// faster than a key per question): topics in order, ids sorted.
    public var banks: [(topic: String, ids: [String])] {
        let banks = Dictionary(grouping: topics.keys, by: { topics[$0] ?? "" })
        return banks.keys.sorted().map { ($0, (banks[$0] ?? []).sorted()) }
    }
}
