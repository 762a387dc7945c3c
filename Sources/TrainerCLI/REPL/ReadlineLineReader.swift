@preconcurrency import CReadline
import Foundation

/// Line editing, history and Tab completion with GNU readline, for a person at a terminal.
///
/// readline's hooks are C function pointers that cannot capture context, so the completion
/// source and the Ctrl-C flag live in globals owned by this file.
public final class ReadlineLineReader: LineReader {
    private let historyPath: String?

    /// Candidates for the word being typed, given the line up to the cursor.
    public var complete: (String) -> [String] = { _ in [] } {
        didSet { ReadlineHooks.complete = complete }
    }

    public init(historyPath: String?) {
        self.historyPath = historyPath
        ReadlineHooks.install()
        if let historyPath {
            let folder = (historyPath as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o700])
            stifle_history(1000)
            _ = read_history(historyPath)
        }
    }

    public var isInteractive: Bool { true }

    public func readLine(prompt: String, remember: Bool) -> LineInput {
        ReadlineHooks.interrupted = 0
        trainer_unblock_sigint()
        guard let raw = readline(prompt) else {
            return ReadlineHooks.interrupted != 0 ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        if ReadlineHooks.interrupted != 0 {
            ReadlineHooks.interrupted = 0
            return .interrupted
        }
        let line = String(cString: raw)
        if remember, !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
            if let historyPath {
                // Append as we go, so a killed process keeps its history too.
                if append_history(1, historyPath) != 0 { _ = write_history(historyPath) }
                chmod(historyPath, 0o600)
            }
        }
        return .line(line)
    }

    public func readSecret(prompt: String) -> String? {
        guard case .line(let secret) = readSecretInput(prompt: prompt) else { return nil }
        return secret
    }

    public func readSecretInput(prompt: String) -> LineInput {
        ReadlineHooks.interrupted = 0
        trainer_unblock_sigint()
        FileHandle.standardOutput.write(Data(prompt.utf8))
        var saved = termios()
        let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if isTerminal {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        }
        defer {
            if isTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        // Byte by byte: nothing typed after the newline is taken from readline.
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            // Ctrl-C interrupts the read (the handler sets the flag); with ECHO off it may also
            // arrive as a byte when ISIG is off.
            if ReadlineHooks.interrupted != 0 || (count == 1 && byte == 3) {
                ReadlineHooks.interrupted = 0
                return .interrupted
            }
            if count == 1 {
                if byte == 10 || byte == 13 { return .line(String(decoding: bytes, as: UTF8.self)) }
                if byte == 4 && bytes.isEmpty { return .endOfInput }
                bytes.append(byte)
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return .endOfInput
            }
        }
    }
}

/// The C-side glue: completion generator, Ctrl-C handling.
enum ReadlineHooks {
    nonisolated(unsafe) static var complete: (String) -> [String] = { _ in [] }
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var nextCandidate = 0
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0

    static func install() {
        rl_readline_name = UnsafePointer(strdup("trainer"))
        rl_catch_signals = 0
        rl_attempted_completion_function = { text, _, _ in
            let upToCursor = String(cString: rl_line_buffer).utf8.prefix(Int(rl_point))
            ReadlineHooks.candidates = ReadlineHooks.complete(String(decoding: upToCursor, as: UTF8.self))
            ReadlineHooks.nextCandidate = 0
            rl_attempted_completion_over = 1  // never fall back to file names
            return rl_completion_matches(text) { _, _ in
                guard ReadlineHooks.nextCandidate < ReadlineHooks.candidates.count else { return nil }
                defer { ReadlineHooks.nextCandidate += 1 }
                return strdup(ReadlineHooks.candidates[ReadlineHooks.nextCandidate])
            }
        }
        // Ctrl-C: set a flag and interrupt the blocked read (no SA_RESTART) ...
        _ = trainer_catch_sigint { _ in ReadlineHooks.interrupted = 1 }
        // ... which this reader turns into an empty, accepted line that the caller discards.
        rl_getc_function = { stream in
            var byte: UInt8 = 0
            while true {
                // Ctrl-C may land while readline is busy rather than blocked in read().
                if ReadlineHooks.interrupted != 0 {
                    rl_replace_line("", 0)
                    return 10
                }
                let count = read(fileno(stream), &byte, 1)
                if count == 1 { return Int32(byte) }
                if count == 0 { return EOF }
                if errno == EINTR { continue }
                return EOF
            }
        }
    }
}
