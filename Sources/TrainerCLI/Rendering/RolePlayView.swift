import Foundation
import TrainerCore
import TrainerStore

/// How role-plays read on a terminal: the customer card, the patience meter, turns, the scored result.
enum RolePlayView {
    static func card(_ scenario: Scenario, style: Style) -> String {
        let c = scenario.customer
        return [
            style.bold(scenario.title) + style.dim("  (\(scenario.id), \(scenario.difficulty.rawValue))"),
            "\(c.name) · \(c.company) · \(c.tier) plan · \(c.channel.rawValue) · mood: \(c.mood)",
            TextWrap.wrap(scenario.brief.replacingNewlines(), width: TextWrap.terminalWidth()),
            style.dim("Type your replies, one turn per line. `hint` names a criterion still open (−\(Rubric.hintCost) points); `quit` ends the role-play; Ctrl-C pauses it."),
        ].joined(separator: "\n")
    }

    /// `patience ■■■□□□`: how much more the customer will take.
    static func meter(_ left: Int, of full: Int, style: Style) -> String {
        let filled = max(0, min(full, left))
        let bar = String(repeating: "■", count: filled) + String(repeating: "□", count: full - filled)
        let colour = filled * 3 <= full ? style.red(bar) : filled * 3 <= full * 2 ? style.yellow(bar) : style.green(bar)
        return "patience \(colour)"
    }

    static func customerLine(_ text: String, name: String, style: Style) -> String {
        style.cyan("\(firstName(name)):") + " " + InertText.visible(text)
    }

    static func agentLine(_ text: String, intents: [String], style: Style) -> String {
        "you: " + InertText.visible(text) + (intents.isEmpty ? "" : style.dim("  [\(intents.joined(separator: ", "))]"))
    }

    static func firstName(_ name: String) -> String { String(name.split(separator: " ").first ?? Substring(name)) }

    /// The transcript: every turn in order, the agent's with the intents recognised.
    static func transcript(_ turns: [StoredRolePlay.Turn], customer: String, style: Style) -> String {
        turns.map { turn in
            switch turn.speaker {
            case .customer: customerLine(turn.text, name: customer, style: style)
            case .agent: agentLine(turn.text, intents: turn.intents, style: style)
            case .hint: style.yellow("hint: ") + InertText.visible(turn.text)
            }
        }.joined(separator: "\n")
    }

    static func outcome(_ ending: Scenario.Ending?) -> String { ending?.phrase ?? "ended before an outcome" }

    /// The score, pass or not, and every criterion met or missed with the turn that earned or lost it.
    static func result(_ score: RolePlayScore, style: Style) -> String {
        let verdict = score.passed ? style.green("passed") : style.red("not passed")
        var lines = ["Score \(score.score) · \(verdict) (pass mark \(score.passMark)) · outcome: \(outcome(score.ending))"
            + (score.hints > 0 ? " · \(score.hints) hint\(score.hints == 1 ? "" : "s") (−\(score.hints * Rubric.hintCost))" : "")]
        let width = score.criteria.map(\.name.count).max() ?? 0
        for criterion in score.criteria {
            let mark = criterion.met ? style.green("[✓]") : style.red("[✗]")
            let turn: String
            switch (criterion.met, criterion.turn) {
            case (true, let t?): turn = "turn \(t)"
            case (false, let t?): turn = "lost at turn \(t)"
            default: turn = "—"
            }
            lines.append("  \(mark) \(criterion.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(String(criterion.weight).leftPad(3))  \(turn)")
        }
        return lines.joined(separator: "\n")
    }

    static func stateWord(_ rolePlay: RolePlaySummary) -> String {
        if rolePlay.abandoned { return "abandoned" }
        if rolePlay.isOpen { return "open" }
        return rolePlay.outcome?.rawValue ?? "quit"
    }
}

extension String {
    fileprivate func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    fileprivate func replacingNewlines() -> String { split(separator: "\n").joined(separator: " ") }
}
