import Foundation
import TrainerCore

/// The content cache's file: every section of a curriculum as JSON of its own (one per bank and
/// one per plan), behind a short index, so a command decodes only the sections it reads.
///
///     trainer content cache 2
///     bank billing 0 48211
///     plan support 48211 21380
///     titles 69591 2260
///     questions 71851 8230
///     exams 80081 9120
///     ...
///     (empty line, then the sections' bytes)
struct CachedSections: Sendable {
    // 2: plans one per track, titles and question places apart (an older file is not read).
    static let header = "trainer content cache 2"

    private let data: Data
    /// Section name → its bytes' range in `data`, in the order written.
    private let ranges: [(name: String, range: Range<Int>)]

    /// Reads the index; nil when the file is not a cache of this format or is cut short.
    init?(_ data: Data) {
        guard let end = data.firstRange(of: Data("\n\n".utf8)) else { return nil }
        let lines = String(decoding: data[data.startIndex..<end.lowerBound], as: UTF8.self).split(separator: "\n")
        guard lines.first == Self.header[...] else { return nil }
        let payload = end.upperBound
        var ranges: [(String, Range<Int>)] = []
        for line in lines.dropFirst() {
            let words = line.split(separator: " ")
            guard words.count >= 3, let offset = Int(words[words.count - 2]), let length = Int(words[words.count - 1]),
                  offset >= 0, length >= 0, payload + offset + length <= data.endIndex else { return nil }
            ranges.append((words.dropLast(2).joined(separator: " "), (payload + offset)..<(payload + offset + length)))
        }
        self.data = data
        self.ranges = ranges
    }

    /// The file for `curriculum`; banks are encoded on every core (most of a large cache).
    static func encode(_ curriculum: Curriculum) -> Data? {
        let banks = curriculum.banks.concurrentMap { bank in (try? JSONEncoder().encode(bank)).map { ("bank \(bank.topic)", $0) } }
        var sections: [(String, Data)] = []
        for bank in banks {
            guard let bank else { return nil }
            sections.append(bank)
        }
        func add<T: Encodable>(_ name: String, _ value: T) -> Bool {
            guard let data = try? JSONEncoder().encode(value) else { return false }
            sections.append((name, data))
            return true
        }
        for plan in curriculum.plans { guard add("plan \(plan.track)", plan) else { return nil } }
        guard add("titles", curriculum.titles), add("questions", curriculum.questionTopics),
              add("exams", curriculum.exams), add("lessons", curriculum.lessons),
              add("scenarios", curriculum.scenarios), add("intents", curriculum.intents), add("tickets", curriculum.tickets),
              add("replies", curriculum.replies), add("sla", curriculum.sla) else { return nil }
        var index = Self.header + "\n", offset = 0
        for (name, bytes) in sections {
            index += "\(name) \(offset) \(bytes.count)\n"
            offset += bytes.count
        }
        var file = Data((index + "\n").utf8)
        for (_, bytes) in sections { file.append(bytes) }
        return file
    }

    /// A curriculum whose sections are decoded on first read. A section that will not decode is
    /// taken from `files` (the content parsed again), so a damaged cache costs time, not content.
    func curriculum(orElse files: Deferred<Curriculum>) -> Curriculum {
        let banks = ranges.compactMap { entry -> (topic: String, make: @Sendable () -> QuestionBank)? in
            guard entry.name.hasPrefix("bank ") else { return nil }
            let topic = String(entry.name.dropFirst(5))
            return (topic, { self.decode(QuestionBank.self, entry.name)
                ?? files.value.bank(topic) ?? QuestionBank(topic: topic, title: topic, questions: []) })
        }
        return Curriculum(Curriculum.Sections(
            banks: banks,
            exams: { self.decode([ExamBlueprint].self, "exams") ?? files.value.exams },
            plans: ranges.compactMap { entry in
                guard entry.name.hasPrefix("plan ") else { return nil }
                let track = String(entry.name.dropFirst(5))
                return (track, { self.decode(Plan.self, entry.name) ?? files.value.plan(track) })
            },
            lessons: { self.decode([Lesson].self, "lessons") ?? files.value.lessons },
            scenarios: { self.decode([Scenario].self, "scenarios") ?? files.value.scenarios },
            intents: { self.decode([Intent].self, "intents") ?? files.value.intents },
            tickets: { self.decode([TicketTemplate].self, "tickets") ?? files.value.tickets },
            replies: { self.decode([SavedReply].self, "replies") ?? files.value.replies },
            sla: { self.decode(SLAPolicy.self, "sla") ?? files.value.sla },
            // Without them (a damaged entry) they are worked out from the sections.
            titles: { self.decode(ContentTitles.self, "titles") },
            questionTopics: { self.decode(QuestionTopics.self, "questions") }))
    }

    private func decode<T: Decodable>(_ type: T.Type, _ name: String) -> T? {
        guard let range = ranges.first(where: { $0.name == name })?.range else { return nil }
        return try? JSONDecoder().decode(type, from: data[range])
    }
}
