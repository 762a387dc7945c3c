import TrainerCore

/// Reads `QuestionBanks/<topic>.yaml` (format v1, CONTENT-FORMAT.md).
enum BankReader {
    static let bankKeys: Set<String> = ["topic", "title", "shuffle", "questions"]
    static let questionKeys: Set<String> = [
        "id", "prompt", "kind", "difficulty", "pool", "scoring", "options", "explanation", "shuffle",
    ]
    static let optionKeys: Set<String> = ["id", "text", "correct", "feedback", "weight"]

    /// A bank as read from its file, with the place of each question (same order). Question ids
    /// are unique within it; ContentLoader checks them across banks.
    struct Read {
        var bank: QuestionBank
        var places: [QuestionPlaces]
    }

    static func read(_ file: YAMLFile, expectedTopic: String, log: DiagnosticLog) -> Read? {
        guard let bank = MappingReader(file.root, path: file.path, what: "the bank", allowedKeys: bankKeys, log: log) else {
            return nil
        }
        let topic = bank.string("topic")
        if let topic {
            if !Identifier.isValid(topic) {
                log.add(file.path, bank.value("topic")?.mark, "topic `\(topic)` must use only a-z, 0-9 and -")
            } else if topic != expectedTopic {
                log.add(file.path, bank.value("topic")?.mark, "topic `\(topic)` must equal the file name `\(expectedTopic)`")
            }
        }
        let title = bank.string("title")
        let shuffle = bank.bool("shuffle") ?? true
        let nodes = bank.sequence("questions") ?? []
        if bank.has("questions"), nodes.isEmpty {
            log.add(file.path, bank.value("questions")?.mark, "`questions` is empty")
        }
        var questions: [Question] = [], places: [QuestionPlaces] = []
        var owners = QuestionOwners(expected: nodes.count)
        for node in nodes {
            guard let (question, place) = readQuestion(node, topic: expectedTopic, path: file.path, log: log) else { continue }
            guard owners.claim(question.id, at: place, log: log) else { continue }
            questions.append(question)
            places.append(place)
        }
        guard let title else { return nil }
        return Read(bank: QuestionBank(topic: expectedTopic, title: title, shuffle: shuffle, questions: questions), places: places)
    }

    /// Where the question, its prompt and its options start (for the lint's warnings).
    private static func places(of question: MappingReader, options: [YAMLNode], path: String) -> QuestionPlaces {
        func position(_ mark: YAMLMark?) -> QuestionPlaces.Position {
            QuestionPlaces.Position(line: mark?.line ?? 1, column: mark?.column ?? 1)
        }
        return QuestionPlaces(path: path, question: position(question.mark), prompt: position(question.value("prompt")?.mark),
                              options: options.map { position($0.mark) })
    }

    private static func readQuestion(_ node: YAMLNode, topic: String, path: String, log: DiagnosticLog) -> (Question, QuestionPlaces)? {
        guard let q = MappingReader(node, path: path, what: "a question", allowedKeys: questionKeys, log: log) else {
            return nil
        }
        let id = q.string("id")
        if let id, !Identifier.isValid(id) {
            log.add(path, q.value("id")?.mark, "question id `\(id)` must use only a-z, 0-9 and -")
        }
        let prompt = q.string("prompt")
        let kind = q.choice("kind", as: Question.Kind.self) ?? .knowledge
        let difficulty = q.int("difficulty", required: false, in: 1...3) ?? 2
        let pool = q.choice("pool", as: Question.Pool.self) ?? .practice
        let scoring = q.choice("scoring", as: Question.Scoring.self) ?? .partial
        let explanation = q.string("explanation", required: false)
        let shuffle = q.bool("shuffle")
        let optionNodes = q.sequence("options") ?? []
        let options = optionNodes.enumerated().compactMap { index, node in
            readOption(node, position: index + 1, path: path, log: log)
        }
        if q.has("options") {
            if !(2...8).contains(optionNodes.count) {
                log.add(path, q.value("options")?.mark, "a question needs 2 to 8 options, this one has \(optionNodes.count)")
            }
            if options.count == optionNodes.count {
                checkOptions(options, question: q, path: path, log: log)
            }
        }
        guard let id, let prompt, options.count == optionNodes.count, !options.isEmpty else { return nil }
        return (Question(id: id, topic: topic, prompt: prompt, kind: kind, difficulty: difficulty, pool: pool,
                         scoring: scoring, options: options, explanation: explanation, shuffle: shuffle),
                places(of: q, options: optionNodes, path: path))
    }

    private static func readOption(_ node: YAMLNode, position: Int, path: String, log: DiagnosticLog) -> AnswerOption? {
        guard let o = MappingReader(node, path: path, what: "an option", allowedKeys: optionKeys, log: log) else {
            return nil
        }
        let text = o.string("text")
        let id = o.string("id", required: false)
        if let id, !Identifier.isValid(id) {
            log.add(path, o.value("id")?.mark, "option id `\(id)` must use only a-z, 0-9 and -")
        }
        let weight = o.double("weight", required: false, in: -1...1)
        guard let text else { return nil }
        return AnswerOption(id: id ?? String(position), text: text, isCorrect: o.bool("correct") ?? false,
                      feedback: o.string("feedback", required: false), weight: weight)
    }

    private static func checkOptions(_ options: [AnswerOption], question: MappingReader, path: String, log: DiagnosticLog) {
        let mark = question.value("options")?.mark
        if !options.contains(where: \.isCorrect) && !options.contains(where: { ($0.weight ?? 0) > 0 }) {
            log.add(path, mark, "no option is marked `correct: true`")
        }
        // At most 8 options: each compared with those before it, as a set of them would.
        for (index, option) in options.enumerated() where options[..<index].contains(where: { $0.id == option.id }) {
            log.add(path, mark, "two options share the id `\(option.id)`")
        }
        for (index, option) in options.enumerated() where options[..<index].contains(where: { sameIgnoringCase($0.text, option.text) }) {
            log.add(path, mark, "two options have the same text `\(option.text)`")
        }
    }

    /// Whether the two texts are the same once lowercased, without lowercasing ASCII texts: most
    /// differ in length, and the rest byte by byte.
    static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let ascii = a.withUTF8 { x in b.withUTF8 { y in x.allSatisfy { $0 < 0x80 } && y.allSatisfy { $0 < 0x80 } } }
        guard ascii else { return a.lowercased() == b.lowercased() }
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in
            zip(x, y).allSatisfy { lower($0) == lower($1) }
        } }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
}

/// Which file and line first used each question id: an id is one question across all banks.
struct QuestionOwners {
    /// Where each id was first used; the text naming it is made only for an id used twice.
    private var owners: [String: (path: String, line: Int)] = [:]

    init(expected count: Int = 0) { owners.reserveCapacity(count) }

    /// Records `id` at `place`; false (with a diagnostic at `place`) when it was used before.
    mutating func claim(_ id: String, at place: QuestionPlaces, log: DiagnosticLog) -> Bool {
        claim(id, path: place.path, line: place.question.line, column: place.question.column, log: log)
    }

    /// Records `id` as starting at `path:line:column`; false (with a diagnostic there) when it was used before.
    mutating func claim(_ id: String, path: String, line: Int, column: Int, log: DiagnosticLog) -> Bool {
        if let first = owners[id] {
            log.add(Diagnostic(path: path, line: line, column: column, message: "question id `\(id)` is already used in \(first.path):\(first.line)"))
            return false
        }
        owners[id] = (path, line)
        return true
    }
}
