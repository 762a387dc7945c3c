import Foundation
import TrainerStore

/// Hands a listing's calls to its visitor on a thread of its own, so that writing the output
/// (on one core) overlaps with SQLite reading the rows (on the other): the reading thread records
/// each call in a batch, the bytes it lends copied into the batch, and passes full batches over.
/// At most `inFlight` batches exist, so memory stays flat however long the listing.
struct ListingRelay: AttemptListVisitor {
    /// Runs `read` with a relay whose calls reach `visitor` on another thread, waits for them all,
    /// and returns the visitor. The first error of either side is thrown; the other side stops.
    static func run<Visitor: AttemptListVisitor>(_ visitor: Visitor, read: (inout ListingRelay) throws -> Void) throws -> Visitor {
        let queue = BatchQueue(batches: inFlight)
        // The writing thread owns the visitor until `join` returns.
        let owned = Owned(visitor)
        let writer = WriterThread(queue: queue) { batch in try batch.replay(into: &owned.value) }
        var relay = ListingRelay(queue: queue)
        do {
            try read(&relay)
            try relay.send()
        } catch {
            queue.close(failure: error)
            _ = writer.join()
            throw error
        }
        queue.close(failure: nil)
        if let failure = writer.join() { throw failure }
        return owned.value
    }

    static let inFlight = 3
    /// Calls per batch: enough that handing over costs nothing, few enough to stay in cache.
    static let batchSize = 4_096

    private let queue: BatchQueue
    private var batch: Batch

    private init(queue: BatchQueue) {
        self.queue = queue
        batch = queue.emptyBatch()!
    }

    mutating func attemptBegins(_ attempt: ListedAttempt) throws { try record(.begins(attempt)) }

    mutating func version(_ version: ServedVersion) throws { try record(.version(version)) }

    mutating func answer(_ answer: ListedAnswer) throws {
        let id = batch.keep(answer.questionID)
        let chosen = answer.chosen.map { batch.keep($0) } ?? Batch.absent
        try record(.answer(id: id, chosen: chosen, version: answer.version, credit: answer.credit))
    }

    mutating func attemptEnds() throws { try record(.ends) }

    private mutating func record(_ call: Call) throws {
        batch.calls.append(call)
        if batch.calls.count >= Self.batchSize { try send() }
    }

    /// Passes the batch over and takes an empty one; throws when the writing side has failed.
    private mutating func send() throws {
        guard !batch.calls.isEmpty else { return }
        try queue.put(batch)
        guard let next = queue.emptyBatch() else { throw queue.failure ?? CancellationError() }
        batch = next
    }
}

/// One recorded call; an answer's bytes are ranges of its batch's `bytes`.
private enum Call {
    case begins(ListedAttempt)
    case version(ServedVersion)
    case answer(id: Range<Int32>, chosen: Range<Int32>, version: Int, credit: Double?)
    case ends
}

private final class Batch: @unchecked Sendable {
    /// The `chosen` range of an unanswered question.
    static let absent: Range<Int32> = -1 ..< -1

    var calls: [Call] = []
    var bytes: [UInt8] = []

    init() {
        calls.reserveCapacity(ListingRelay.batchSize)
    }

    func keep(_ lent: UnsafeRawBufferPointer) -> Range<Int32> {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: lent)
        return start ..< Int32(bytes.count)
    }

    /// Makes the recorded calls on `visitor`, lending the kept bytes again.
    func replay(into visitor: inout some AttemptListVisitor) throws {
        try bytes.withUnsafeBytes { bytes in
            func lent(_ range: Range<Int32>) -> UnsafeRawBufferPointer {
                UnsafeRawBufferPointer(rebasing: bytes[Int(range.lowerBound) ..< Int(range.upperBound)])
            }
            for call in calls {
                switch call {
                case .begins(let attempt): try visitor.attemptBegins(attempt)
                case .version(let version): try visitor.version(version)
                case .answer(let id, let chosen, let version, let credit):
                    try visitor.answer(ListedAnswer(questionID: lent(id), chosen: chosen == Batch.absent ? nil : lent(chosen),
                                                    version: version, credit: credit))
                case .ends: try visitor.attemptEnds()
                }
            }
        }
        calls.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Full batches from the reader to the writer, empty ones back; closed by either side, with the
/// error that stopped it.
private final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var full: [Batch] = []
    private var empty: [Batch]
    private var isClosed = false
    private(set) var failure: (any Error)?

    init(batches: Int) { empty = (0..<batches).map { _ in Batch() } }

    func put(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        if let failure { throw failure }
        full.append(batch)
        condition.broadcast()
    }

    /// The next full batch; nil once closed and drained (or failed).
    func take() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !isClosed { condition.wait() }
        return failure == nil && !full.isEmpty ? full.removeFirst() : nil
    }

    /// An empty batch, waiting for the writer to finish one; nil when the queue has failed.
    func emptyBatch() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while empty.isEmpty && failure == nil { condition.wait() }
        return failure == nil ? empty.removeLast() : nil
    }

    func giveBack(_ batch: Batch) {
        condition.lock()
        empty.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    func close(failure: (any Error)?) {
        condition.lock()
        isClosed = true
        if self.failure == nil { self.failure = failure }
        condition.broadcast()
        condition.unlock()
    }
}

private final class Owned<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// Replays full batches as they come, from its start until the queue is closed or fails.
private final class WriterThread: @unchecked Sendable {
    private let queue: BatchQueue
    private let replay: (Batch) throws -> Void
    private let done = DispatchSemaphore(value: 0)
    private var failure: (any Error)?

    init(queue: BatchQueue, replay: @escaping (Batch) throws -> Void) {
        self.queue = queue
        self.replay = replay
        Thread { [self] in loop() }.start()
    }

    private func loop() {
        while let batch = queue.take() {
            do {
                try replay(batch)
                queue.giveBack(batch)
            } catch {
                failure = error
                queue.close(failure: error)
            }
        }
        done.signal()
    }

    /// Waits for the thread to end; the error that stopped it, if any.
    func join() -> (any Error)? {
        done.wait()
        return failure
    }
}
