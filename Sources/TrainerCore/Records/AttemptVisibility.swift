/// When the answer key of an attempt (and everything derived from it: credit, correctness, score,
/// mastery) may reach the person who answered, as Moodle's review options do. Decided once here;
/// every view asks it.
public enum AttemptVisibility {
    /// The moment an attempt's review opens to its owner.
    public enum ReviewOpens: Sendable, Equatable {
        /// When the attempt is submitted (practice quizzes and reviews).
        case atSubmit
        /// When the lead closes the session the attempt belongs to (certification exams).
        case afterSessionClosed
    }

    /// Where an attempt stands, as far as its key is concerned.
    public struct Standing: Sendable, Equatable {
        public var isSubmitted: Bool
        public var isAbandoned: Bool
        public var isSessionClosed: Bool

        public init(isSubmitted: Bool, isAbandoned: Bool, isSessionClosed: Bool = false) {
            self.isSubmitted = isSubmitted
            self.isAbandoned = isAbandoned
            self.isSessionClosed = isSessionClosed
        }
    }

    public static func reviewOpens(for kind: AttemptKind) -> ReviewOpens {
        switch kind {
        case .quiz, .review: .atSubmit
        case .exam: .afterSessionClosed
        }
    }

    /// Whether the key-derived parts of an attempt may be shown to `viewer`. Mentors and leads see
    /// their trainees' attempts whole (an abandoned one too); the owner only once the review opens.
    public static func showsKey(of kind: AttemptKind, _ standing: Standing, toOwner isOwner: Bool, viewerRole: Role) -> Bool {
        guard isOwner else { return viewerRole != .trainee }
        switch reviewOpens(for: kind) {
        case .atSubmit: return standing.isSubmitted && !standing.isAbandoned
        case .afterSessionClosed: return standing.isSessionClosed
        }
    }

    /// Whether an export (a file that leaves trainer for a spreadsheet or an LRS) may carry the key
    /// and score of an attempt: only what `viewer` may see, and an exam's only once its session is
    /// closed, whoever exports it, since a file cannot be sealed again later.
    public static func exportsKey(of kind: AttemptKind, _ standing: Standing, toOwner isOwner: Bool, viewerRole: Role) -> Bool {
        guard showsKey(of: kind, standing, toOwner: isOwner, viewerRole: viewerRole) else { return false }
        return reviewOpens(for: kind) == .atSubmit || standing.isSessionClosed
    }
}

/// What an attempt was for. Stored by its raw value.
public enum AttemptKind: String, Sendable, Codable, CaseIterable {
    case quiz, review, exam
}
