import Foundation

/// Rules of the mentor's desk, defined once for every view of it.
public enum MentorDesk {
    /// Plan items only a mentor or lead brings to done (a passed role-play and a finished shift tick themselves).
    public static let mentorItemKinds: Set<PlanItem.Kind> = [.exam, .meeting]

    /// What waits for the mentor: overdue items only they close (and tasks marked `tick: mentor`),
    /// self-reviews written since the last meeting, finished role-plays not graded yet, and sandbox
    /// drafts waiting for approval.
    public static func waiting(_ progress: PlanProgress, selfReviewsAt reviews: [Date], lastMeeting: Date?,
                               rolePlaysToGrade: Int = 0, draftsToApprove: Int = 0) -> Int {
        let items = progress.overdueCount { mentorItemKinds.contains($0.item.kind) || $0.item.tickedBy == .mentor }
        let since = lastMeeting ?? .distantPast
        return items + reviews.filter { $0 > since }.count + rolePlaysToGrade + draftsToApprove
    }
}
