/// A lesson's identity and title; its Markdown body is read on demand by the content layer.
public struct Lesson: Sendable, Hashable, Codable {
    public var track: String
    public var id: String
    public var title: String

    public init(track: String, id: String, title: String) {
        self.track = track
        self.id = id
        self.title = title
    }

    /// `track/id`, the form other tracks use to refer to it.
    public var qualifiedID: String { "\(track)/\(id)" }

    /// The qualified id a plan's lesson reference names: `id` in `track`, or `track/id` as written.
    public static func qualified(_ ref: String, inTrack track: String) -> String { ref.contains("/") ? ref : "\(track)/\(ref)" }
}
