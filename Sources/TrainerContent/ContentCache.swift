import Foundation
import TrainerCore

/// A compiled copy of valid content, keyed by a hash of every content file (and of the program
/// that validated it), so start-up skips the slow YAML parse when nothing changed.
public struct ContentCache: Sendable {
    public let directory: URL
    /// Identifies the validator: a new build of trainer never trusts an older build's verdict.
    public let programStamp: String

    public init(directory: URL, programStamp: String) {
        self.directory = directory
        self.programStamp = programStamp
    }

    /// The curriculum from the cache when the files are unchanged, else a fresh load (cached when valid).
    /// A cached curriculum is decoded section by section as first used: a command that needs no
    /// content pays nothing, one that reads a plan decodes no bank.
    /// The questions' places (for the lint) sit in a file of their own, read only by `check`.
    public func load(_ loader: ContentLoader) -> Result<LazyCurriculum, ContentReport> {
        guard let key = loader.fingerprint(salt: programStamp) else { return loader.loadWithPlaces().map(LazyCurriculum.init) }
        let file = directory.appendingPathComponent("content-\(key).cache")
        let placesFile = directory.appendingPathComponent("content-\(key)-places.json")
        if FileManager.default.fileExists(atPath: file.path) {
            return .success(LazyCurriculum({
                // A damaged cache entry is not fatal: parse the files again (once, for whatever is missing).
                let files = Deferred<Curriculum> {
                    try? FileManager.default.removeItem(at: file)
                    return (try? loader.load().get()) ?? .empty
                }
                // Mapped, not read: a command touches the pages of the sections it decodes (entries
                // are replaced by rename, never written in place).
                guard let data = try? Data(contentsOf: file, options: .alwaysMapped), let sections = CachedSections(data) else {
                    return files.value
                }
                return sections.curriculum(orElse: files)
            }, places: {
                // Missing or damaged: nil, and `check` parses the files again.
                FileManager.default.contents(atPath: placesFile.path).flatMap { try? JSONDecoder().decode(ContentPlaces.self, from: $0) }
            }))
        }
        let result = loader.loadWithPlaces()
        if case .success(let loaded) = result { store(loaded, at: file, placesAt: placesFile) }
        return result.map(LazyCurriculum.init)
    }

    private func store(_ loaded: LoadedContent, at file: URL, placesAt placesFile: URL) {
        guard let data = CachedSections.encode(loaded.curriculum),
              let places = try? JSONEncoder().encode(loaded.places) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        // Old entries are useless once content changed; keep the folder small.
        let old = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in old where name.hasPrefix("content-") { try? FileManager.default.removeItem(at: directory.appendingPathComponent(name)) }
        // Places first: whoever finds the curriculum entry finds its places too.
        write(places, to: placesFile)
        write(data, to: file)
    }

    /// Writes then renames, so a reader never sees half a file.
    private func write(_ data: Data, to file: URL) {
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(getpid())")
        if FileManager.default.createFile(atPath: temporary.path, contents: data) {
            _ = rename(temporary.path, file.path)
        }
    }
}

/// A curriculum produced on first use, with the places of its questions when known.
public final class LazyCurriculum: Sendable {
    private let curriculum: Deferred<Curriculum>
    private let deferredPlaces: Deferred<ContentPlaces?>

    /// True when this process has just parsed every file (no cache): `check --fresh` need not
    /// parse them a second time.
    public let isFreshFromFiles: Bool

    public init(_ make: @escaping @Sendable () -> Curriculum, places: @escaping @Sendable () -> ContentPlaces? = { nil },
                isFreshFromFiles: Bool = false) {
        curriculum = Deferred(make)
        deferredPlaces = Deferred(places)
        self.isFreshFromFiles = isFreshFromFiles
    }
    public convenience init(_ curriculum: Curriculum) { self.init { curriculum } }
    public convenience init(_ loaded: LoadedContent) {
        self.init({ loaded.curriculum }, places: { loaded.places }, isFreshFromFiles: true)
    }

    public var value: Curriculum { curriculum.value }

    /// Where each question was written; nil when unknown (then read the files again).
    public var places: ContentPlaces? { deferredPlaces.value }
}
