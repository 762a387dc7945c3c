/// What views need to name content without making whole sections: each bank's title, each
/// scenario's title and pass mark, and the bank that holds each question. A plan view names a
/// dozen banks and scenarios; making them decoded every question and every script.
public struct ContentIndex: Sendable, Equatable, Codable {
    public struct ScenarioHeading: Sendable, Equatable, Codable {
        public var title: String
        public var passMark: Int
    }

    public var bankTitles: [String: String]
    public var scenarios: [String: ScenarioHeading]
    /// Question id → topic. Ids are unique across banks; were one not, the first bank in topic
    /// order keeps it, as `Curriculum.question(_:)` found it by scanning.
    public var questionTopics: [String: String]

    /// The index of made sections; `banks` in topic order.
    public init(banks: [QuestionBank], scenarios: [Scenario]) {
        bankTitles = Dictionary(banks.map { ($0.topic, $0.title) }, uniquingKeysWith: { first, _ in first })
        self.scenarios = Dictionary(scenarios.map { ($0.id, ScenarioHeading(title: $0.title, passMark: $0.passMark)) },
                                    uniquingKeysWith: { first, _ in first })
        questionTopics = banks.reduce(into: [:]) { topics, bank in
            for question in bank.questions where topics[question.id] == nil { topics[question.id] = bank.topic }
        }
    }
}
