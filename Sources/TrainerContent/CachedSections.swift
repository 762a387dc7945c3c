import Foundation
import TrainerCore

/// The content cache's entry for a whole curriculum: every section but the banks on its own
/// (`SectionedFile`; one per plan, titles and question places apart; those in compact form,
/// `SectionCoding`, the rest as JSON), so a command decodes only the sections it reads, and for
/// each bank the key of its own entry (`BankEntries`), which holds its questions.
struct CachedSections: Sendable {
    // 3: plans one per track, titles and question places apart; 4: those three in compact form
    // (an older file is not read).
    static let header = "trainer content cache 4"

    /// A bank's topic and the key of its entry.
    struct BankReference: Sendable, Codable {
        var topic: String
        var entry: String
    }

    private let file: SectionedFile

    /// Reads the index; nil when the file is not a cache of this format or is cut short.
    init?(_ data: Data) {
        guard let file = SectionedFile(data, header: Self.header) else { return nil }
        self.file = file
    }

    /// The entry for `curriculum`, whose banks are kept under `banks`; nil when a section will not encode.
    static func encode(_ curriculum: Curriculum, banks: [BankReference]) -> Data? {
        var sections: [(name: String, bytes: Data)] = []
        func add<T: Encodable>(_ name: String, _ value: T) -> Bool {
            guard let data = try? JSONEncoder().encode(value) else { return false }
            sections.append((name, data))
            return true
        }
        guard add("banks", banks) else { return nil }
        for plan in curriculum.plans { sections.append(("plan \(plan.track)", SectionCoding.encode(plan))) }
        sections.append(("titles", SectionCoding.encode(curriculum.titles)))
        sections.append(("questions", SectionCoding.encode(curriculum.questionTopics)))
        guard add("exams", curriculum.exams), add("lessons", curriculum.lessons),
              add("scenarios", curriculum.scenarios), add("intents", curriculum.intents), add("tickets", curriculum.tickets),
              add("replies", curriculum.replies), add("sla", curriculum.sla) else { return nil }
        return SectionedFile.encode(header: header, sections)
    }

    /// The banks' references; nil when damaged.
    var banks: [BankReference]? { file.decode([BankReference].self, "banks") }

    /// A curriculum whose sections are decoded on first read. A section that will not decode is
    /// taken from `files` (the content parsed again), so a damaged cache costs time, not content.
    func curriculum(banks entries: BankEntries, orElse files: Deferred<Curriculum>) -> Curriculum {
        let banks = self.banks.map { references in
            references.map { reference -> (topic: String, make: @Sendable () -> QuestionBank) in
                (reference.topic, { entries.bank(reference.entry)
                    ?? files.value.bank(reference.topic) ?? QuestionBank(topic: reference.topic, title: reference.topic, questions: []) })
            }
        } ?? files.value.banks.map { bank in (bank.topic, { bank }) }
        let file = self.file
        return Curriculum(Curriculum.Sections(
            banks: banks,
            exams: { file.decode([ExamBlueprint].self, "exams") ?? files.value.exams },
            plans: file.names.compactMap { name in
                guard name.hasPrefix("plan ") else { return nil }
                let track = String(name.dropFirst(5))
                return (track, { file.section(name).flatMap(SectionCoding.plan(from:)) ?? files.value.plan(track) })
            },
            lessons: { file.decode([Lesson].self, "lessons") ?? files.value.lessons },
            scenarios: { file.decode([Scenario].self, "scenarios") ?? files.value.scenarios },
            intents: { file.decode([Intent].self, "intents") ?? files.value.intents },
            tickets: { file.decode([TicketTemplate].self, "tickets") ?? files.value.tickets },
            replies: { file.decode([SavedReply].self, "replies") ?? files.value.replies },
            sla: { file.decode(SLAPolicy.self, "sla") ?? files.value.sla },
            // Without them (a damaged entry) they are worked out from the sections.
            titles: { file.section("titles").flatMap(SectionCoding.titles(from:)) },
            questionTopics: { file.section("questions").flatMap(SectionCoding.questionTopics(from:)) }))
    }
}
