import TrainerCore

/// The columns of `export results --format csv|json`: one list, so the CSV header, its rows and
/// the JSON keys can never drift apart. The `row` column tells the kinds of row apart.
enum ResultColumns {
    enum Value {
        case text(String), number(Double), integer(Int64), flag(Bool), list([String]), none
    }

    static let names = [
        "row", "id", "user", "kind", "topic", "position", "question", "response", "correct", "credit",
        "score", "passed", "sealed", "started_at", "finished_at", "answered_at",
    ]

    /// The record's values in the order of `names`.
    static func values(of record: ResultRecord) -> [Value] {
        switch record {
        case .answer(let answer):
            let attempt = answer.attempt
            return [
                .text("answer"), .integer(attempt.id), .text(attempt.user), .text(attempt.kind.rawValue), .text(attempt.topic),
                .integer(Int64(answer.position + 1)), .text(answer.question.id), answer.chosen.map(Value.list) ?? .none,
                attempt.isSealed ? .none : .list(answer.question.correctOptionIDs), answer.credit.map(Value.number) ?? .none,
                .none, .none, .flag(attempt.isSealed), .text(attempt.startedAt), .text(attempt.finishedAt),
                answer.answeredAt.map(Value.text) ?? .none,
            ]
        case .attempt(let attempt):
            return [
                .text("attempt"), .integer(attempt.id), .text(attempt.user), .text(attempt.kind.rawValue), .text(attempt.topic),
                .none, .none, .none, .none, .none, attempt.score.map(Value.number) ?? .none, attempt.passed.map(Value.flag) ?? .none,
                .flag(attempt.isSealed), .text(attempt.startedAt), .text(attempt.finishedAt), .none,
            ]
        case .rolePlay(let play):
            return [
                .text("roleplay"), .integer(play.id), .text(play.user), .text("roleplay"), .text(play.scenario),
                .none, .none, .none, .none, .none, .number(Double(play.score) / 100), .flag(play.passed),
                .flag(false), .text(play.startedAt), .text(play.finishedAt), .none,
            ]
        }
    }
}
