/// A regression transcript (`Curriculum/scenarios/<id>.skilled.txt`): one agent turn per line,
/// `hint` for a hint, `#` comments; header comments state what the replay must give:
///
///     # expect: pass
///     # outcome: escalated
///     # meets: greeting, identification, summary
public struct TranscriptFile: Sendable, Equatable {
    public enum Entry: Sendable, Equatable { case line(String), hint }

    public enum Line: Sendable, Equatable {
        case customer(String)
        case agent(String, intents: [String])
        case hint(String)
    }

    public struct Played: Sendable, Equatable {
        public var lines: [Line]
        public var state: RolePlayState
        public var score: RolePlayScore
    }

    public var entries: [Entry] = []
    public var scenario: String?
    public var expectsPass: Bool?
    public var expectedOutcome: String?
    public var expectedMeets: [String]?

    public init(_ text: String) {
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingWhitespace()
            guard !line.isEmpty else { continue }
            if line.hasPrefix("#") {
                let comment = line.dropFirst().trimmingWhitespace()
                guard let colon = comment.firstIndex(of: ":") else { continue }
                let key = comment[..<colon].trimmingWhitespace().lowercased()
                let value = comment[comment.index(after: colon)...].trimmingWhitespace()
                switch key {
                case "scenario": scenario = value
                case "expect": expectsPass = value.lowercased() == "pass"
                case "outcome": expectedOutcome = value
                case "meets": expectedMeets = value.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                default: break
                }
                continue
            }
            entries.append(line.lowercased() == "hint" ? .hint : .line(line))
        }
    }

    public var hasExpectations: Bool { expectsPass != nil || expectedOutcome != nil || expectedMeets != nil }

    /// Plays the turns against `script`, as `roleplay` would, until the conversation ends.
    public func play(_ script: RolePlayScript) -> Played {
        var (state, opening) = RolePlayEngine.start(script)
        var lines = opening.map(Line.customer)
        for entry in entries where !state.isOver {
            switch entry {
            case .hint:
                lines.append(.hint(RolePlayScoring.hint(script, state)))
                state.hints += 1
            case .line(let text):
                let step = RolePlayEngine.step(script, state, line: text)
                state = step.state
                lines.append(.agent(text, intents: state.turns.last?.intents ?? []))
                lines += step.reply.map(Line.customer)
            }
        }
        return Played(lines: lines, state: state, score: RolePlayScoring.score(script, state))
    }

    /// How `score` differs from the header's expectations (empty when it does not).
    public func mismatches(_ score: RolePlayScore) -> [String] {
        var problems: [String] = []
        if let expectsPass, expectsPass != score.passed {
            problems.append("expected to \(expectsPass ? "pass" : "fail"), but scored \(score.score) against a pass mark of \(score.passMark)")
        }
        if let expectedOutcome, expectedOutcome != (score.ending?.rawValue ?? "none") {
            problems.append("expected outcome \(expectedOutcome), got \(score.ending?.rawValue ?? "none")")
        }
        if let expectedMeets {
            let met = score.met
            let missing = expectedMeets.filter { !met.contains($0) }, extra = met.filter { !expectedMeets.contains($0) }
            if !missing.isEmpty { problems.append("expected to meet \(missing.joined(separator: ", ")), but does not") }
            if !extra.isEmpty { problems.append("meets \(extra.joined(separator: ", ")), which the header does not list") }
        }
        return problems
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let characters = Array(self)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
              let last = characters.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(characters[first...last])
    }
}
