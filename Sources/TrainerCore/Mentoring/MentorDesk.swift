import Foundation

/// Rules of the mentor's desk, defined once for every view of it.
public enum MentorDesk {
    /// What waits for the mentor: overdue items only a mentor can close (a sandbox shift, an
    /// exam, a meeting), self-reviews written since the last meeting, and finished role-plays
    /// not graded yet. Role-play plan items are not counted: a passed scenario ticks them.
    public static func waiting(_ progress: PlanProgress, selfReviewsAt reviews: [Date], lastMeeting: Date?,
                               rolePlaysToGrade: Int = 0) -> Int {
        let mentorItems = progress.overdue.filter { [.queue, .exam, .meeting].contains($0.item.kind) }.count
        let since = lastMeeting ?? .distantPast
        return mentorItems + reviews.filter { $0 > since }.count + rolePlaysToGrade
    }
}
