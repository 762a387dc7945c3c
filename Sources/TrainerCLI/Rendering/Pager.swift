import Foundation

/// Long text on a terminal goes through `less` (or `$PAGER`); otherwise it is printed as is.
enum Pager {
    static func show(_ text: String, in session: Session) {
        let lines = text.components(separatedBy: "\n").count
        guard session.mode == .interactive, lines > (TerminalSize.current()?.rows ?? 24) - 2, let pager = pagerCommand(session.environment) else {
            session.say(text)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        var environment = session.environment
        environment["LESS"] = environment["LESS"] ?? "-R -F -X"
        process.environment = environment
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
            pipe.fileHandleForWriting.write(Data(text.utf8))
            try pipe.fileHandleForWriting.close()
            process.waitUntilExit()
        } catch {
            session.say(text)
        }
    }

    private static func pagerCommand(_ environment: [String: String]) -> String? {
        if let pager = environment["PAGER"], !pager.isEmpty { return pager }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/less") ? "/usr/bin/less" : nil
    }
}
