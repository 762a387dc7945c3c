import Foundation

/// A real terminal for the REPL: tmux runs trainer, `send-keys` types, `capture-pane` reads the screen.
public final class TmuxTerminal: @unchecked Sendable {
    public let session = "trainer-test-\(UUID().uuidString.prefix(8))"

    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `command` in a detached terminal (120x30 unless told); after it ends, the shell prints `EXIT=<status>`.
    public init(command: String, environment: [String: String], columns: Int = 120, rows: Int = 30) throws {
        let exports = environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        try tmux(["new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)",
                  "env -i \(exports) \(command); echo EXIT=$?; sleep 30"], capture: false)
    }

    deinit { try? tmux(["kill-session", "-t", session], capture: false) }

    /// Types keys: literal text, or tmux key names such as `Tab`, `Enter`, `C-c`, `C-d`.
    public func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", session, key], capture: false) }
    }

    /// Pastes `text` as a terminal does: wrapped in bracketed-paste markers when the program asked for them.
    public func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", session, text], capture: false)
        try tmux(["paste-buffer", "-p", "-d", "-b", session, "-t", session], capture: false)
    }

    public func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    /// Everything printed so far, scrollback included; `joined` undoes the terminal's own line
    /// wrapping (`capture-pane -J`), so it equals the plain capture only when no line was too long.
    public func history(joined: Bool = false) throws -> String {
        try tmux(["capture-pane", joined ? "-pJ" : "-p", "-S", "-", "-t", session])
    }

    /// Waits until the screen shows `text` (up to `seconds`); returns the screen.
    @discardableResult
    public func waitFor(_ text: String, seconds: Double = 20) throws -> String {
        try waitUntil(seconds: seconds) { $0.contains(text) }
    }

    /// Waits until the program sits at `prompt` on the last line, ready for keys. Control keys
    /// (Ctrl-C, Ctrl-D) sent before that land while the terminal is not in readline's mode and are
    /// lost, as they would be for a person typing ahead of the program.
    @discardableResult
    public func waitForPrompt(_ prompt: String, seconds: Double = 20) throws -> String {
        try waitUntil(seconds: seconds) { screen in
            screen.split(separator: "\n").last?.hasPrefix(prompt) == true
        }
    }

    /// Waits until `condition` holds for the screen (up to `seconds`); returns the screen.
    @discardableResult
    public func waitUntil(seconds: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return last
    }

    /// Runs tmux through `popen`: Foundation's `Process` sometimes never sees the client exit when
    /// that client forks the tmux server, and a test then hangs.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        // A private server: tests never touch a person's own tmux sessions.
        let quoted = (["-L", "trainer-tests"] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "/usr/bin/tmux " + quoted.joined(separator: " ") + (capture ? " 2>/dev/null" : " >/dev/null 2>&1")
        guard let pipe = popen(command, "r") else { throw CocoaError(.fileReadUnknown) }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }
}
