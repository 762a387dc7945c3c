import Foundation

/// Generated content for the reliability tests: long banks whose right answer is always A.
public enum DrillBank {
    /// A practice bank of `questions` single-choice questions on `topic`, in order.
    public static func practice(topic: String = "drill", questions: Int) -> String {
        bank(topic: topic, questions: questions, pool: nil)
    }

    /// A bank of `questions` exam-pool items on `topic`.
    public static func exam(topic: String = "hall", questions: Int) -> String {
        bank(topic: topic, questions: questions, pool: "exam")
    }

    /// A blueprint drawing every one of `questions` items from `topic`, with a long time limit.
    public static func blueprint(exam: String = "hall-cert", topic: String = "hall", questions: Int) -> String {
        """
        exam: \(exam)
        title: Hall certification
        minutes: 600
        pass: 0.6
        sections:
          - topic: \(topic)
            count: \(questions)

        """
    }

    private static func bank(topic: String, questions: Int, pool: String?) -> String {
        "topic: \(topic)\ntitle: \(topic.capitalized) drill\nshuffle: false\nquestions:\n" + (1...questions).map { n in
            let id = pool == nil ? "\(topic)-\(n)" : "\(topic)-x\(n)"
            return """
                  - id: \(id)
                    prompt: \(topic.capitalized) question \(n)?
                \(pool.map { "    pool: \($0)\n" } ?? "")    options:
                      - text: Right \(n)
                        correct: true
                      - text: Wrong \(n)

                """
        }.joined()
    }
}
