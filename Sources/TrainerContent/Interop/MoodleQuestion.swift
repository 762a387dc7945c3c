/// One question as GIFT and Moodle XML carry it: the shape both parsers produce and both writers
/// read, so the mapping to and from the bank model is written once.
public struct MoodleQuestion: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Multiple choice; `single` is Moodle's radio buttons (GIFT `=`, XML `<single>true`).
        case choice(single: Bool)
        /// A type trainer cannot ask; the reason is shown to the author.
        case unsupported(String)
    }

    /// Where the question starts in its file (1-based).
    public var line: Int
    public var name: String
    /// The question text, already in Markdown (HTML converted).
    public var text: String
    public var kind: Kind
    public var answers: [MoodleAnswer]
    public var generalFeedback: String?
    /// Moodle's `idnumber` (XML `<idnumber>`, GIFT `// [id:…]`).
    public var idNumber: String?
    public var tags: [String]
    /// XML `<shuffleanswers>`; nil when the file does not say (GIFT).
    public var shuffle: Bool?

    public init(line: Int, name: String, text: String, kind: Kind, answers: [MoodleAnswer] = [],
                generalFeedback: String? = nil, idNumber: String? = nil, tags: [String] = [], shuffle: Bool? = nil) {
        self.line = line
        self.name = name
        self.text = text
        self.kind = kind
        self.answers = answers
        self.generalFeedback = generalFeedback
        self.idNumber = idNumber
        self.tags = tags
        self.shuffle = shuffle
    }
}

/// One answer: its text, Moodle's fraction as a percentage (100, 50, -33.33333) and feedback.
public struct MoodleAnswer: Sendable, Hashable {
    public var text: String
    public var percent: Double
    public var feedback: String?
    public var line: Int

    public init(text: String, percent: Double, feedback: String? = nil, line: Int) {
        self.text = text
        self.percent = percent
        self.feedback = feedback
        self.line = line
    }
}

/// Everything a parser read from one file: questions, the first category, and problems.
public struct MoodleFile: Sendable, Hashable {
    public var questions: [MoodleQuestion] = []
    /// The first `$CATEGORY` / `<category>` path, as written.
    public var category: String?
    /// Syntax errors (unbalanced braces, a bad weight, broken XML): any of them means nothing is written.
    public var problems: [Diagnostic] = []

    public init(questions: [MoodleQuestion] = [], category: String? = nil, problems: [Diagnostic] = []) {
        self.questions = questions
        self.category = category
        self.problems = problems
    }
}

/// Why a question is left out, in the words the import prints after its line number.
enum SkipReason {
    static let only = "trainer asks only multiple-choice and true/false questions"
    static let description = "a description (no answers): \(only)"
    static let essay = "an essay: \(only)"
    static let numerical = "a numerical question: \(only)"
    static let matching = "a matching question: \(only)"
    static let shortAnswer = "a short-answer question: \(only)"

    /// For a Moodle XML `type`, core or plugin.
    static func forType(_ type: String) -> String {
        switch type {
        case "essay": return essay
        case "numerical": return numerical
        case "matching": return matching
        case "shortanswer": return shortAnswer
        case "description": return description
        case "cloze", "multianswer": return "a cloze question: \(only)"
        case "": return "a question without a type: \(only)"
        default: return "a `\(type)` question: \(only)"
        }
    }
}
