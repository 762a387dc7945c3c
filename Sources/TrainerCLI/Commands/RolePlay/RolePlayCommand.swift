import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

/// `roleplay`: practise against scripted customers; `roleplay SCENARIO` plays one.
struct RolePlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roleplay", _superCommandName: CommandTable.name, abstract: "Role-plays against scripted customers, scored by a rubric you can read.",
        subcommands: [
            RolePlayPlayCommand.self, RolePlayListCommand.self, RolePlayLiveCommand.self, RolePlayHistoryCommand.self,
            RolePlayShowCommand.self, RolePlayGradeCommand.self, RolePlayReplayCommand.self, RolePlayExplainCommand.self,
        ],
        defaultSubcommand: RolePlayPlayCommand.self)
}

extension Session {
    /// The scenario a command names, with a "did you mean" when it names none.
    func script(named id: String) throws -> RolePlayScript {
        guard let script = curriculum.script(id) else {
            let ids = curriculum.scenarios.map(\.id)
            let hint = Suggestion.closest(to: id, among: ids).map { " Did you mean `\($0)`?" } ?? ""
            throw CommandFailure("no scenario `\(id)`.\(hint) `roleplay list` shows them all.")
        }
        return script
    }

    /// The pass mark of a role-play of `scenario` by `user`: that of the plan item a pass would tick, else the scenario's.
    func rolePlayPassMark(_ scenario: Scenario, for user: Account) -> Int {
        guard user.role == .trainee, let item = try? progress(of: user).progress.milestone(.roleplay, scenario.id) else {
            return scenario.passMark
        }
        return item.item.rolePlayPassMark(scenarioDefault: scenario.passMark)
    }

    /// Offers to resume an open role-play; returns it when the person says yes (the default).
    func resumableRolePlay(of user: Account, scenario: String) throws -> StoredRolePlay? {
        guard let open = try store.openRolePlay(for: user, scenario: scenario) else { return nil }
        let turns = open.agentLines.count
        say("You have an unfinished role-play of \(scenario): \(turns) turn\(turns == 1 ? "" : "s"), started \(Format.time(open.startedAt)).")
        if case .line(let reply) = input.readLine(prompt: "Resume it? [Y/n] ", remember: false),
           reply.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("n") {
            try store.abandonRolePlay(open.id, at: clock.now())
            say("Left it behind; starting afresh.")
            return nil
        }
        return open
    }
}

struct RolePlayPlayCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", _superCommandName: CommandTable.name, abstract: "Play a scenario: you are the agent, the script is the customer (resumes an unfinished one).",
        discussion: """
            Type your replies as free text, one turn per line. `hint` names a rubric criterion still open \
            (it costs \(Rubric.hintCost) points); `quit` ends the conversation and scores it. Every turn is saved \
            as you take it: Ctrl-C pauses, and `roleplay SCENARIO` offers to resume.
            """)
    static let access = Access.signedIn
    static let completion = CompletionKind.scenario

    @Argument(help: "The scenario; without one, the list of scenarios.") var scenario: String?

    func run(in session: Session) throws {
        let user = try session.currentUser()
        guard let scenario else { return try RolePlayListCommand.list(json: false, in: session) }
        let script = try session.script(named: scenario)
        session.say(RolePlayView.card(script.scenario, style: session.style))
        if let open = try session.resumableRolePlay(of: user, scenario: scenario) {
            session.say(RolePlayView.transcript(open.turns, customer: script.scenario.customer.name, style: session.style))
            return try RolePlayRunner.play(open, resumeWith: "roleplay \(scenario)", in: session)
        }
        let opening = RolePlayEngine.start(script).opening
        let id = try session.store.startRolePlay(for: user, script: script, mode: .solo,
                                                 passMark: session.rolePlayPassMark(script.scenario, for: user),
                                                 opening: opening, at: session.clock.now())
        guard let stored = try session.store.rolePlay(id, visibleTo: user) else { return }
        session.say(RolePlayView.transcript(stored.turns, customer: script.scenario.customer.name, style: session.style))
        try RolePlayRunner.play(stored, resumeWith: "roleplay \(scenario)", in: session)
    }
}

struct RolePlayLiveCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "live", _superCommandName: CommandTable.name, abstract: "Play the customer yourself while a trainee answers, at one terminal.",
        discussion: """
            You type the customer's lines at the `NAME>` prompt (the scenario's line is suggested; an empty line \
            takes it; `end`, Ctrl-C or Ctrl-D ends the session); the trainee types the agent's at `agent>`. The \
            agent's turns are scored by the scenario's rubric and the session is stored as the trainee's.
            """)
    static let access = Access.atLeast(.mentor)
    static let completion = CompletionKind.scenario

    @Argument(help: "The scenario.") var scenario: String
    @Option(name: .customLong("with"), help: "The trainee who plays the agent.") var trainee: String

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let agent = try session.trainee(named: trainee)
        _ = try session.requireMentorOrLead(of: agent)
        let script = try session.script(named: scenario)
        session.say(RolePlayView.card(script.scenario, style: session.style))
        session.say(session.style.dim("You play \(script.scenario.customer.name); \(agent.name) plays the agent."))
        let id = try session.store.startRolePlay(for: agent, script: script, mode: .live, partner: me,
                                                 passMark: session.rolePlayPassMark(script.scenario, for: agent),
                                                 opening: [], at: session.clock.now())
        guard let stored = try session.store.rolePlay(id, visibleTo: me) else { return }
        try RolePlayRunner.play(stored, liveMentor: me, resumeWith: "roleplay live \(scenario) --with \(agent.name)", in: session)
    }
}

struct RolePlayListCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "list", _superCommandName: CommandTable.name, abstract: "The scenarios, and which you have passed.")
    static let access = Access.signedIn

    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var id: String
        var title: String
        var channel: String
        var difficulty: String
        var passedByYou: Bool

        enum CodingKeys: String, CodingKey { case id, title, channel, difficulty, passedByYou = "passed_by_you" }
    }

    func run(in session: Session) throws { try Self.list(json: json, in: session) }

    static func list(json: Bool, in session: Session) throws {
        let passed = try session.store.passedScenarios(of: try session.currentUser())
        let rows = session.curriculum.scenarios.map {
            Row(id: $0.id, title: $0.title, channel: $0.customer.channel.rawValue, difficulty: $0.difficulty.rawValue,
                passedByYou: passed.contains($0.id))
        }
        if json { return session.say(try JSONOutput.render(rows)) }
        guard !rows.isEmpty else { return session.say("No scenarios yet: authors add them to Curriculum/scenarios/.") }
        session.say(session.table(["scenario", "title", "channel", "difficulty", "passed"], rows.map {
            [$0.id, $0.title, $0.channel, $0.difficulty, $0.passedByYou ? session.style.green("✓") : "–"]
        }))
        session.say(session.style.dim("Start one with `roleplay SCENARIO`."))
    }
}
