import TrainerCore

/// Messages for references that point nowhere, with a "did you mean".
enum References {
    static func hint(_ word: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: word, among: candidates).map { " (did you mean `\($0)`?)" } ?? ""
    }

    /// Why a plan item's reference does not resolve, or nil when it does.
    static func problem(with item: PlanItem, track: String, known: Curriculum, unparsed: Set<String> = []) -> String? {
        switch item.kind {
        case .lesson:
            guard known.lesson(item.ref, inTrack: track) == nil else { return nil }
            let folder = item.ref.contains("/") ? "\(item.ref.split(separator: "/")[0])/lessons" : "\(track)/lessons"
            let candidates = known.lessons.map { $0.track == track ? $0.id : $0.qualifiedID }
            return "lesson `\(item.ref)` not found in Curriculum/\(folder)/\(hint(item.ref, candidates))"
        case .quiz:
            return known.bank(item.ref) == nil && !unparsed.contains(item.ref) ? "quiz topic `\(item.ref)` has no bank\(hint(item.ref, known.topics))" : nil
        case .exam:
            return known.exam(item.ref) == nil
                ? "exam `\(item.ref)` has no blueprint in QuestionBanks/exams/\(hint(item.ref, known.exams.map(\.id)))" : nil
        case .meeting:
            return item.ref == "mentor" ? nil : "`meeting` takes `mentor`, not `\(item.ref)`"
        case .queue:
            return (Int(item.ref) ?? 0) > 0 ? nil : "`queue` takes a number of simulated minutes, not `\(item.ref)`"
        case .roleplay:
            return known.scenario(item.ref) == nil
                ? "scenario `\(item.ref)` not found in Curriculum/scenarios/\(hint(item.ref, known.scenarios.map(\.id)))" : nil
        case .task:
            return nil
        }
    }

    /// Why an exam section cannot be filled from its topic's exam pool, or nil.
    static func problem(with section: ExamBlueprint.Section, known: Curriculum, unparsed: Set<String> = []) -> String? {
        guard let bank = known.bank(section.topic) else {
            if unparsed.contains(section.topic) { return nil }
            return "section topic `\(section.topic)` has no bank\(hint(section.topic, known.topics))"
        }
        let pool = bank.examQuestions
        if pool.count < section.count {
            return "section `\(section.topic)` asks for \(section.count) questions but its exam pool has \(pool.count)"
        }
        let situational = pool.filter { $0.kind == .situational }.count
        if situational < section.situational {
            return "section `\(section.topic)` asks for \(section.situational) situational questions but its exam pool has \(situational)"
        }
        return nil
    }
}
