/// Which tickets arrive when in a shift: fixed by the seed, so two trainees given the same seed
/// (and the same templates) work the same shift.
public struct ShiftPlan: Sendable, Hashable, Codable {
    public struct Arrival: Sendable, Hashable, Codable {
        /// The ticket number the trainee types (`T3` or `3`).
        public var number: Int
        public var template: String
        public var variant: Int
        /// Simulated minute of arrival (counted from Monday 00:00 of the shift's week).
        public var minute: Int

        public init(number: Int, template: String, variant: Int, minute: Int) {
            self.number = number
            self.template = template
            self.variant = variant
            self.minute = minute
        }
    }

    /// Shifts start on Monday at 09:00 of their simulated week.
    public static let defaultStart = 9 * 60
    /// One ticket for every this many minutes of shift.
    public static let minutesPerTicket = 10

    public var seed: UInt64
    public var minutes: Int
    public var start: Int
    public var arrivals: [Arrival]

    public init(seed: UInt64, minutes: Int, start: Int, arrivals: [Arrival]) {
        self.seed = seed
        self.minutes = minutes
        self.start = start
        self.arrivals = arrivals
    }

    /// Draws the shift: `count` tickets (one per ten minutes by default, at least two), the first
    /// waiting at the start, the others arriving in the first two thirds of the shift.
    public static func make(templates: [TicketTemplate], minutes: Int, seed: UInt64, count: Int? = nil,
                            start: Int = defaultStart) -> ShiftPlan {
        var rng = SeededGenerator(seed: seed)
        let total = templates.isEmpty ? 0 : max(count ?? max(2, minutes / minutesPerTicket), 1)
        let ordered = templates.sorted { $0.id < $1.id }
        var deck: [TicketTemplate] = []
        var arrivals: [(template: TicketTemplate, variant: Int, minute: Int)] = []
        let window = max(1, minutes * 2 / 3)
        for index in 0..<total {
            if deck.isEmpty { deck = ordered.shuffled(using: &rng) }
            let template = deck.removeLast()
            let variant = Int.random(in: 0..<max(1, template.variants.count), using: &rng)
            let minute = index == 0 ? 0 : Int.random(in: 0..<window, using: &rng)
            arrivals.append((template, variant, minute))
        }
        let sorted = arrivals.enumerated().sorted { ($0.element.minute, $0.offset) < ($1.element.minute, $1.offset) }.map(\.element)
        return ShiftPlan(seed: seed, minutes: minutes, start: start, arrivals: sorted.enumerated().map { index, a in
            Arrival(number: index + 1, template: a.template.id, variant: a.variant, minute: start + a.minute)
        })
    }

    /// The simulated minute the shift is planned to end.
    public var end: Int { start + minutes }
}
