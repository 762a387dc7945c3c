import Foundation

/// A person with an account. The passphrase hash lives only in the store.
public struct Account: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var role: Role
    public var mentor: String?
    public var track: String?
    /// First day of the adaptation plan (trainees).
    public var start: Day?
    /// Closed by a lead: cannot log in, history kept for review.
    public var isRemoved: Bool

    public init(id: Int64, name: String, role: Role, mentor: String? = nil, track: String? = nil, start: Day? = nil, isRemoved: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.mentor = mentor
        self.track = track
        self.start = start
        self.isRemoved = isRemoved
    }

    /// Whether this account may see another's progress: self, their mentor, or any lead.
    public func maySee(_ other: Account) -> Bool {
        other.id == id || role == .lead || (role == .mentor && other.mentor == name)
    }
}

/// Rules a new passphrase must meet.
public enum PassphrasePolicy {
    public static let minimumLength = 8

    /// Why a passphrase is refused, or nil when it is fine.
    public static func problem(with passphrase: String) -> String? {
        if passphrase.count < minimumLength {
            return "a passphrase needs at least \(minimumLength) characters"
        }
        return nil
    }
}

/// Rules for account names: they are typed at the prompt and completed with Tab.
public enum AccountName {
    public static func problem(with name: String) -> String? {
        let allowed = name.allSatisfy { ($0.isLetter || $0.isNumber || "._-".contains($0)) && $0.isASCII }
        if name.isEmpty || name.count > 32 || !allowed {
            return "`\(name)` is not a valid name: use 1–32 plain letters a–z or A–Z, digits, `.`, `_` or `-` (no accents, no spaces)"
        }
        return nil
    }
}
