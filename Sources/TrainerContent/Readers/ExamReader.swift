import TrainerCore

/// Reads `QuestionBanks/exams/<exam>.yaml` (format v1).
enum ExamReader {
    static let examKeys: Set<String> = [
        "exam", "title", "minutes", "pass", "sections", "rotation", "recertify_after_days",
    ]
    static let sectionKeys: Set<String> = ["topic", "count", "situational"]
    static let rotationKeys: Set<String> = ["rest_days", "retire_after"]

    static func read(_ file: YAMLFile, expectedID: String, known: Curriculum, log: DiagnosticLog) -> ExamBlueprint? {
        guard let exam = MappingReader(file.root, path: file.path, what: "the exam", allowedKeys: examKeys, log: log) else {
            return nil
        }
        let id = exam.string("exam")
        if let id, id != expectedID {
            log.add(file.path, exam.value("exam")?.mark, "exam `\(id)` must equal the file name `\(expectedID)`")
        }
        let title = exam.string("title")
        let minutes = exam.int("minutes", in: 1...600)
        let pass = exam.double("pass", in: 0...1)
        let sections = (exam.sequence("sections") ?? []).compactMap { readSection($0, path: file.path, known: known, log: log) }
        if exam.has("sections"), sections.isEmpty {
            log.add(file.path, exam.value("sections")?.mark, "an exam needs at least one section")
        }
        var rotation = ExamBlueprint.Rotation()
        if let node = exam.value("rotation"),
           let r = MappingReader(node, path: file.path, what: "the rotation", allowedKeys: rotationKeys, log: log) {
            rotation.restDays = r.int("rest_days", required: false, in: 0...3650) ?? rotation.restDays
            rotation.retireAfter = r.int("retire_after", required: false, in: 1...100_000) ?? rotation.retireAfter
        }
        let recertify = exam.int("recertify_after_days", required: false, in: 1...3650)
        guard let title, let minutes, let pass else { return nil }
        return ExamBlueprint(id: expectedID, title: title, minutes: minutes, pass: pass, sections: sections,
                             rotation: rotation, recertifyAfterDays: recertify)
    }

    private static func readSection(_ node: YAMLNode, path: String, known: Curriculum, log: DiagnosticLog) -> ExamBlueprint.Section? {
        guard let s = MappingReader(node, path: path, what: "a section", allowedKeys: sectionKeys, log: log) else {
            return nil
        }
        guard let topic = s.string("topic"), let count = s.int("count", in: 1...200) else { return nil }
        let situational = s.int("situational", required: false, in: 0...200) ?? 0
        if situational > count {
            log.add(path, s.value("situational")?.mark, "`situational` (\(situational)) cannot exceed `count` (\(count))")
        }
        let section = ExamBlueprint.Section(topic: topic, count: count, situational: situational)
        if let problem = References.problem(with: section, known: known, unparsed: log.unparsedTopics) { log.add(path, node.mark, problem) }
        return section
    }
}
