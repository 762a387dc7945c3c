/// How an exam form is assembled from the topics' exam pools (`QuestionBanks/exams/<exam>.yaml`).
public struct ExamBlueprint: Sendable, Hashable, Codable {
    public struct Section: Sendable, Hashable, Codable {
        public var topic: String
        public var count: Int
        public var situational: Int

        public init(topic: String, count: Int, situational: Int = 0) {
            self.topic = topic
            self.count = count
            self.situational = situational
        }
    }

    public struct Rotation: Sendable, Hashable, Codable {
        public var restDays: Int
        public var retireAfter: Int

        public init(restDays: Int = 90, retireAfter: Int = 30) {
            self.restDays = restDays
            self.retireAfter = retireAfter
        }
    }

    public var id: String
    public var title: String
    public var minutes: Int
    public var pass: Double
    public var sections: [Section]
    public var rotation: Rotation
    public var recertifyAfterDays: Int?

    public init(
        id: String, title: String, minutes: Int, pass: Double, sections: [Section],
        rotation: Rotation = Rotation(), recertifyAfterDays: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.pass = pass
        self.sections = sections
        self.rotation = rotation
        self.recertifyAfterDays = recertifyAfterDays
    }

    public var questionCount: Int { sections.reduce(0) { $0 + $1.count } }
}
