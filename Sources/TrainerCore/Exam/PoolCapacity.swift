/// How many disjoint forms each section of a blueprint can draw from its exam pool: the number
/// of sessions (or candidates) it can serve before an item must come back. `trainer check`
/// reports it and warns below `minimumForms`.
public enum PoolCapacity {
    public static let minimumForms = 2

    public struct SectionCapacity: Sendable, Equatable {
        public var topic: String
        public var count: Int
        public var situational: Int
        public var poolItems: Int
        public var poolSituational: Int
        public var disjointForms: Int

        public var isLow: Bool { disjointForms < PoolCapacity.minimumForms }
    }

    public static func sections(of blueprint: ExamBlueprint, banks: [QuestionBank], retired: Set<String> = []) -> [SectionCapacity] {
        blueprint.sections.map { section in
            let pool = (banks.first { $0.topic == section.topic }?.examQuestions ?? []).filter { !retired.contains($0.id) }
            let situational = pool.filter { $0.kind == .situational }.count
            // Each form takes `count` items of which at least `situational` are situational.
            var forms = section.count > 0 ? pool.count / section.count : 0
            if section.situational > 0 { forms = min(forms, situational / section.situational) }
            return SectionCapacity(topic: section.topic, count: section.count, situational: section.situational,
                                   poolItems: pool.count, poolSituational: situational, disjointForms: forms)
        }
    }
}
