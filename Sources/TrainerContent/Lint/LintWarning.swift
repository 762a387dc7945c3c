import TrainerCore

/// A lint finding at its place: `path:line:column: warning: [rule] id: message`.
public struct LintWarning: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var rule: LintRule
    public var questionID: String
    public var message: String

    public init(path: String, line: Int, column: Int, rule: LintRule, questionID: String, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.rule = rule
        self.questionID = questionID
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): warning: [\(rule.rawValue)] \(questionID): \(message)" }

    public static func < (a: LintWarning, b: LintWarning) -> Bool {
        (a.path, a.line, a.column, a.rule.rawValue, a.questionID) < (b.path, b.line, b.column, b.rule.rawValue, b.questionID)
    }
}
