import TrainerCore

/// The item-writing lint over loaded content: every warning at its place, and a summary per bank.
public struct LintReport: Sendable, CustomStringConvertible {
    /// Sorted by file and position.
    public var warnings: [LintWarning]

    public init(warnings: [LintWarning]) { self.warnings = warnings.sorted() }

    /// Lints every bank of `content`.
    public init(linting content: LoadedContent) {
        let places = content.places
        func place(of id: String, topic: String) -> QuestionPlaces {
            places[id] ?? QuestionPlaces(path: "\(ContentLoader.banksFolder)/\(topic).yaml", question: .init(line: 1, column: 1),
                                         prompt: .init(line: 1, column: 1), options: [])
        }
        let findings = ItemLint.findings(in: content.curriculum.banks) { other in
            let at = place(of: other.id, topic: other.topic)
            return "`\(other.id)` (\(at.path):\(at.question.line):\(at.question.column))"
        }
        self.init(warnings: findings.map { finding in
            let at = place(of: finding.questionID, topic: finding.topic)
            let position: QuestionPlaces.Position
            switch finding.anchor {
            case .question: position = at.question
            case .prompt: position = at.prompt
            case .option(let index): position = at.options.indices.contains(index) ? at.options[index] : at.question
            }
            return LintWarning(path: at.path, line: position.line, column: position.column, rule: finding.rule,
                               questionID: finding.questionID, message: finding.message)
        })
    }

    public var isEmpty: Bool { warnings.isEmpty }

    /// One line per bank with warnings: `triage.yaml: 3 warnings (2 key-longest, 1 negative-stem)`.
    public var summary: [String] {
        var byPath: [String: [LintWarning]] = [:]
        for warning in warnings { byPath[warning.path, default: []].append(warning) }
        return byPath.keys.sorted().map { path in
            let found = byPath[path] ?? []
            var counts: [LintRule: Int] = [:]
            for warning in found { counts[warning.rule, default: 0] += 1 }
            // Most frequent first; ties in the rules' own order.
            let rules = LintRule.allCases.enumerated().compactMap { order, rule in counts[rule].map { (rule, $0, order) } }
                .sorted { ($1.1, $0.2) < ($0.1, $1.2) }
                .map { "\($0.1) \($0.0.rawValue)" }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return "\(name): \(Self.count(found.count)) (\(rules.joined(separator: ", ")))"
        }
    }

    /// The warnings, then the summary; empty when there is nothing to say.
    public var description: String {
        guard !warnings.isEmpty else { return "" }
        let banks = Set(warnings.map(\.path)).count
        return (warnings.map(\.description) + summary
            + ["\(Self.count(warnings.count, "lint warning")) in \(banks) bank\(banks == 1 ? "" : "s")."])
            .joined(separator: "\n")
    }

    static func count(_ number: Int, _ noun: String = "warning") -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
