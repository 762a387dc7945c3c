import Foundation

/// Long text on a terminal goes through `$PAGER` (default `less`, with `LESS=FRX` unless set:
/// colours pass, the text stays on screen, and it quits at once when it fits); otherwise it is
/// printed as is.
enum Pager {
    static func show(_ text: String, in session: Session) {
        // On a terminal at the prompt or for one command (as git does); never in a script, whose
        // next lines are not keys for a pager.
        guard session.mode != .script, let size = TerminalSize.current(),
              text.components(separatedBy: "\n").count > size.rows - 2,
              let pager = pagerCommand(session.environment) else {
            session.say(text)
            return
        }
        var environment = session.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        if !page(text + "\n", through: pager, environment: environment) { session.say(text) }
    }

    /// `$PAGER` when set (`cat` or an empty value turns paging off), else `less` when installed.
    static func pagerCommand(_ environment: [String: String]) -> String? {
        if let pager = environment["PAGER"] {
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        return ["/usr/bin/less", "/bin/less"].first(where: FileManager.default.isExecutableFile).map { "\($0) -R" }
    }

    /// Runs the pager with the text on its standard input. Spawned directly rather than with
    /// Foundation's `Process`, which starts the child in a process group of its own: a pager
    /// there is in the terminal's background, cannot read keys, and exits at once.
    private static func page(_ text: String, through pager: String, environment: [String: String]) -> Bool {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        let words: [String] = ["/bin/sh", "-c", pager]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", &actions, nil, arguments, variables)
        close(pipeEnds[0])
        guard spawned == 0 else {
            close(pipeEnds[1])
            return false
        }
        // A pager quit before reading everything closes the pipe: that is not an error here.
        let previous = signal(SIGPIPE, SIG_IGN)
        text.utf8CString.withUnsafeBufferPointer { buffer in
            var offset = 0
            let total = buffer.count - 1
            while offset < total {
                let written = write(pipeEnds[1], buffer.baseAddress.map { $0 + offset }, total - offset)
                if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { break }
            }
        }
        close(pipeEnds[1])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        signal(SIGPIPE, previous)
        return true
    }
}
