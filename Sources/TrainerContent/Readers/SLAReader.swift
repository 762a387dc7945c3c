import Foundation
import TrainerCore

/// Reads `Curriculum/tickets/sla.yaml`; whatever it leaves out keeps the POLICY.md default.
enum SLAReader {
    static let fileName = "sla.yaml"
    static let fileKeys: Set<String> = ["business_hours", "priorities", "channels", "follow_up_after", "close_after"]
    static let hoursKeys: Set<String> = ["days", "from", "to"]
    static let targetKeys: Set<String> = ["first_response", "resolution"]
    static let channelKeys: Set<String> = ["first_response"]

    static func read(_ file: YAMLFile, log: DiagnosticLog) -> SLAPolicy {
        var policy = SLAPolicy.standard
        let path = file.path
        guard let s = MappingReader(file.root, path: path, what: "the SLA file", allowedKeys: fileKeys, log: log) else { return policy }
        if let node = s.value("business_hours"), let h = MappingReader(node, path: path, what: "`business_hours`", allowedKeys: hoursKeys, log: log) {
            var days = policy.hours.days
            if let nodes = h.sequence("days", required: false) {
                days = Set(nodes.compactMap { node in
                    let day = node.string.flatMap(Weekday.init(rawValue:))
                    if day == nil { log.add(path, node.mark, "`\(node.string ?? "…")` is not a weekday: use mon, tue, wed, thu, fri, sat, sun") }
                    return day
                })
            }
            let opens = h.string("from", required: false).flatMap { clock($0, h.value("from"), path, log) } ?? policy.hours.opens
            let closes = h.string("to", required: false).flatMap { clock($0, h.value("to"), path, log) } ?? policy.hours.closes
            if closes <= opens { log.add(path, h.mark, "business hours must end after they start") }
            policy.hours = BusinessHours(days: days, opens: opens, closes: closes)
        }
        for (key, value) in mapping(s, "priorities", path: path, log: log) {
            guard let priority = key.string.flatMap(Priority.init(rawValue:)) else {
                log.add(path, key.mark, "`\(key.string ?? "…")` is not a priority: use P1, P2, P3, P4")
                continue
            }
            guard let t = MappingReader(value, path: path, what: "the \(priority.rawValue) targets", allowedKeys: targetKeys, log: log) else { continue }
            let old = policy.targets(priority)
            policy.priorities[priority] = SLAPolicy.Targets(
                firstResponse: duration(t, "first_response") ?? old.firstResponse, resolution: duration(t, "resolution") ?? old.resolution)
        }
        for (key, value) in mapping(s, "channels", path: path, log: log) {
            guard let channel = key.string.flatMap(TicketTemplate.Channel.init(rawValue:)) else {
                log.add(path, key.mark, "`\(key.string ?? "…")` is not a channel: use phone, chat, messenger, email")
                continue
            }
            guard let c = MappingReader(value, path: path, what: "the \(channel.rawValue) target", allowedKeys: channelKeys, log: log) else { continue }
            policy.channels[channel] = duration(c, "first_response")
        }
        policy.followUpAfter = duration(s, "follow_up_after") ?? policy.followUpAfter
        policy.closeAfter = duration(s, "close_after") ?? policy.closeAfter
        return policy
    }

    private static func mapping(_ s: MappingReader, _ key: String, path: String, log: DiagnosticLog) -> [(YAMLNode, YAMLNode)] {
        guard let node = s.value(key) else { return [] }
        guard case .mapping(let m, _) = node else {
            log.add(path, node.mark, "`\(key)` must be a mapping")
            return []
        }
        return m.map { ($0.key, $0.value) }
    }

    private static func duration(_ m: MappingReader, _ key: String) -> SLADuration? {
        guard let text = m.string(key, required: false) else { return nil }
        guard let duration = SLADuration(text: text) else {
            m.log.add(m.path, m.value(key)?.mark, "`\(key)` must be a duration like 15m, 4h or 3d, not `\(text)`")
            return nil
        }
        return duration
    }

    private static func clock(_ text: String, _ node: YAMLNode?, _ path: String, _ log: DiagnosticLog) -> Int? {
        let parts = text.split(separator: ":")
        if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 1440 {
            return h * 60 + m
        }
        log.add(path, node?.mark, "a time must look like \"08:00\", not `\(text)`")
        return nil
    }
}
