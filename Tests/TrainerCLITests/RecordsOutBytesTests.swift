import Foundation
import GRDB
import Testing
@testable import TrainerCLI
import TrainerContent
import TrainerCore
import TrainerStore
import TrainerTestSupport

/// `export results` and `results --json` on a small store full of awkward text (quotes, commas,
/// line breaks, U+2028, control characters, DEL, emoji, non-ASCII ids), sealed and open exams,
/// skipped, empty and unserved answers: the byte writers must give what the row-by-row code gave.
/// The export's golden files were recorded from that code (commit 747863e); `results --json` is
/// compared with what `JSONOutput.render` makes of the rows the attempt-by-attempt reader gives.
@Suite struct RecordsOutBytesTests {
    static let fixture = Result { try RecordsFixture() }
    /// The same records without what v12 keeps beside the hash (the answers' served ids, the
    /// copies' keys), as a tool writing straight into the schema before v12 left them: versions are
    /// then found by hash and their keys read from their bodies.
    static let hashOnly = Result { try RecordsFixture(servedIDs: false) }

    @Test(arguments: ["csv", "json"], ["lena", "mark", RecordsFixture.trainee])
    func anExportIsTheSameBytesAsBefore(format: String, viewer: String) throws {
        let fixture = try Self.fixture.get()
        let output = try fixture.run(["export", "results", "--format", format], as: viewer)
        let name = "export-\(format)-\(fixture.fileName(viewer))"
        if let problem = Self.mismatch(output, golden: name) { Issue.record("\(problem)") }
    }

    /// xAPI changed in one way: a question version's definition rides with its first statement
    /// only. Every line is the old line, or the old line without its `definition`.
    @Test(arguments: ["lena", "mark", RecordsFixture.trainee])
    func xAPIIsTheSameStatementsWithEachDefinitionOnce(viewer: String) throws {
        let fixture = try Self.fixture.get()
        let output = try fixture.run(["export", "results", "--format", "xapi"], as: viewer)
        let url = Self.golden("export-xapi-\(fixture.fileName(viewer))")
        let before = try Data(contentsOf: url).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let after = Data(output.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        var defined = Set<String>(), trimmed = 0
        for (old, new) in zip(before, after) where !old.isEmpty {
            let statement = try #require(try JSONSerialization.jsonObject(with: Data(new)) as? [String: Any])
            let object = try #require(statement["object"] as? [String: Any])
            let id = try #require(object["id"] as? String)
            guard old != new else {
                if object["definition"] != nil { defined.insert(id) }
                continue
            }
            let prefix = zip(old, new).prefix { $0 == $1 }.count
            let suffix = zip(old.reversed(), new.reversed()).prefix { $0 == $1 }.count
            let removed = old.dropFirst(prefix).dropLast(suffix)
            #expect(prefix + suffix == new.count && removed.starts(with: Array(",\"definition\":".utf8)),
                    "\(String(decoding: new, as: UTF8.self))")
            #expect(defined.contains(id), "the definition of \(id) came with an earlier statement")
            trimmed += 1
        }
        #expect(!defined.isEmpty && trimmed > 0, "the fixture repeats question versions")
    }

    @Test(arguments: ["lena", "mark", "mia", RecordsFixture.trainee, RecordsFixture.other])
    func resultsJSONIsWhatJSONEncoderMakesOfTheRows(viewer: String) throws {
        let fixture = try Self.fixture.get()
        let output = try fixture.run(["results", "--json"], as: viewer)
        let account = try #require(try fixture.store.account(named: viewer))
        var rows: [ResultsCommand.Row] = []
        try fixture.store.forEachAttempt(visibleTo: account) { attempt in
            rows.append(ResultsCommand.row(for: attempt))
            return true
        }
        let expected = try JSONOutput.render(rows) + "\n"
        #expect(Array(output.utf8) == Array(expected.utf8), "\(output)")
        #expect(rows.isEmpty == (viewer == "mia"))
    }

    @Test(arguments: ["lena", "mark", RecordsFixture.trainee])
    func answersWithoutServedIDsExportAndListTheSameBytes(viewer: String) throws {
        let fixture = try Self.fixture.get(), hashOnly = try Self.hashOnly.get()
        let cleared = try DatabaseQueue(path: hashOnly.folder.path("records.sqlite")).read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM attemptQuestion WHERE servedHash IS NOT NULL AND servedId IS NULL)
                     + (SELECT COUNT(*) FROM servedQuestion WHERE correctIds IS NULL)
                """)
        }
        #expect(cleared == 12 + 2)
        for words in [["results", "--json"], ["export", "results", "--format", "csv"], ["export", "results", "--format", "json"],
                      ["export", "results", "--format", "xapi"]] {
            let expected = try fixture.run(words, as: viewer), output = try hashOnly.run(words, as: viewer)
            #expect(Array(output.utf8) == Array(expected.utf8), "\(words)")
        }
    }

    static func golden(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name).golden")
    }

    /// Compared as bytes (String equality would let a decomposed é pass for a precomposed one).
    static func mismatch(_ actual: String, golden name: String) -> String? {
        let url = golden(name)
        guard let expected = try? Data(contentsOf: url) else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return "no golden file \(name) yet: recorded it from this run; review and commit it"
        }
        guard expected != Data(actual.utf8) else { return nil }
        try? Data(actual.utf8).write(to: url.appendingPathExtension("new"))
        return "\(name) differs: new output beside it (.new)"
    }
}

/// The awkward store: three people with hostile names, questions with hostile ids and texts.
final class RecordsFixture: @unchecked Sendable {
    let folder = TemporaryDirectory()
    let store: Store
    let curriculum: Curriculum
    static let trainee = "tom\u{2028}\"o'neil, jr\""
    static let other = "ana😀\u{1}\u{8}\u{C}\u{1F}\u{7F}\\/é\té"

    func fileName(_ viewer: String) -> String { viewer == Self.trainee ? "trainee" : viewer }

    init(servedIDs: Bool = true) throws {
        ContentFixture.write(to: folder)
        curriculum = try ContentLoader(root: folder.url).load().get()
        let path = folder.path("records.sqlite")
        store = try Store(path: path)
        let at = Date(timeIntervalSince1970: 0)
        try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: 1_000), at: at)
        try store.addAccount(NewAccount(name: "mark", role: .mentor, passphrase: "x", iterations: 1_000), at: at)
        try store.addAccount(NewAccount(name: "tom", role: .trainee, mentor: "mark", track: "basic", passphrase: "x", iterations: 1_000), at: at)
        try store.addAccount(NewAccount(name: "ana", role: .trainee, passphrase: "x", iterations: 1_000), at: at)
        try store.addAccount(NewAccount(name: "mia", role: .mentor, passphrase: "x", iterations: 1_000), at: at)

        let questions = [
            Question(id: "q,1 \"quoted\"", topic: "line\nbreak, topic", prompt: "  Which \"one\",\r\n really?\u{2028} 😀 ", options: [
                AnswerOption(id: "a", text: "A, \"first\"\n", isCorrect: true),
                AnswerOption(id: "é", text: "é\u{1}\u{7F}", isCorrect: true),
                AnswerOption(id: "Z", text: "zed\\", isCorrect: false),
            ]),
            Question(id: "q2-ünï", topic: "plain", prompt: "Pick\tone", options: [
                AnswerOption(id: "1", text: "one", isCorrect: false),
                AnswerOption(id: "2", text: "two 😀", isCorrect: true),
            ]),
        ]
        let served = try questions.map { try Store.servedCopy(of: $0) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE user SET name = ? WHERE name = 'tom'", arguments: [Self.trainee])
            try db.execute(sql: "UPDATE user SET name = ? WHERE name = 'ana'", arguments: [Self.other])
            for (question, copy) in zip(questions, served) {
                try db.execute(sql: """
                    INSERT INTO servedQuestion (hash, questionId, body, correctIds) VALUES (?1, ?2, ?3, CASE WHEN ?4 THEN \(Store.servedCorrectIDs(of: "?3")) END)
                    """, arguments: [copy.hash, question.id, copy.body, servedIDs])
            }
            let lena: Int64 = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = 'lena'") ?? 0
            let tom: Int64 = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [Self.trainee]) ?? 0
            let ana: Int64 = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [Self.other]) ?? 0
            for (id, closed) in [(1, nil), (2, "2026-11-20 10:00:00.000")] as [(Int, String?)] {
                try db.execute(sql: """
                    INSERT INTO examSession (id, exam, title, minutes, passMark, restDays, retireAfter, opensAt, openedById, createdAt, closedAt)
                    VALUES (?, 'cert', 'Cert', 30, 0.8, 7, 3, '2026-11-19 09:00:00.000', ?, '2026-11-19 09:00:00.000', ?)
                    """, arguments: [id, lena, closed])
            }
            // id, user, kind, topic, started, finished, abandoned, score, passed, reconstructed, session
            let attempts: [[(any DatabaseValueConvertible)?]] = [
                [1, tom, "quiz", "line\nbreak, topic", "2026-11-18 09:00:00.999", "2026-11-18 09:10:00.500", 0, 0.25, false, 0, nil],
                [2, ana, "review", "plain", "2026-11-18 10:00:00.000", "2026-11-18 10:05:00.000", 0, 1.0 / 3, nil, 1, nil],
                [3, tom, "exam", "cert", "2026-11-19 09:00:00.000", "2026-11-19 09:20:00.000", 0, 0.5, false, 0, 1],
                [4, tom, "exam", "cert", "2026-11-19 11:00:00.000", "2026-11-19 11:20:00.000", 0, 1.0, true, 0, 2],
                [5, tom, "quiz", "plain", "2026-11-20 09:00:00.000", "2026-11-20 09:01:00.000", 1, nil, nil, 0, nil],
                [6, ana, "quiz", "plain", "2026-11-21 09:00:00.000", nil, 0, nil, nil, 0, nil],
                [7, ana, "quiz", "empty, none", "2026-11-21 10:00:00.000", "2026-11-21 10:00:01.000", 0, 0.0, false, 0, nil],
                [8, tom, "quiz", "plain", "2026-11-22 09:00:00.000", "2026-11-22 09:30:00.000", 0, 0.1 + 0.2, false, 0, nil],
            ]
            for a in attempts {
                try db.execute(sql: """
                    INSERT INTO attempt (id, userId, kind, topic, passMark, startedAt, finishedAt, abandoned, score, passed, reconstructed, examSessionId)
                    VALUES (?, ?, ?, ?, 0.8, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(a))
            }
            // attempt, position, question, served (index or nil: unserved), order, chosen, credit, answered
            let answers: [(Int, Int, Int?, String, String?, Double?, String?)] = [
                (1, 0, 0, "Z,é,a", "é,a", 1.0, "2026-11-18 09:01:00.999"),
                (1, 1, 1, "2,1", "1", 0.0, "2026-11-18 09:02:00.000"),
                (1, 2, 0, "a,é,Z", nil, nil, nil),
                (1, 3, nil, "x,y", "y", 0.5, "2026-11-18 09:03:00.000"),
                (2, 0, 1, "1,2", "2,2", 1.0 / 3, "2026-11-18 10:01:00.000"),
                (2, 1, 0, "a,é,Z", "", -0.5, "2026-11-18 10:02:00.000"),
                (3, 0, 0, "a,é,Z", "a,Z", 0.25, "2026-11-19 09:05:00.000"),
                (3, 1, 1, "1,2", nil, nil, nil),
                (4, 0, 1, "2,1", "2", 1.0, "2026-11-19 11:05:00.000"),
                (5, 0, 1, "1,2", "1", 0.0, "2026-11-20 09:00:30.000"),
                (6, 0, 0, "a,é,Z", "a", nil, "2026-11-21 09:00:30.000"),
                (8, 0, 0, "a,é,Z", "Z,a,é", 0.1 + 0.2, "2026-11-22 09:01:00.000"),
                (8, 1, 1, "1,2", "2,1", 1e-7, "2026-11-22 09:02:00.000"),
            ]
            for (attempt, position, index, order, chosen, credit, answered) in answers {
                let question = index.map { questions[$0] }
                try db.execute(sql: """
                    INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, chosen, credit, answeredAt, servedHash, servedId)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM servedQuestion WHERE hash = ? AND ?))
                    """, arguments: [attempt, position, question?.id ?? "gone, \"old\"", question?.topic ?? "old", order, chosen, credit,
                                     answered, index.map { served[$0].hash }, index.map { served[$0].hash }, servedIDs])
            }
            for (id, user, finished, score, passed, mentor) in [(1, tom, "2026-11-22 12:00:00.000", 85, true, 90),
                                                                (2, ana, "2026-11-22 13:00:00.250", 40, false, nil)] as [(Int, Int64, String, Int, Bool, Int?)] {
                try db.execute(sql: """
                    INSERT INTO rolePlay (id, userId, scenarioId, title, mode, script, passMark, startedAt, finishedAt, score, passed, mentorScore)
                    VALUES (?, ?, 'refund, "angry"', 'Refund ☎ "angry"\nclient', 'solo', '[]', 70, '2026-11-22 11:00:00.000', ?, ?, ?, ?)
                    """, arguments: [id, user, finished, score, passed, mentor])
            }
        }
    }

    /// Runs one command in-process as `name` and returns what it printed.
    func run(_ words: [String], as name: String) throws -> String {
        let out = CapturedStream(), err = CapturedStream()
        let session = Session(
            store: store, curriculum: curriculum, content: ContentLoader(root: folder.url),
            clock: .fixed(Date(timeIntervalSince1970: 1_795_000_000)),
            input: ScriptedLineReader([], interactive: false), out: out, err: err,
            style: Style(enabled: false), mode: .script, environment: [:], user: try store.account(named: name))
        let succeeded = Dispatcher().run(words, in: session)
        #expect(succeeded, "\(words) as \(name): \(err.text)")
        return out.text
    }
}
