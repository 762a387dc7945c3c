import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct RolePlayHistoryCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", _superCommandName: CommandTable.name, abstract: "Role-plays played, newest last, with scores and your mentor's grades.")
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "Whose (a mentor or lead may name a trainee; default: yours).") var name: String?
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var id: Int64
        var scenario: String
        @NullWhenAbsent var score: Int?
        var outcome: String
        var at: String
        var graded: Bool
    }

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let owner = try session.visibleAccount(named: name)
        let rolePlays = try session.store.rolePlays(visibleTo: me, of: owner.name)
        if json {
            return session.say(try JSONOutput.render(rolePlays.map {
                Row(id: $0.id, scenario: $0.scenario, score: $0.score, outcome: RolePlayView.stateWord($0),
                    at: Format.iso($0.startedAt), graded: $0.mentor != nil)
            }))
        }
        guard !rolePlays.isEmpty else { return session.say("No role-plays yet. `roleplay list` shows the scenarios.") }
        session.say(session.table(["id", "scenario", "score", "outcome", "at", "mentor"], rolePlays.map { r in
            [String(r.id), r.scenario, r.score.map { "\($0)\(r.passed == true ? " ✓" : "")" } ?? "–", RolePlayView.stateWord(r),
             Format.time(r.startedAt), r.mentor.map { "\($0.score) by \($0.by)" } ?? (r.isFinished ? "waiting" : "–")]
        }))
        for r in rolePlays {
            guard let grade = r.mentor else { continue }
            session.say("#\(r.id) \(grade.by): \(InertText.visible(grade.comment))")
        }
    }
}

struct RolePlayShowCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", _superCommandName: CommandTable.name, abstract: "One role-play: the transcript with the intents of every turn, the rubric, the mentor's grade.")
    static let access = Access.signedIn

    @Argument(help: "The role-play id (from `roleplay history`).") var id: Int64
    @Flag(help: "Print JSON.") var json = false

    struct Document: Encodable {
        struct Criterion: Encodable {
            var name: String
            var met: Bool
            @NullWhenAbsent var turn: Int?
        }
        struct Turn: Encodable {
            var speaker: String
            var text: String
            var intents: [String]
        }
        struct Grade: Encodable {
            var score: Int
            var comment: String
        }
        var id: Int64
        var user: String
        var scenario: String
        var outcome: String
        @NullWhenAbsent var score: Int?
        var criteria: [Criterion]
        var transcript: [Turn]
        @NullWhenAbsent var mentor: Grade?
    }

    func run(in session: Session) throws {
        guard let r = try session.store.rolePlay(id, visibleTo: try session.currentUser()) else {
            throw CommandFailure("no role-play \(id) that you may see")
        }
        if json {
            return session.say(try JSONOutput.render(Document(
                id: r.id, user: r.user, scenario: r.scenario, outcome: RolePlayView.stateWord(r.summary), score: r.score,
                criteria: r.criteria.map { Document.Criterion(name: $0.name, met: $0.met, turn: $0.turn) },
                transcript: r.turns.map { Document.Turn(speaker: $0.speaker.rawValue, text: $0.text, intents: $0.intents) },
                mentor: r.mentor.map { Document.Grade(score: $0.score, comment: $0.comment) })))
        }
        let style = session.style
        let with = r.partner.map { " · customer played by \($0)" } ?? ""
        session.say(style.bold("Role-play #\(r.id) · \(r.user) · \(r.title)") + style.dim(" (\(r.scenario))"))
        session.say("Started \(Format.time(r.startedAt))\(with) · \(RolePlayView.stateWord(r.summary))")
        session.say(RolePlayView.transcript(r.turns, customer: r.script.scenario.customer.name, style: style))
        if let score = r.score {
            session.say()
            session.say(RolePlayView.result(RolePlayScore(criteria: r.criteria, hints: r.hints, score: score, passMark: r.passMark,
                                                          ending: r.outcome), style: style))
        }
        if let grade = r.mentor {
            session.say()
            session.say(style.bold("Mentor's grade: \(grade.score)") + " by \(grade.by), \(Format.time(grade.at))")
            session.say("  " + InertText.visible(grade.comment))
        } else if r.isFinished {
            session.say(style.dim("Not graded by a mentor yet."))
        }
    }
}

struct RolePlayGradeCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade", _superCommandName: CommandTable.name, abstract: "Grade a trainee's finished role-play; they see your score and comment.")
    static let access = Access.atLeast(.mentor)

    @Argument(help: "The role-play id.") var id: Int64
    @Option(help: "Your score, 0–100.") var score: Int
    @Option(help: "What went well and what to practise.") var comment: String

    func run(in session: Session) throws {
        guard (0...100).contains(score) else { throw CommandFailure("--score takes 0 to 100") }
        guard !comment.trimmingCharacters(in: .whitespaces).isEmpty else { throw CommandFailure("--comment needs a few words for the trainee") }
        let me = try session.currentUser()
        try session.store.gradeRolePlay(id, by: me, score: score, comment: comment, at: session.clock.now())
        guard let r = try session.store.rolePlay(id, visibleTo: me) else { return }
        session.say("Graded role-play #\(id) of \(r.user) (\(r.scenario)): \(score). They see it in `roleplay history`.")
    }
}

struct RolePlayReplayCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay", _superCommandName: CommandTable.name, abstract: "Play a transcript file against its scenario and print the scored result.",
        discussion: """
            One agent turn per line; `#` starts a comment, `hint` takes a hint. The scenario is --scenario, else \
            the file name up to its first dot (`outage-losing-money.skilled.txt`). Header comments `# expect: pass` \
            (or fail), `# outcome: escalated` and `# meets: greeting, summary, …` are checked: the command fails \
            when the result differs, so regression transcripts next to a scenario catch changes to it.
            """)
    static let access = Access.anyone
    static let completion = CompletionKind.file

    @Argument(help: "The transcript file.") var file: String
    @Option(help: "The scenario id (default: from the file name).") var scenario: String?

    func run(in session: Session) throws {
        guard let text = FileManager.default.contents(atPath: file).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw CommandFailure("cannot read \(file)")
        }
        let transcript = TranscriptFile(text)
        let id = scenario ?? transcript.scenario ?? String((file as NSString).lastPathComponent.split(separator: ".").first ?? "")
        let script = try session.script(named: id)
        let played = transcript.play(script)
        let style = session.style
        let name = script.scenario.customer.name
        session.say(style.bold("Replay of \((file as NSString).lastPathComponent) against \(id)"))
        for line in played.lines {
            switch line {
            case .customer(let text): session.say(RolePlayView.customerLine(text, name: name, style: style))
            case .agent(let text, let intents): session.say(RolePlayView.agentLine(text, intents: intents, style: style))
            case .hint(let text): session.say(style.yellow("hint: ") + text)
            }
        }
        session.say()
        session.say(RolePlayView.result(played.score, style: style))
        let mismatches = transcript.mismatches(played.score)
        guard !mismatches.isEmpty else {
            if transcript.hasExpectations { session.say(style.green("As expected by the file's header.")) }
            return
        }
        for mismatch in mismatches { session.warn("\(file): \(mismatch)") }
        throw CommandFailure("the replay differs from what \((file as NSString).lastPathComponent) expects")
    }
}

struct RolePlayExplainCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", _superCommandName: CommandTable.name, abstract: "Show which intents a line matches in a scenario, and why.")
    static let access = Access.anyone
    static let completion = CompletionKind.scenario

    @Argument(help: "The scenario.") var scenario: String
    @Argument(help: "The line, quoted.") var line: String

    func run(in session: Session) throws {
        let script = try session.script(named: scenario)
        let style = session.style
        let words = LineTokens(line).tokens
        session.say("Words (stems): " + words.map { $0.word == $0.stem ? $0.word : "\($0.word) (\($0.stem))" }.joined(separator: " "))
        let evidence = script.matcher.explain(line)
        guard !evidence.isEmpty else { return session.say("No intent of \(scenario) matches this line.") }
        for item in evidence {
            let label = script.intent(item.intent).map { "\($0.label)\($0.polarity == .negative ? ", negative" : "")" } ?? ""
            let matched = "pattern `\(item.pattern)` matched “\(item.words.joined(separator: " "))”"
            switch item.verdict {
            case .recognised:
                session.say("\(style.green("✓")) \(item.intent) (\(label)): \(matched)")
            case .negated(let by):
                session.say("\(style.red("✗")) \(item.intent) (\(label)): \(matched), but `\(by)` before it negates it")
            case .cancelled(let by):
                session.say("\(style.red("✗")) \(item.intent) (\(label)): \(matched), but `unless` pattern `\(by)` cancels it")
            }
        }
    }
}
