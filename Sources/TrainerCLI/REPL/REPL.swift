import TrainerCore
import TrainerStore

/// The read-eval-print loop: reads lines from the session's reader, runs them through the
/// dispatcher, and ends on `exit`, Ctrl-D or the end of a script.
struct REPL {
    let session: Session
    let dispatcher: Dispatcher

    /// The exit status: 0, or 1 when a script had a failing command.
    func run() -> Int32 {
        var failures = 0
        while !session.wantsExit {
            switch session.input.readLine(prompt: prompt, remember: true) {
            case .endOfInput:
                if session.input.isInteractive { session.say() }
                return session.mode == .script && failures > 0 ? 1 : 0
            case .interrupted:
                continue
            case .line(let line):
                switch Words.split(line) {
                case .failure(.unclosedQuote(let quote)):
                    session.warn("error: unclosed \(quote) quote in: \(Suggestion.quoted(line))")
                    failures += 1
                case .success(let words):
                    if !dispatcher.run(words, in: session) { failures += 1 }
                }
            }
        }
        return session.mode == .script && failures > 0 ? 1 : 0
    }

    var prompt: String {
        guard let user = session.user else { return "trainer> " }
        let due = (try? session.store.dueReviewCount(for: user, on: session.clock.today)) ?? 0
        let breach = session.nextBreachNote(for: user).map { ", \($0)" } ?? ""
        return "trainer (\(user.name)·\(user.role.rawValue)\(due > 0 ? ", \(due) due" : "")\(breach))> "
    }
}
