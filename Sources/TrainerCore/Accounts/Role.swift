/// What a person may do in trainer. Ordered: a lead may do what a mentor may, and more.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case trainee, mentor, lead

    var rank: Int {
        switch self {
        case .trainee: 0
        case .mentor: 1
        case .lead: 2
        }
    }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }
}

/// Who may run a command.
public enum Access: Sendable, Equatable {
    /// Anyone, logged in or not (help, login, check).
    case anyone
    /// Any logged-in account.
    case signedIn
    /// Logged in with at least this role.
    case atLeast(Role)

    public func allows(_ role: Role?) -> Bool {
        switch self {
        case .anyone: true
        case .signedIn: role != nil
        case .atLeast(let needed): role.map { $0 >= needed } ?? false
        }
    }
}
