import TrainerCore

/// `trainer check`'s report on exam pools: per blueprint section, how many disjoint forms the
/// pool can supply (retired items left out by the store are not known here: this is the content's
/// capacity), with a warning below two, because then a retake or the next session must wait
/// for items to rest.
enum ExamPoolReport {
    static func say(for curriculum: Curriculum, in session: Session) {
        for blueprint in curriculum.exams {
            let sections = PoolCapacity.sections(of: blueprint, banks: curriculum.banks)
            let forms = sections.map(\.disjointForms).min() ?? 0
            session.say("Exam \(blueprint.id): pools for \(forms) disjoint form\(forms == 1 ? "" : "s") ("
                + sections.map { "\($0.topic) \($0.disjointForms)" }.joined(separator: ", ") + ").")
            for section in sections where section.isLow {
                let situational = section.situational > 0 ? ", \(section.situational) situational" : ""
                session.warn("warning: exam \(blueprint.id), section \(section.topic): the pool gives \(section.disjointForms) disjoint form\(section.disjointForms == 1 ? "" : "s") "
                    + "(\(section.poolItems) items, \(section.poolSituational) situational; each form takes \(section.count)\(situational)); "
                    + "write at least \(PoolCapacity.minimumForms) forms' worth")
            }
        }
    }
}
