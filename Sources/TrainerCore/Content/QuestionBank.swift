/// All questions of one topic (`QuestionBanks/<topic>.yaml`).
public struct QuestionBank: Sendable, Hashable, Codable {
    public var topic: String
    public var title: String
    public var shuffle: Bool
    public var questions: [Question]

    public init(topic: String, title: String, shuffle: Bool = true, questions: [Question]) {
        self.topic = topic
        self.title = title
        self.shuffle = shuffle
        self.questions = questions
    }

    public var practiceQuestions: [Question] { questions.filter { $0.pool == .practice } }
    public var examQuestions: [Question] { questions.filter { $0.pool == .exam } }
}
