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
        let log = DiagnosticLog()
        let hasBanks = isDirectory(Self.banksFolder), hasCurriculum = isDirectory(Self.curriculumFolder)
        if !hasBanks && !hasCurriculum {
            return .failure(ContentReport([Diagnostic(
                path: root.path,
                message: "no content here: expected Curriculum/ and QuestionBanks/ (set --content DIR or TRAINER_CONTENT)")]))
        }
        var places: ContentPlaces = [:]
        let banks = readBanks(places: &places, log: log)
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
        var known = Curriculum(banks: banks, exams: [], plans: [], lessons: lessons)
        let examsFolder = "\(Self.banksFolder)/exams"
        let exams = files(in: examsFolder, ending: ".yaml").compactMap { name -> ExamBlueprint? in
            let path = "\(examsFolder)/\(name)"
            guard let file = parse(path, log: log) else { return nil }
            return ExamReader.read(file, expectedID: String(name.dropLast(5)), known: known, log: log)
        }
        // Scenarios are read against the shared intent library; plans may name them.
        let (intents, scenarios) = readScenarios(tracks: tracks, log: log)
        known = Curriculum(banks: banks, exams: exams, plans: [], lessons: lessons, scenarios: scenarios, intents: intents)
        let plans = tracks.compactMap { track -> Plan? in
            let path = "\(Self.curriculumFolder)/\(track)/plan.yaml"
            guard let file = parse(path, log: log) else { return nil }
            return PlanReader.read(file, expectedTrack: track, known: known, log: log)
        }
        let sandbox = readSandbox(log: log)
        let curriculum = Curriculum(banks: banks, exams: exams, plans: plans, lessons: lessons, scenarios: scenarios, intents: intents,
                                    tickets: sandbox.tickets, replies: sandbox.replies, sla: sandbox.sla)
        return log.hasErrors ? .failure(ContentReport(log.diagnostics)) : .success(LoadedContent(curriculum: curriculum, places: places))
    }

    /// Bank files are independent, so each is parsed and read on a core of its own (most of a
    /// large check is YAML parsing); they are joined in file order, so a question id used twice
    /// is reported at its second place whatever the threads did.
    private func readBanks(places: inout ContentPlaces, log: DiagnosticLog) -> [QuestionBank] {
        let names = files(in: Self.banksFolder, ending: ".yaml")
        let reads = names.concurrentMap { name -> (read: BankReader.Read?, log: DiagnosticLog) in
            let fileLog = DiagnosticLog(), topic = String(name.dropLast(5))
            guard let file = parse("\(Self.banksFolder)/\(name)", log: fileLog) else {
                fileLog.unparsedTopics.insert(topic)
                return (nil, fileLog)
            }
            return (BankReader.read(file, expectedTopic: topic, log: fileLog), fileLog)
        }
        var owners = QuestionOwners()
        var banks: [QuestionBank] = []
        for (read, fileLog) in reads {
            log.append(fileLog)
            guard var read else { continue }
            let kept = zip(read.bank.questions, read.places).filter { owners.claim($0.id, at: $1, log: log) }
            read.bank.questions = kept.map(\.0)
            for (question, place) in kept { places[question.id] = place }
            banks.append(read.bank)
        }
        return banks
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
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.add(Diagnostic(path: path, message: "cannot read the file (missing or not readable)"))
            return nil
        }
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
