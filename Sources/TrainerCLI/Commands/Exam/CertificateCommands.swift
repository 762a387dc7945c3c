import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct ExamCertificateCommand: TrainerCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    static let configuration = CommandConfiguration(
        commandName: "certificate", _superCommandName: CommandTable.name, abstract: "Print someone's latest certificate (HTML prints on one A4 page).")
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "Whose (default: yours).") var name: String?
    @Option(help: "Which exam (default: the latest certificate).") var exam: String?
    @Option(help: "md or html.") var format: Format = .md
    @Option(help: "Write to this file (owner-only) instead of the screen.") var out: String?

    func run(in session: Session) throws {
        let account = try session.visibleAccount(named: name)
        let held = try session.store.certificates(visibleTo: try session.currentUser(), of: account.name)
        guard let certificate = held.first(where: { exam == nil || $0.exam == exam }) else {
            throw CommandFailure("\(account.name) holds no certificate\(exam.map { " for `\($0)`" } ?? "") yet")
        }
        let document = CertificateDocument(certificate: certificate)
        let text = try format == .html ? document.html() : document.markdown()
        guard let out else {
            session.say(text)
            return
        }
        try OwnerOnlyFile.write(text, to: out)
        session.say("Wrote certificate \(certificate.id) for \(account.name) to \(out).")
    }
}

struct CertsCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "certs", _superCommandName: CommandTable.name, abstract: "Who holds which certificate, and who must recertify soon.")
    static let access = Access.signedIn

    @Flag(name: .customLong("due"), help: "Only those to renew within DAYS (default 30), expired ones included.") var dueOnly = false
    @Argument(help: "With --due: the number of days ahead.") var days: Int?
    @Flag(help: "Print JSON.") var json = false

    static let defaultDueDays = 30

    struct Row: Encodable {
        var id: String
        var user: String
        var exam: String
        var score: Double
        var issued: String
        @NullWhenAbsent var recertifyBy: String?
        var status: String

        enum CodingKeys: String, CodingKey { case id, user, exam, score, issued, status, recertifyBy = "recertify_by" }
    }

    func validate() throws {
        if days != nil && !dueOnly { throw ValidationError("a number of days goes with --due: `certs --due 30`") }
        if let days, days < 0 { throw ValidationError("--due takes a number of days from 0") }
    }

    func run(in session: Session) throws {
        let today = session.clock.today
        let window = days ?? Self.defaultDueDays
        // The latest certificate per person and exam is the one that counts.
        var latest: [Certificate] = []
        for certificate in try session.store.certificates(visibleTo: try session.currentUser())
        where !latest.contains(where: { $0.user == certificate.user && $0.exam == certificate.exam }) {
            latest.append(certificate)
        }
        if dueOnly { latest = latest.filter { $0.isDue(within: window, on: today) } }
        latest.sort { ($0.recertifyBy?.description ?? "9999", $0.user) < ($1.recertifyBy?.description ?? "9999", $1.user) }
        let rows = latest.map { c in
            Row(id: c.id, user: c.user, exam: c.exam, score: c.score, issued: c.issued.description,
                recertifyBy: c.recertifyBy?.description, status: status(of: c, today: today, window: window))
        }
        if json {
            session.say(try JSONOutput.render(rows))
            return
        }
        guard !rows.isEmpty else {
            session.say(dueOnly ? "Nobody must recertify within \(window) days." : "No certificates issued yet.")
            return
        }
        session.say(session.table(["user", "exam", "certificate", "issued", "recertify by", "status"], rows.map {
            [$0.user, $0.exam, $0.id, $0.issued, $0.recertifyBy ?? "never", $0.status]
        }))
    }

    private func status(of certificate: Certificate, today: Day, window: Int) -> String {
        if certificate.hasExpired(on: today) { return "expired" }
        if certificate.isDue(within: window, on: today) { return "due soon" }
        return "valid"
    }
}
