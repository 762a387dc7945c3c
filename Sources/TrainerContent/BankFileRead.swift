import TrainerCore

/// What one bank file gave: its bank, where each question starts, and the problems found in it.
/// Read from the file, or from the cache entry of the same bytes (`BankEntries`), whose bank and
/// places are decoded on first use.
struct BankFileRead: Sendable {
    /// Where a question starts, under its id: enough to find an id used twice across banks
    /// without decoding a bank.
    struct Claim: Sendable, Hashable {
        var id: String
        var line: Int
        var column: Int
    }

    var path: String
    var topic: String
    /// Nil when the file gave no bank (it did not parse, or it lacks a title).
    var bank: Deferred<QuestionBank>?
    /// The bank's questions in file order (none without a bank).
    var claims: [Claim]
    /// Each claimed question's places, in the same order.
    var places: Deferred<[QuestionPlaces]>
    /// The problems inside this file, in the order found.
    var diagnostics: [Diagnostic]
    /// The file is not YAML at all: references to its topic are not reported again.
    var isUnparsed: Bool
    /// The key of this file's cache entry, when a cache is in use.
    var cacheKey: String?
    var isFromCache = false

    /// The outcome of `BankReader` on the file (nil `read`: no bank).
    init(path: String, topic: String, read: BankReader.Read?, log: DiagnosticLog) {
        self.path = path
        self.topic = topic
        bank = read.map { Deferred($0.bank) }
        let places = read?.places ?? []
        claims = zip(read?.bank.questions ?? [], places).map {
            Claim(id: $0.id, line: $1.question.line, column: $1.question.column)
        }
        self.places = Deferred(places)
        diagnostics = log.diagnostics
        isUnparsed = log.unparsedTopics.contains(topic)
    }

    init(path: String, topic: String, bank: Deferred<QuestionBank>?, claims: [Claim], places: Deferred<[QuestionPlaces]>,
         diagnostics: [Diagnostic], isUnparsed: Bool) {
        self.path = path
        self.topic = topic
        self.bank = bank
        self.claims = claims
        self.places = places
        self.diagnostics = diagnostics
        self.isUnparsed = isUnparsed
    }
}
