import Foundation
import TrainerContent
import ArgumentParser
import TrainerCore
import TrainerStore

struct ReadCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", _superCommandName: CommandTable.name, abstract: "Read a lesson (and mark it read in your plan).")
    static let access = Access.signedIn
    static let completion = CompletionKind.lesson

    @Argument(help: "The lesson id (e.g. `triage`, or `support/triage` from another track).") var lesson: String

    func run(in session: Session) throws {
        let user = try session.currentUser()
        let track = user.track ?? session.curriculum.tracks.first ?? ""
        guard let found = session.curriculum.lesson(lesson, inTrack: track)
            ?? session.curriculum.lessons.first(where: { $0.id == lesson }) else {
            // Bare ids too: `read welcome` finds another track's lesson when the id is unique.
            let ids = session.curriculum.lessons.map { $0.track == track ? $0.id : $0.qualifiedID } + session.curriculum.lessons.map(\.id)
            throw CommandFailure("no lesson `\(Suggestion.quoted(lesson))`.\(Suggestion.hint(for: lesson, among: ids))")
        }
        let text: String
        do {
            text = try session.content.lessonText(found)
        } catch {
            throw CommandFailure("cannot read \(found.qualifiedID): \(error.localizedDescription)")
        }
        Pager.show(MarkdownTerminal(style: session.style, width: TextWrap.terminalWidth()).render(text), in: session)
        if user.role == .trainee {
            try session.store.markLessonRead(found.qualifiedID, by: user, at: session.clock.now())
            session.say(session.style.dim("Marked “\(found.title)” as read."))
        }
    }
}
