import Foundation

/// A value made on first read and kept; reads from any thread see the same one.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case made(Value)
        case pending(@Sendable () -> Value)
    }

    private let lock = NSLock()
    private var state: State

    public init(_ value: Value) { state = .made(value) }
    public init(_ make: @escaping @Sendable () -> Value) { state = .pending(make) }

    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .made(let value):
            return value
        case .pending(let make):
            let value = make()
            state = .made(value)
            return value
        }
    }
}
