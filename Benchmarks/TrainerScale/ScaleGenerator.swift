import Foundation
import GRDB
import TrainerContent
import TrainerCore
import TrainerStore

/// A synthetic organisation for measuring reports at scale: a lead, mentors and trainees over
/// two years, banks written as YAML into a content folder beside the database, and their history
/// (quizzes, reviews, exams, role-plays, meetings, self-reviews, sandbox shifts). The same seed gives the same
/// organisation. Accounts go through the store's API; the history through its schema in one
/// transaction of prepared statements, so the full size takes a minute, not hours.
public struct ScaleGenerator {
    public var seed: UInt64
    public var size: ScaleSize
    /// The shipped content (plans, lessons, scenarios and banks) the generated banks join.
    public var shippedContent: URL

    public init(seed: UInt64, size: ScaleSize, shippedContent: URL) {
        self.seed = seed
        self.size = size
        self.shippedContent = shippedContent
    }

    /// Where a generated organisation's content folder goes: beside its database.
    public static func contentFolder(besideDatabase path: String) -> URL {
        URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("content", isDirectory: true)
    }

    /// Writes the content folder and a new database at `path` (refusing an existing file).
    public func generate(databaseAt path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw GenerationError("\(path) exists: generate into a new file")
        }
        var random = SeededGenerator(seed: seed)
        let content = SyntheticBanks.make(questions: size.banks * size.questionsPerBank, banks: size.banks, seed: seed)
        try writeContent(content.curriculum.banks, to: Self.contentFolder(besideDatabase: path))
        guard case .success(let shipped) = ContentLoader(root: shippedContent).load(),
              case .success(let scenarios) = ContentLoader(root: shippedContent).loadScenarios(),
              case .success(let sandbox) = ContentLoader(root: shippedContent).loadSandbox() else {
            throw GenerationError("the shipped content in \(shippedContent.path) does not load")
        }
        let now = ScaleNames.nowDate
        let store = try Store(path: path)
        let people = try addAccounts(tracks: shipped.tracks, now: now, store: store, random: &random)
        let plan = HistoryPlan(size: size, people: people, banks: content.curriculum.banks, exams: shipped.exams, now: now, random: &random)
        let scripts = try scenarios.scenarios.map { scenario in
            (scenario: scenario, body: String(decoding: try JSONEncoder().encode(RolePlayScript(scenario, library: scenarios.intents)), as: UTF8.self))
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            var writer = try HistoryWriter(db, banks: content.curriculum.banks, lead: people.lead, trainees: people.trainees.map(\.account))
            try writer.write(plan.attempts(random: &random), sessions: plan.examSessions, random: &random)
            try RolePlayWriter.write(plan.rolePlays(scenarios: scripts.count, random: &random), scripts: scripts, people: people, db)
            try MentoringWriter.write(people: people, lessons: shipped.lessons, now: now, db)
            let kit = SandboxKit(templates: sandbox.tickets, replies: sandbox.replies, policy: sandbox.sla, intents: scenarios.intents)
            try writeSandboxTickets(plan.sandboxShifts(random: &random), kit: kit, people: people, db)
        }
        try queue.close()
        // The history went in through the schema: the summaries submitting keeps are built once.
        try store.rebuildAnswerSummaries()
        try store.rebuildLastAgentTurns()
    }

    /// `size.sandboxTickets` sandbox tickets in finished shifts (and a few running ones), through
    /// the v8-sandbox schema in the history's transaction; none when the content has no tickets.
    func writeSandboxTickets(_ shifts: [HistoryPlan.SandboxShift], kit: SandboxKit, people: People, _ db: Database) throws {
        guard !kit.templates.isEmpty else { return }
        var writer = try SandboxWriter(db, kit: kit, seed: seed)
        try writer.write(shifts, people: people)
    }

    private func writeContent(_ banks: [QuestionBank], to folder: URL) throws {
        let files = FileManager.default
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        for part in ["Curriculum", "QuestionBanks"] {
            try files.copyItem(at: shippedContent.appendingPathComponent(part), to: folder.appendingPathComponent(part))
        }
        for bank in banks {
            try BankFiles.yaml(bank).write(to: folder.appendingPathComponent("QuestionBanks/\(bank.topic).yaml"),
                                           atomically: false, encoding: .utf8)
        }
    }

    private func addAccounts(tracks: [String], now: Date, store: Store, random: inout SeededGenerator) throws -> People {
        let history = now.addingTimeInterval(-Double(ScaleSize.days) * 86_400)
        func account(_ name: String, _ role: Role, mentor: String? = nil, track: String? = nil, start: Date? = nil) throws -> Account {
            try store.addAccount(NewAccount(name: name, role: role, mentor: mentor, track: track, start: start.map { Day(date: $0) },
                                            passphrase: ScaleNames.passphrase, iterations: ScaleNames.iterations), at: history)
        }
        let lead = try account(ScaleNames.lead, .lead)
        let mentors = try (0..<size.mentors).map { try account(ScaleNames.mentor($0), .mentor) }
        let trainees = try (0..<size.trainees).map { index in
            // The first trainee starts on the history's first day; the others at random in it.
            let offset = index == 0 ? 0 : Int.random(in: 0..<(ScaleSize.days - 14), using: &random)
            let start = history.addingTimeInterval(Double(offset) * 86_400)
            let trainee = try account(ScaleNames.trainee(index), .trainee, mentor: mentors[index % mentors.count].name,
                                      track: tracks.isEmpty ? nil : tracks[index % tracks.count], start: start)
            return People.Trainee(account: trainee, mentorID: mentors[index % mentors.count].id, start: start,
                                  skill: Double.random(in: 0.55...0.95, using: &random))
        }
        return People(lead: lead, mentors: mentors, trainees: trainees)
    }
}

/// The accounts the history is written for.
struct People {
    struct Trainee {
        var account: Account
        var mentorID: Int64
        var start: Date
        /// The chance of answering a question right.
        var skill: Double
    }
    var lead: Account
    var mentors: [Account]
    var trainees: [Trainee]
}

public struct GenerationError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
