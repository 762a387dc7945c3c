import Foundation
import TrainerCore

extension HistoryPlan {
    /// One generated shift: whose, when it started and which kind of play it repeats.
    struct SandboxShift {
        var trainee: Int
        var start: Date
        var kind: PlayedShift.Kind
    }

    /// Shifts holding `size.sandboxTickets` tickets in all, shared out by how long each trainee has
    /// been active: one, one and a half or two hours (a ticket per ten minutes), the last of each
    /// trainee holding what is left. One trainee in fifty has a shift still running at the end of
    /// the history. Oldest first, so ids grow with time.
    func sandboxShifts(random: inout SeededGenerator) -> [SandboxShift] {
        var shifts: [SandboxShift] = []
        for (index, share) in sharedByActiveDays(size.sandboxTickets).enumerated() {
            let trainee = people.trainees[index]
            let band = min(7, max(0, Int((trainee.skill - 0.55) / 0.05)))
            var left = share
            if index % 50 == 7, left >= 6 {
                let start = now.addingTimeInterval(-Double(Int.random(in: 1...6, using: &random)) * 3_600)
                shifts.append(SandboxShift(trainee: index, start: start, kind: .init(minutes: 60, tickets: 6, variant: band * 3,
                                                                                      supervised: false, finishes: false)))
                left -= 6
            }
            while left > 0 {
                var minutes = [60, 90, 120][Int.random(in: 0..<3, using: &random)]
                var tickets = minutes / ShiftPlan.minutesPerTicket
                if left <= 12 {
                    tickets = left
                    minutes = max(30, tickets * ShiftPlan.minutesPerTicket)
                }
                left -= tickets
                let kind = PlayedShift.Kind(minutes: minutes, tickets: tickets, variant: band * 3 + Int.random(in: 0..<3, using: &random),
                                            supervised: Int.random(in: 0..<8, using: &random) == 0, finishes: true)
                // Finished shifts end well before the history does, so a running one is the newest.
                let start = Self.moment(in: trainee.start, now.addingTimeInterval(-86_400), &random)
                shifts.append(SandboxShift(trainee: index, start: start, kind: kind))
            }
        }
        return shifts.sorted { $0.start < $1.start }
    }
}
