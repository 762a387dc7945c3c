import TrainerCore

/// Where each part of a question was written, so a finding about it can name `path:line:column`.
/// Kept beside the curriculum rather than in the core model: positions belong to files.
public struct QuestionPlaces: Sendable, Hashable, Codable {
    /// A line and column, both counted from 1.
    public struct Position: Sendable, Hashable, Codable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// The bank file, relative to the content folder.
    public var path: String
    /// The start of the question (its first key).
    public var question: Position
    public var prompt: Position
    /// Each option's start, in file order.
    public var options: [Position]

    public init(path: String, question: Position, prompt: Position, options: [Position]) {
        self.path = path
        self.question = question
        self.prompt = prompt
        self.options = options
    }
}

/// The places of every question, by question id.
public typealias ContentPlaces = [String: QuestionPlaces]

/// A validated curriculum and where its questions were written.
public struct LoadedContent: Sendable {
    public var curriculum: Curriculum
    public var places: ContentPlaces

    public init(curriculum: Curriculum, places: ContentPlaces) {
        self.curriculum = curriculum
        self.places = places
    }
}
