/// A scenario ready to play: its intents resolved against the shared library and its rubric
/// resolved against the defaults. This is what a stored role-play keeps, so a later edit of
/// the scenario or the library never changes how a past conversation was scored.
public struct RolePlayScript: Sendable, Hashable, Codable {
    public var scenario: Scenario
    public var intents: [Intent]
    public var criteria: [Criterion]

    /// The scenario's own intents replace library intents of the same id or are added to them.
    public init(_ scenario: Scenario, library: [Intent]) {
        var intents = library
        for own in scenario.intents {
            if let index = intents.firstIndex(where: { $0.id == own.id }) { intents[index] = own } else { intents.append(own) }
        }
        self.scenario = scenario
        self.intents = intents
        self.criteria = Rubric.criteria(for: scenario)
    }

    public var matcher: IntentMatcher { IntentMatcher(intents: intents) }

    public func intent(_ id: String) -> Intent? { intents.first { $0.id == id } }
}
