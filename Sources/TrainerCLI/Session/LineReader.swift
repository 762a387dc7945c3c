import Foundation

/// What reading one line gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: abandon what is being typed (and the question being answered).
    case interrupted
    /// Ctrl-D at an empty line, or the end of a script.
    case endOfInput
}

/// Where the REPL and interactive commands read from: readline on a terminal, lines of stdin
/// in a script, a list of lines in tests.
public protocol LineReader: AnyObject {
    /// Whether a person is typing (line editing, no-echo passphrases, prompts shown).
    var isInteractive: Bool { get }
    func readLine(prompt: String, remember: Bool) -> LineInput
    /// A passphrase, read without echo; nil when none can be read.
    func readSecret(prompt: String) -> String?
    /// A passphrase, or how reading it ended: Ctrl-C (`.interrupted`) or nothing to read.
    func readSecretInput(prompt: String) -> LineInput
}

extension LineReader {
    public func readSecretInput(prompt: String) -> LineInput {
        readSecret(prompt: prompt).map(LineInput.line) ?? .endOfInput
    }
}

/// Reads lines from standard input that is not a terminal (script mode): no prompts shown.
public final class StreamLineReader: LineReader {
    public init() {}
    public var isInteractive: Bool { false }

    public func readLine(prompt: String, remember: Bool) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        // Scripts written on Windows end lines with CR LF.
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func readSecret(prompt: String) -> String? { nil }
}

/// Plays back a fixed list of lines; for tests and scripted sessions in-process.
public final class ScriptedLineReader: LineReader {
    private var lines: [LineInput]
    public private(set) var prompts: [String] = []
    public let isInteractive: Bool

    public init(_ lines: [String], interactive: Bool = false) {
        self.lines = lines.map { $0 == "^C" ? .interrupted : .line($0) }
        self.isInteractive = interactive
    }

    public func readLine(prompt: String, remember: Bool) -> LineInput {
        prompts.append(prompt)
        return lines.isEmpty ? .endOfInput : lines.removeFirst()
    }

    public func readSecret(prompt: String) -> String? {
        guard isInteractive, case .line(let secret)? = lines.first else { return nil }
        lines.removeFirst()
        return secret
    }

    public func readSecretInput(prompt: String) -> LineInput {
        guard isInteractive, let next = lines.first else { return .endOfInput }
        lines.removeFirst()
        return next
    }
}
