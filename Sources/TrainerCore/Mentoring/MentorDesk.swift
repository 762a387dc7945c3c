import Foundation

/// The mentor desk's figures that are rules rather than queries, defined once.
public enum MentorDesk {
    /// Plan items only a mentor or lead brings to done.
    public static let mentorItemKinds: Set<PlanItem.Kind> = [.roleplay, .queue, .exam, .meeting]

    /// What waits for the mentor: overdue items only they tick, and self-reviews written since
    /// the last meeting.
    public static func waiting(_ progress: PlanProgress, selfReviewsAt: [Date], lastMeeting: Date?) -> Int {
        let items = progress.overdue.filter { mentorItemKinds.contains($0.item.kind) || $0.item.tickedBy == .mentor }.count
        let reviews = selfReviewsAt.filter { $0 > (lastMeeting ?? .distantPast) }.count
        return items + reviews
    }
}
