import Foundation
import TrainerCore
import TrainerStore

/// Walks one stored role-play to its end: the trainee types the agent's turns, the script (or,
/// live, the mentor) answers as the customer. Every turn is committed as it is taken; Ctrl-C
/// or the end of input pauses, and the conversation is rebuilt from its turns on resume.
struct RolePlayRunner {
    enum Outcome: Equatable { case finished, paused }

    let session: Session
    let rolePlay: StoredRolePlay
    /// The mentor typing the customer's lines, in a live session.
    let liveMentor: Account?
    private(set) var state: RolePlayState

    init(session: Session, rolePlay: StoredRolePlay, liveMentor: Account? = nil) {
        self.session = session
        self.rolePlay = rolePlay
        self.liveMentor = liveMentor
        self.state = rolePlay.state
    }

    var script: RolePlayScript { rolePlay.script }
    var customer: Scenario.Customer { script.scenario.customer }

    mutating func run() throws -> Outcome {
        // Live, the mentor speaks first: the script's line is only a suggestion.
        if liveMentor != nil, rolePlay.turns.isEmpty {
            guard try customerTurn(suggested: RolePlayEngine.start(script).opening) else { return .paused }
        }
        while !state.isOver {
            let prompt = "\(RolePlayView.meter(state.patience, of: customer.patience, style: session.style)) \(liveMentor == nil ? "you" : "agent")> "
            guard case .line(let raw) = session.input.readLine(prompt: prompt, remember: false) else { return .paused }
            let line = raw.trimmingCharacters(in: .whitespaces)
            switch line.lowercased() {
            case "": continue
            case "hint":
                let hint = RolePlayScoring.hint(script, state)
                try session.store.recordTurn(rolePlay.id, speaker: .hint, text: hint, at: session.clock.now())
                state.hints += 1
                session.say(session.style.yellow("hint: ") + hint + session.style.dim(" (−\(Rubric.hintCost) points)"))
                continue
            case "quit":
                try finish()
                return .finished
            default: break
            }
            if let problem = RolePlayRunner.problem(withTurn: line) {
                session.warn(problem)
                continue
            }
            let step = RolePlayEngine.step(script, state, line: line)
            try session.store.recordTurn(rolePlay.id, speaker: .agent, text: line, intents: step.state.turns.last?.intents ?? [],
                                         at: session.clock.now())
            if !session.input.isInteractive { session.say(RolePlayView.agentLine(line, intents: [], style: session.style)) }
            state = step.state
            if liveMentor != nil {
                guard try customerTurn(suggested: step.reply) else { return .paused }
            } else {
                for reply in step.reply {
                    try session.store.recordTurn(rolePlay.id, speaker: .customer, text: reply, at: session.clock.now())
                    session.say(RolePlayView.customerLine(reply, name: customer.name, style: session.style))
                }
            }
        }
        try finish()
        return .finished
    }

    /// Live: the mentor types the customer's line (an empty line takes the suggestion, `end` ends).
    private mutating func customerTurn(suggested: [String]) throws -> Bool {
        let suggestion = suggested.joined(separator: " ")
        if !suggestion.isEmpty { session.say(session.style.dim("suggested: \(suggestion)")) }
        while true {
            guard case .line(let raw) = session.input.readLine(prompt: "\(RolePlayView.firstName(customer.name).lowercased())> ", remember: false)
            else { return false }
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.lowercased() == "end" {
                try finish()
                return false
            }
            let text = line.isEmpty ? suggestion : line
            guard !text.isEmpty else { continue }
            try session.store.recordTurn(rolePlay.id, speaker: .customer, text: text, at: session.clock.now())
            if !session.input.isInteractive { session.say(RolePlayView.customerLine(text, name: customer.name, style: session.style)) }
            return true
        }
    }

    private var finished = false

    /// Scores the conversation, stores the verdict (ticking the plan item on a pass) and shows it.
    mutating func finish() throws {
        guard !finished else { return }
        finished = true
        var score = RolePlayScoring.score(script, state)
        score.passMark = rolePlay.passMark
        let owner = try session.store.account(named: rolePlay.user)
        let milestone = owner.flatMap { try? session.progress(of: $0).progress.milestone(.roleplay, script.scenario.id)?.key }
        try session.store.finishRolePlay(rolePlay.id, score: score, milestone: milestone, at: session.clock.now())
        session.say()
        session.say(session.style.bold("Role-play #\(rolePlay.id) · \(rolePlay.user) · \(script.scenario.id)"))
        session.say(RolePlayView.result(score, style: session.style))
        if score.passed, let milestone { session.say("Ticked \(milestone) in \(rolePlay.user)'s plan.") }
        session.say("`roleplay show \(rolePlay.id)` shows the transcript and this result again.")
    }
}

extension RolePlayRunner {
    /// A chat message is a few sentences; a pasted page is a slip, and is neither stored nor matched.
    static let longestTurn = 2_000

    /// Why a typed turn is not taken, nil when it is.
    static func problem(withTurn line: String) -> String? {
        // Counted in code points, so a wall of emoji or stacked accents is measured by its weight.
        guard line.unicodeScalars.prefix(longestTurn + 1).count > longestTurn else { return nil }
        return "That turn is longer than \(longestTurn) characters, so it was not sent: say it in a few sentences."
    }

    /// Starts (or resumes) and runs a role-play, saying how to pick it up when paused.
    static func play(_ stored: StoredRolePlay, liveMentor: Account? = nil, resumeWith command: String, in session: Session) throws {
        var runner = RolePlayRunner(session: session, rolePlay: stored, liveMentor: liveMentor)
        let outcome = try runner.run()
        // A live session ends with the people in the room: it is scored as far as it went.
        if outcome == .paused, liveMentor != nil, !runner.finished {
            try runner.finish()
            return
        }
        if outcome == .paused, !runner.finished {
            session.say()
            session.say("Paused after \(runner.state.turns.count) turn\(runner.state.turns.count == 1 ? "" : "s"); every turn is saved. `\(command)` picks it up.")
        }
    }
}
