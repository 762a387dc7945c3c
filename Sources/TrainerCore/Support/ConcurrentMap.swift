import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements spread over the machine's cores; results keep the input order.
    /// Each result slot is written by exactly one iteration and read after all have finished,
    /// which is why the unchecked buffer below is safe.
    public func concurrentMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.put(transform(self[index]), at: index)
        }
        return results.take()
    }
}

/// Raw memory, not an array: writing an array property from several threads would be a
/// simultaneous access even when the indices differ.
private final class UnsafeSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func put(_ value: T, at index: Int) { slots[index] = value }

    func take() -> [T] { (0..<count).compactMap { slots[$0] } }
}
