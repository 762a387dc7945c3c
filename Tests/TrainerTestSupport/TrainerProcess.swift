import Foundation

/// Runs the built `trainer` binary, the way a person or a script would.
public struct TrainerProcess: Sendable {
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Killed by the harness for running past its timeout.
        public var timedOut = false
        /// Ended by a signal (a crash, or the harness's timeout).
        public var crashed = false
    }

    /// The binary beside the test bundle (`.build/<triple>/debug/trainer`).
    public static var binary: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = bundle.appendingPathComponent("trainer")
        var folder = bundle
        // The test runner may sit inside a bundle folder; walk up to find the binary.
        for _ in 0..<4 where !FileManager.default.isExecutableFile(atPath: candidate.path) {
            folder = folder.deletingLastPathComponent()
            candidate = folder.appendingPathComponent("trainer")
        }
        return candidate
    }

    public var environment: [String: String]

    /// A clean environment: the content and database of the test, fixed time, no colour.
    public init(content: String, database: String, now: String = "2026-11-23T09:00:00Z", extra: [String: String] = [:]) {
        var environment = [
            "PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path,
            "TRAINER_CONTENT": content, "TRAINER_DB": database, "TRAINER_NOW": now, "TZ": "UTC",
            "NO_COLOR": "1",
        ]
        environment.merge(extra) { $1 }
        self.environment = environment
        // trainer never creates a folder for a database path it is given: the test does.
        try? FileManager.default.createDirectory(atPath: (database as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
    }

    @discardableResult
    public func run(_ arguments: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> Outcome {
        try run(arguments, input: Data((stdin ?? "").utf8), env: env)
    }

    /// Runs to the end with `input` as stdin (any bytes), killed after `timeout` seconds so a hang
    /// fails the test (`timedOut`) instead of stalling the suite. Input is written while output is
    /// read, so neither side can block the other on a full pipe.
    @discardableResult
    public func run(_ arguments: [String], input: Data, env: [String: String] = [:], timeout: TimeInterval = 300) throws -> Outcome {
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment.merging(env) { $1 }
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        let writer = stdin.fileHandleForWriting
        let feeding = Thread {
            // A child that stops reading (it exited) ends the write with EPIPE: not the test's failure.
            input.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = Foundation.write(writer.fileDescriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            try? writer.close()
        }
        feeding.start()
        let timer = TimeoutFlag()
        let killer = DispatchWorkItem {
            guard process.isRunning else { return }
            timer.fired = true
            kill(process.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let errors = ErrorCollector(err.fileHandleForReading)
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = errors.wait()
        process.waitUntilExit()
        killer.cancel()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                       stderr: String(decoding: stderrData, as: UTF8.self),
                       timedOut: timer.fired, crashed: process.terminationReason == .uncaughtSignal)
    }
}

private final class TimeoutFlag: @unchecked Sendable {
    var fired = false
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

extension TrainerProcess {
    /// Starts the binary with `stdin`, reads its output until `marker` shows (or 20 s pass), then
    /// kills it with SIGKILL, as a crash or a closed terminal would; returns what it printed.
    public func killed(_ arguments: [String], stdin: String, env: [String: String] = [:], after marker: String) throws -> String {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment.merging(env) { $1 }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        var seen = ""
        let deadline = Date().addingTimeInterval(20)
        while !seen.contains(marker), Date() < deadline {
            seen += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return seen
    }
}
