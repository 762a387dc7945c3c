import Foundation
import TrainerCore

/// Loads `Curriculum/` and `QuestionBanks/` from a content folder into a validated `Curriculum`.
///
/// Every problem in every file is reported, each naming `path:line:column`; a curriculum with
/// problems is never handed out.
public struct ContentLoader: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// The validated curriculum, or every problem found.
    public func load() -> Result<Curriculum, ContentReport> { loadWithPlaces().map(\.curriculum) }

    /// The validated curriculum with the place of every question (for the lint), or every problem found.
    public func loadWithPlaces() -> Result<LoadedContent, ContentReport> {
        readContent(entries: nil).outcome.map { LoadedContent(curriculum: $0.curriculum, places: $0.places.value) }
    }

    /// Reads every file, or for a bank whose bytes `entries` has seen, takes that reading.
    /// Bank files are read on every core unless `concurrently` is false (the tests compare both).
    func readContent(entries: BankEntries?, concurrently: Bool = true) -> ContentRead {
        let log = DiagnosticLog()
        let hasBanks = isDirectory(Self.banksFolder), hasCurriculum = isDirectory(Self.curriculumFolder)
        if !hasBanks && !hasCurriculum {
            return ContentRead(outcome: .failure(ContentReport([Diagnostic(
                path: root.path,
                message: "no content here: expected Curriculum/ and QuestionBanks/ (set --content DIR or TRAINER_CONTENT)")])),
                bankFiles: [])
        }
        let names = files(in: Self.banksFolder, ending: ".yaml")
        let bankFiles = concurrently ? names.concurrentMap { readBank(named: $0, entries: entries) } : names.map { readBank(named: $0, entries: entries) }
        let (banks, places) = join(bankFiles, log: log)
        let tracks = subfolders(of: Self.curriculumFolder).filter { !Self.sharedFolders.contains($0) }
        let lessons = tracks.flatMap { track in
            let folder = "\(Self.curriculumFolder)/\(track)/lessons"
            return files(in: folder, ending: ".md").compactMap { name -> Lesson? in
                let path = "\(folder)/\(name)"
                guard let text = read(path, log: log) else { return nil }
                return LessonReader.read(text, track: track, id: String(name.dropLast(3)), path: path, log: log)
            }
        }
        // Exams and plans are read against what they refer to, so their problems keep their lines.
        let sections = { (exams: [ExamBlueprint], plans: [Plan], scenarios: [Scenario], intents: [Intent]) in
            Curriculum.Sections(banks: banks, exams: { exams }, plans: plans.map { plan in (plan.track, { plan }) }, lessons: { lessons }, scenarios: { scenarios },
                                intents: { intents }, tickets: { [] }, replies: { [] }, sla: { .standard })
        }
        var known = Curriculum(sections([], [], [], []))
        let examsFolder = "\(Self.banksFolder)/exams"
        let exams = files(in: examsFolder, ending: ".yaml").compactMap { name -> ExamBlueprint? in
            let path = "\(examsFolder)/\(name)"
            guard let file = parse(path, log: log) else { return nil }
            return ExamReader.read(file, expectedID: String(name.dropLast(5)), known: known, log: log)
        }
        // Scenarios are read against the shared intent library; plans may name them.
        let (intents, scenarios) = readScenarios(tracks: tracks, log: log)
        known = Curriculum(sections(exams, [], scenarios, intents))
        let plans = tracks.compactMap { track -> Plan? in
            let path = "\(Self.curriculumFolder)/\(track)/plan.yaml"
            guard let file = parse(path, log: log) else { return nil }
            return PlanReader.read(file, expectedTrack: track, known: known, log: log)
        }
        let sandbox = readSandbox(log: log)
        var all = sections(exams, plans, scenarios, intents)
        (all.tickets, all.replies, all.sla) = ({ sandbox.tickets }, { sandbox.replies }, { sandbox.sla })
        return ContentRead(outcome: log.hasErrors ? .failure(ContentReport(log.diagnostics))
                               : .success((Curriculum(all), places)),
                           bankFiles: bankFiles)
    }

    /// One bank file: from its cache entry when `entries` has these bytes, else parsed and read
    /// (and kept there). Runs on a core of its own: bank files are independent.
    private func readBank(named name: String, entries: BankEntries?) -> BankFileRead {
        let path = "\(Self.banksFolder)/\(name)", topic = String(name.dropLast(5))
        let log = DiagnosticLog()
        // The fingerprint has hashed the file: an unchanged bank is taken from its entry unread.
        let known = entries?.key(path: path)
        if let entries, let known {
            // Should the entry's bank prove damaged: the file again.
            let reparse = { @Sendable in self.readBank(named: name, entries: nil) }
            if let cached = entries.read(known, path: path, topic: topic, reparse: reparse) { return cached }
        }
        guard let bytes = readBytes(path, log: log) else {
            log.unparsedTopics.insert(topic)
            return BankFileRead(path: path, topic: topic, read: nil, log: log)
        }
        guard let entries else { return readBank(bytes, path: path, topic: topic, log: log) }
        let key = known ?? entries.key(path: path, bytes: bytes)
        var read = readBank(bytes, path: path, topic: topic, log: log)
        entries.write(read, key: key)
        read.cacheKey = key
        return read
    }

    private func readBank(_ bytes: Data, path: String, topic: String, log: DiagnosticLog) -> BankFileRead {
        guard let text = text(of: bytes, path: path, log: log), let file = YAMLFile.parse(text, path: path, log: log) else {
            log.unparsedTopics.insert(topic)
            return BankFileRead(path: path, topic: topic, read: nil, log: log)
        }
        return BankFileRead(path: path, topic: topic, read: BankReader.read(file, expectedTopic: topic, log: log), log: log)
    }

    /// The bank files' readings joined in file order, so a question id used twice is reported at
    /// its second place whatever the threads did; a question that lost its id is left out.
    private func join(_ reads: [BankFileRead], log: DiagnosticLog)
        -> (banks: [(topic: String, make: @Sendable () -> QuestionBank)], places: Deferred<ContentPlaces>) {
        let questions = reads.reduce(0) { $0 + $1.claims.count }
        var owners = QuestionOwners(expected: questions)
        var banks: [(topic: String, make: @Sendable () -> QuestionBank)] = []
        var kept: [(read: BankFileRead, dropped: Set<String>)] = []
        for read in reads {
            for diagnostic in read.diagnostics { log.add(diagnostic) }
            if read.isUnparsed { log.unparsedTopics.insert(read.topic) }
            guard let bank = read.bank else { continue }
            let dropped = Set(read.claims.filter { !owners.claim($0.id, path: read.path, line: $0.line, column: $0.column, log: log) }.map(\.id))
            banks.append((read.topic, dropped.isEmpty ? { @Sendable in bank.value } : { @Sendable in
                var copy = bank.value
                copy.questions.removeAll { dropped.contains($0.id) }
                return copy
            }))
            kept.append((read, dropped))
        }
        let joined = kept
        let places = Deferred<ContentPlaces> { @Sendable in
            var places: ContentPlaces = [:]
            places.reserveCapacity(questions)
            // Places from cache entries are decoded on every core.
            for ((read, dropped), filePlaces) in zip(joined, joined.concurrentMap { $0.read.places.value }) {
                for (claim, place) in zip(read.claims, filePlaces) where !dropped.contains(claim.id) { places[claim.id] = place }
            }
            return places
        }
        return (banks, places)
    }

    /// Only the role-play scenarios and the intent library, validated (for tools and benchmarks).
    public func loadScenarios() -> Result<(intents: [Intent], scenarios: [Scenario]), ContentReport> {
        let log = DiagnosticLog()
        let tracks = subfolders(of: Self.curriculumFolder).filter { !Self.sharedFolders.contains($0) }
        let read = readScenarios(tracks: tracks, log: log)
        return log.hasErrors ? .failure(ContentReport(log.diagnostics)) : .success(read)
    }

    /// Only the sandbox: ticket templates, saved replies and the SLA policy, validated.
    public func loadSandbox() -> Result<(tickets: [TicketTemplate], replies: [SavedReply], sla: SLAPolicy), ContentReport> {
        let log = DiagnosticLog()
        let read = readSandbox(log: log)
        return log.hasErrors ? .failure(ContentReport(log.diagnostics)) : .success(read)
    }

    private func readSandbox(log: DiagnosticLog) -> (tickets: [TicketTemplate], replies: [SavedReply], sla: SLAPolicy) {
        var seen: [String: String] = [:]
        let replies = files(in: Self.repliesFolder, ending: ".yaml").flatMap { name -> [SavedReply] in
            guard let file = parse("\(Self.repliesFolder)/\(name)", log: log) else { return [] }
            return ReplyReader.read(file, seen: &seen, log: log)
        }
        let ids = Set(replies.map(\.id))
        let ticketNames = files(in: Self.ticketsFolder, ending: ".yaml")
        let sla = ticketNames.contains(SLAReader.fileName)
            ? parse("\(Self.ticketsFolder)/\(SLAReader.fileName)", log: log).map { SLAReader.read($0, log: log) } ?? .standard
            : .standard
        let tickets = ticketNames.filter { $0 != SLAReader.fileName }.compactMap { name -> TicketTemplate? in
            guard let file = parse("\(Self.ticketsFolder)/\(name)", log: log) else { return nil }
            return TicketReader.read(file, id: String(name.dropLast(5)), replies: ids, log: log)
        }
        return (tickets, replies, sla)
    }

    private func readScenarios(tracks: [String], log: DiagnosticLog) -> (intents: [Intent], scenarios: [Scenario]) {
        let folder = "\(Self.curriculumFolder)/scenarios"
        guard isDirectory(folder) else { return ([], []) }
        let intents = parse("\(folder)/\(Self.intentLibrary)", log: log).map { IntentReader.readLibrary($0, log: log) } ?? []
        let scenarios = files(in: folder, ending: ".yaml").filter { $0 != Self.intentLibrary }.compactMap { name -> Scenario? in
            let path = "\(folder)/\(name)"
            guard let file = parse(path, log: log) else { return nil }
            return ScenarioReader.read(file, expectedID: String(name.dropLast(5)), tracks: tracks, library: intents, log: log)
        }
        return (intents, scenarios)
    }

    /// The Markdown text of a lesson.
    public func lessonText(_ lesson: Lesson) throws -> String {
        try String(contentsOf: root.appendingPathComponent(Self.lessonPath(lesson)), encoding: .utf8)
    }

    public static func lessonPath(_ lesson: Lesson) -> String {
        "\(curriculumFolder)/\(lesson.track)/lessons/\(lesson.id).md"
    }

    public static let intentLibrary = "intents.yaml"
    public static let banksFolder = "QuestionBanks"
    public static let curriculumFolder = "Curriculum"
    public static let ticketsFolder = "Curriculum/tickets"
    public static let repliesFolder = "Curriculum/replies"
    /// Folders under Curriculum/ that are not tracks.
    static let sharedFolders: Set<String> = ["scenarios", "tickets", "replies"]

    // MARK: - File access

    private func parse(_ path: String, log: DiagnosticLog) -> YAMLFile? {
        guard let text = read(path, log: log) else { return nil }
        return YAMLFile.parse(text, path: path, log: log)
    }

    private func read(_ path: String, log: DiagnosticLog) -> String? {
        readBytes(path, log: log).flatMap { text(of: $0, path: path, log: log) }
    }

    private func readBytes(_ path: String, log: DiagnosticLog) -> Data? {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.add(Diagnostic(path: path, message: "cannot read the file (missing or not readable)"))
            return nil
        }
        return data
    }

    private func text(of data: Data, path: String, log: DiagnosticLog) -> String? {
        guard let text = String(validating: data, as: UTF8.self) else {
            log.add(Diagnostic(path: path, message: "the file is not UTF-8 text"))
            return nil
        }
        return text
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDir) && isDir.boolValue
    }

    private func files(in folder: String, ending suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
    }

    private func subfolders(of folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && isDirectory("\(folder)/\($0)") }.sorted()
    }
}
