import Foundation
import TrainerCore

/// Reads `Curriculum/<track>/plan.yaml`.
enum PlanReader {
    static let planKeys: Set<String> = ["track", "title", "working_days", "days"]
    static let dayKeys: Set<String> = ["day", "title", "items"]
    static let itemKeys: Set<String> = Set(PlanItem.Kind.allCases.map(\.rawValue)).union(["at", "minutes", "pass", "id", "tick", "supervised"])

    static func read(_ file: YAMLFile, expectedTrack: String, known: Curriculum, log: DiagnosticLog) -> Plan? {
        guard let plan = MappingReader(file.root, path: file.path, what: "the plan", allowedKeys: planKeys, log: log) else {
            return nil
        }
        let track = plan.string("track")
        if let track, track != expectedTrack {
            log.add(file.path, plan.value("track")?.mark, "track `\(track)` must equal the folder name `\(expectedTrack)`")
        }
        let title = plan.string("title")
        var workingDays: Set<Weekday> = [.mon, .tue, .wed, .thu, .fri]
        if let nodes = plan.sequence("working_days", required: false) {
            workingDays = []
            for node in nodes {
                guard let day = node.string.flatMap(Weekday.init(rawValue:)) else {
                    log.add(file.path, node.mark, "`\(node.string ?? "…")` is not a weekday: use mon, tue, wed, thu, fri, sat, sun")
                    continue
                }
                workingDays.insert(day)
            }
            if workingDays.isEmpty { log.add(file.path, plan.value("working_days")?.mark, "a plan needs at least one working day") }
        }
        var ids: [String: Int] = [:]
        let days = (plan.sequence("days") ?? []).compactMap { readDay($0, track: expectedTrack, path: file.path, known: known, ids: &ids, log: log) }
        for (index, day) in days.enumerated() where day.day != index + 1 {
            log.add(file.path, plan.value("days")?.mark, "days must be numbered 1, 2, 3… in order: found day \(day.day) at position \(index + 1)")
            break
        }
        guard let title, !days.isEmpty else {
            if plan.has("days"), days.isEmpty { log.add(file.path, plan.value("days")?.mark, "a plan needs at least one day") }
            return nil
        }
        return Plan(track: expectedTrack, title: title, workingDays: workingDays, days: days)
    }

    private static func readDay(_ node: YAMLNode, track: String, path: String, known: Curriculum, ids: inout [String: Int],
                                log: DiagnosticLog) -> PlanDay? {
        guard let d = MappingReader(node, path: path, what: "a day", allowedKeys: dayKeys, log: log) else { return nil }
        guard let number = d.int("day", in: 1...1000), let title = d.string("title") else { return nil }
        let items = (d.sequence("items") ?? []).compactMap { node -> PlanItem? in
            guard let item = readItem(node, path: path, log: log) else { return nil }
            if let id = item.id {
                if let first = ids[id] {
                    log.add(path, node.mark, "item id `\(id)` is already used on line \(first): ids keep ticks on their items, so each must be unique")
                } else {
                    ids[id] = node.mark?.line ?? 0
                }
            }
            if let problem = References.problem(with: item, track: track, known: known, unparsed: log.unparsedTopics) {
                log.add(path, node.mark, "day \(number): \(problem)")
            }
            return item
        }
        return PlanDay(day: number, title: title, items: items)
    }

    private static func readItem(_ node: YAMLNode, path: String, log: DiagnosticLog) -> PlanItem? {
        guard let i = MappingReader(node, path: path, what: "a plan item", allowedKeys: itemKeys, log: log) else { return nil }
        let kinds = PlanItem.Kind.allCases.filter { i.has($0.rawValue) }
        guard kinds.count == 1, let kind = kinds.first else {
            let names = PlanItem.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            log.add(path, i.mark, kinds.isEmpty
                ? "a plan item needs one of: \(names)"
                : "a plan item has one kind, this one has \(kinds.map(\.rawValue).joined(separator: " and "))")
            return nil
        }
        guard let ref = i.value(kind.rawValue)?.string.map({ $0.trimmingCharacters(in: .whitespaces) }), !ref.isEmpty else {
            log.add(path, i.value(kind.rawValue)?.mark, "`\(kind.rawValue)` needs a value")
            return nil
        }
        let at = i.string("at", required: false)
        if let at, !isClockTime(at) {
            log.add(path, i.value("at")?.mark, "`at` must be a time like \"09:30\", not `\(at)`")
        }
        let minutes = i.int("minutes", required: false, in: 1...600)
        // A quiz's pass mark is a fraction (0.8); a role-play's is a score out of 100 (70).
        let pass = kind == .roleplay ? i.int("pass", required: false, in: 1...100).map(Double.init) : i.double("pass", required: false, in: 0...1)
        if pass != nil, kind != .quiz, kind != .roleplay {
            log.add(path, i.value("pass")?.mark, "`pass` belongs to quiz and roleplay items only")
        }
        let id = i.string("id", required: false)
        if let id, !Identifier.isValid(id) || id.hasPrefix("+") {
            log.add(path, i.value("id")?.mark, "item id `\(id)` must use only a-z, 0-9 and -")
        }
        let ticker = i.choice("tick", as: PlanItem.Ticker.self)
        if ticker != nil, kind != .task { log.add(path, i.value("tick")?.mark, "`tick` belongs to task items only (other kinds tick themselves)") }
        let supervised = i.bool("supervised")
        if supervised != nil, kind != .queue { log.add(path, i.value("supervised")?.mark, "`supervised` belongs to queue items only") }
        return PlanItem(kind: kind, ref: ref, at: at, minutes: minutes, pass: pass, id: id, tickedBy: ticker, supervised: supervised)
    }

    private static func isClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2 else { return false }
        return (0...23).contains(h) && (0...59).contains(m)
    }
}
