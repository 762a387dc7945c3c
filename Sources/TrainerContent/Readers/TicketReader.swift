import Foundation
import TrainerCore

/// Reads `Curriculum/tickets/<id>.yaml` (format: Curriculum/README.md, section 5).
enum TicketReader {
    static let ticketKeys: Set<String> = ["title", "channel", "customer", "variants", "truth", "facts", "known", "script"]
    static let customerKeys: Set<String> = ["name", "company", "tier", "mood", "plan"]
    static let variantKeys: Set<String> = ["subject", "body"]
    static let truthKeys: Set<String> = ["segment", "priority", "why", "needs", "escalate", "replies", "solution"]
    static let escalateKeys: Set<String> = ["team"]
    static let scriptKeys: Set<String> = ["answers_after", "on_ask", "silent", "when_ignored", "on_fix", "rating"]

    /// The template, or nil when it cannot be used; `replies` are the known saved-reply ids.
    static func read(_ file: YAMLFile, id: String, replies: Set<String>, log: DiagnosticLog) -> TicketTemplate? {
        let path = file.path
        if !Identifier.isValid(id) { log.add(path, nil, "ticket id `\(id)` (the file name) must use only a-z, 0-9 and -") }
        guard let t = MappingReader(file.root, path: path, what: "the ticket", allowedKeys: ticketKeys, log: log) else { return nil }
        let title = t.string("title")
        let channel = required(t, "channel", as: TicketTemplate.Channel.self)
        let customer = t.value("customer").flatMap { readCustomer($0, path: path, log: log) }
        if !t.has("customer") { _ = t.string("customer") }
        let variants = (t.sequence("variants") ?? []).compactMap { node -> TicketTemplate.Variant? in
            guard let v = MappingReader(node, path: path, what: "a variant", allowedKeys: variantKeys, log: log),
                  let subject = v.string("subject"), let body = v.string("body") else { return nil }
            return TicketTemplate.Variant(subject: subject, body: body)
        }
        if let nodes = t.sequence("variants", required: false), !(1...3).contains(nodes.count) {
            log.add(path, t.value("variants")?.mark, "a ticket has 1 to 3 variants, not \(nodes.count)")
        }
        let facts = readFacts(t, path: path, log: log)
        let factKeys = Set(facts.map(\.key))
        let known = words(t, "known")
        for key in known where !factKeys.contains(key) {
            log.add(path, t.value("known")?.mark, "`known` names `\(key)`, which is not a key of `facts`\(References.hint(key, facts.map(\.key)))")
        }
        let truth = t.value("truth").flatMap { readTruth($0, path: path, facts: facts, replies: replies, log: log) }
        if !t.has("truth") { _ = t.string("truth") }
        let script = t.value("script").flatMap { readScript($0, path: path, log: log) }
        if !t.has("script") { _ = t.string("script") }
        guard let title, let channel, let customer, let truth, let script, !variants.isEmpty else { return nil }
        return TicketTemplate(id: id, title: title, channel: channel, customer: customer, variants: variants, truth: truth,
                              facts: facts, known: known, script: script)
    }

    private static func required<T: RawRepresentable & CaseIterable>(_ m: MappingReader, _ key: String, as type: T.Type) -> T?
    where T.RawValue == String {
        if !m.has(key) {
            log(m, "missing required field `\(key)` (\(T.allCases.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        return m.choice(key, as: type)
    }

    private static func log(_ m: MappingReader, _ message: String) { m.log.add(m.path, m.mark, message) }

    private static func readCustomer(_ node: YAMLNode, path: String, log: DiagnosticLog) -> TicketTemplate.Customer? {
        guard let c = MappingReader(node, path: path, what: "the customer", allowedKeys: customerKeys, log: log) else { return nil }
        let name = c.string("name"), company = c.string("company")
        let tier = required(c, "tier", as: TicketTemplate.Tier.self), mood = required(c, "mood", as: TicketTemplate.Mood.self)
        let plan = required(c, "plan", as: TicketTemplate.CustomerPlan.self)
        guard let name, let company, let tier, let mood, let plan else { return nil }
        return TicketTemplate.Customer(name: name, company: company, tier: tier, mood: mood, plan: plan)
    }

    private static func readFacts(_ t: MappingReader, path: String, log: DiagnosticLog) -> [TicketTemplate.Fact] {
        guard let node = t.value("facts") else { return [] }
        guard case .mapping(let mapping, _) = node else {
            log.add(path, node.mark, "`facts` must be a mapping of `key: \"what the customer says\"` lines")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.string, let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                log.add(path, value.mark, "a fact is `key: \"what the customer says\"`")
                return nil
            }
            return TicketTemplate.Fact(key: name, text: text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    private static func readTruth(_ node: YAMLNode, path: String, facts: [TicketTemplate.Fact], replies: Set<String>,
                                  log: DiagnosticLog) -> TicketTemplate.Truth? {
        guard let t = MappingReader(node, path: path, what: "the truth", allowedKeys: truthKeys, log: log) else { return nil }
        let segment = required(t, "segment", as: TicketTemplate.Segment.self)
        var priority: Priority?
        if let word = t.string("priority") {
            priority = Priority(rawValue: word)
            if priority == nil { log.add(path, t.value("priority")?.mark, "`priority` must be one of P1, P2, P3, P4, not `\(word)`") }
        }
        let why = t.string("why"), solution = t.string("solution")
        let needs = words(t, "needs")
        let factKeys = facts.map(\.key)
        for key in needs where !factKeys.contains(key) {
            log.add(path, t.value("needs")?.mark, "`needs` names `\(key)`, which is not a key of `facts`\(References.hint(key, factKeys))")
        }
        var team: TicketTemplate.Team?
        if let escalate = t.value("escalate"), let e = MappingReader(escalate, path: path, what: "`escalate`", allowedKeys: escalateKeys, log: log) {
            team = required(e, "team", as: TicketTemplate.Team.self)
        }
        let fitting = words(t, "replies")
        for id in fitting where !replies.contains(id) {
            log.add(path, t.value("replies")?.mark, "saved reply `\(id)` not found in Curriculum/replies/\(References.hint(id, replies.sorted()))")
        }
        guard let segment, let priority, let why, let solution else { return nil }
        return TicketTemplate.Truth(segment: segment, priority: priority, why: why, needs: needs, escalateTo: team,
                                    replies: fitting, solution: solution)
    }

    private static func readScript(_ node: YAMLNode, path: String, log: DiagnosticLog) -> TicketTemplate.Script? {
        guard let s = MappingReader(node, path: path, what: "the script", allowedKeys: scriptKeys, log: log) else { return nil }
        let silent = s.bool("silent") ?? false
        let onAsk = s.string("on_ask", required: !silent), onFix = s.string("on_fix", required: !silent)
        let answersAfter = s.int("answers_after", required: false, in: 0...10_000) ?? TicketTemplate.Script.defaultAnswersAfter
        let rating = s.int("rating", required: false, in: 1...5) ?? 5
        return TicketTemplate.Script(answersAfter: answersAfter, onAsk: onAsk, silent: silent,
                                     whenIgnored: s.string("when_ignored", required: false), onFix: onFix, rating: rating)
    }

    /// A list of words, or one word.
    static func words(_ m: MappingReader, _ key: String) -> [String] {
        guard let value = m.value(key) else { return [] }
        if case .scalar = value, let word = value.string { return word.isEmpty ? [] : [word] }
        return (value.sequence.map { Array($0) } ?? []).compactMap(\.string)
    }
}
