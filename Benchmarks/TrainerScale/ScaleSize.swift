import Foundation

/// How big a generated organisation is. `full` is the size issue 15 measures reports at; `small`
/// is the same shape at a tenth or less, for tests.
public struct ScaleSize: Sendable, Equatable {
    public var trainees: Int
    public var mentors: Int
    public var banks: Int
    public var questionsPerBank: Int
    /// Recorded answers in all, exam answers included.
    public var answers: Int
    public var rolePlays: Int
    public var examSessions: Int
    /// Sandbox tickets, in shifts of 6 to 12 (see `HistoryPlan.sandboxShifts`).
    public var sandboxTickets: Int

    public static let full = ScaleSize(trainees: 500, mentors: 25, banks: 50, questionsPerBank: 1_000, answers: 1_000_000,
                                       rolePlays: 20_000, examSessions: 10_000, sandboxTickets: 200_000)
    public static let small = ScaleSize(trainees: 50, mentors: 5, banks: 10, questionsPerBank: 100, answers: 50_000,
                                        rolePlays: 1_000, examSessions: 500, sandboxTickets: 10_000)

    public static func named(_ name: String) -> ScaleSize? {
        switch name {
        case "full": .full
        case "small": .small
        default: nil
        }
    }

    /// Every quiz, review and exam attempt serves this many questions.
    public static let questionsPerAttempt = 20
    /// The history covers this many days before the generation's fixed "now".
    public static let days = 730
}
