import Foundation

/// A `trainer` process the test talks to line by line, reading what it printed so far, and can
/// kill outright (SIGKILL) at any moment: the crash tests' way of closing a laptop mid-answer.
public final class LiveTrainer: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var printed = Data()

    public init(_ arguments: [String], trainer: TrainerProcess, env: [String: String] = [:]) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = TrainerProcess.binary
        process.arguments = arguments
        process.environment = trainer.environment.merging(env) { $1 }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self, !chunk.isEmpty else { return }
            lock.withLock { printed.append(chunk) }
        }
        try process.run()
    }

    deinit { killNow() }

    /// Everything printed on stdout so far.
    public var stdout: String { lock.withLock { String(decoding: printed, as: UTF8.self) } }

    /// Types one line (a failed write means the process is gone, which the caller finds out).
    public func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBufferPointer { write(input.fileHandleForWriting.fileDescriptor, $0.baseAddress, $0.count) }
    }

    /// Waits until stdout holds `count` occurrences of `text` (true), or `seconds` pass (false).
    @discardableResult
    public func waitFor(_ text: String, count: Int = 1, seconds: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stdout.components(separatedBy: text).count - 1 >= count { return true }
            if !process.isRunning { return stdout.components(separatedBy: text).count - 1 >= count }
            usleep(2_000)
        }
        return false
    }

    /// Waits until stdout holds any of `texts` (true), or `seconds` pass (false).
    @discardableResult
    public func waitForAny(_ texts: [String], seconds: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let printed = stdout
            if texts.contains(where: printed.contains) { return true }
            if !process.isRunning { return texts.contains(where: stdout.contains) }
            usleep(2_000)
        }
        return false
    }

    /// Kills the process without warning and waits for it to be gone.
    public func killNow() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        // Stop watching: at the end of the pipe the handler would otherwise be called again and again.
        output.fileHandleForReading.readabilityHandler = nil
        try? input.fileHandleForWriting.close()
    }
}
