import Foundation
import TrainerCore

/// Plans in the terminal: a day's items with their state, progress bars, the status.
enum PlanView {
    static func bar(_ fraction: Double, width: Int = 20, style: Style) -> String {
        let filled = Int((fraction * Double(width)).rounded())
        return style.green(String(repeating: "█", count: filled)) + style.dim(String(repeating: "░", count: width - filled))
            + " \(ReviewView.percent(fraction))"
    }

    static func status(_ status: PlanProgress.Status, style: Style) -> String {
        switch status {
        case .behind: style.red(status.rawValue)
        case .ahead, .finished: style.green(status.rawValue)
        case .onTrack: status.rawValue
        case .paused, .notStarted: style.yellow(status.rawValue)
        }
    }

    static func mark(_ state: PlanProgress.ItemState, style: Style) -> String {
        switch state {
        case .open: "[ ]"
        case .done: style.green("[✓]")
        case .passed: style.green("[✓] passed")
        case .failed: style.red("[✗] not passed yet")
        }
    }

    /// `text` followed by spaces to `width` characters; a longer text whole (a shortcut is typed).
    static func padded(_ text: String, to width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    static func describe(_ item: PlanItem, curriculum: Curriculum, track: String) -> String {
        switch item.kind {
        case .task: return InertText.visible(item.ref)
        case .lesson: return "Read: \(curriculum.lessonTitle(item.ref, inTrack: track) ?? item.ref)  (`read \(item.ref)`)"
        case .quiz:
            let title = curriculum.titles.banks[item.ref] ?? item.ref
            return "Quiz: \(title), pass mark \(ReviewView.percent(item.passMark))  (`quiz \(item.ref)`)"
        case .roleplay:
            let scenario = curriculum.titles.scenarios[item.ref]
            let pass = item.rolePlayPassMark(scenarioDefault: scenario?.passMark ?? Scenario.defaultPassMark)
            return "Role-play: \(scenario?.title ?? item.ref), pass \(pass)  (`roleplay \(item.ref)`)"
        case .queue: return "Sandbox shift: \(item.ref) minutes\(item.supervised == true ? ", supervised (replies are drafts for your mentor)" : "")  (`queue start`)"
        case .meeting: return "Meeting with your mentor"
        case .exam: return "Certification exam: \(curriculum.titles.exams[item.ref] ?? item.ref)"
        }
    }

    static func item(_ item: PlanProgress.Item, curriculum: Curriculum, track: String, style: Style) -> String {
        let time = item.item.at.map { "\($0) " } ?? ""
        let minutes = item.item.minutes.map { style.dim(" (\($0) min)") } ?? ""
        let added = item.isAdded ? style.yellow(" (added)") : ""
        return "  \(style.dim(Self.padded(item.shortcut, to: 5))) \(mark(item.state, style: style)) \(time)\(describe(item.item, curriculum: curriculum, track: track))\(minutes)\(added)"
    }
}
