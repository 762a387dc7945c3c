import Foundation
import Testing
import TrainerTestSupport

/// The HTML question sheet in a real browser: A4 pages, every question on the page, nothing cut.
@Suite(.enabled(if: PrintCheck.isAvailable, "needs chromium and poppler-utils"))
struct SheetPrintTests {
    @Test func theHTMLSheetPrintsOnA4WithoutCutText() throws {
        let folder = TemporaryDirectory()
        PlanFixture.write(to: folder)
        // A question with a very long word and a long prompt, the usual culprits of cut text.
        folder.write("QuestionBanks/alpha.yaml", PlanFixture.bank("alpha").replacingOccurrences(
            of: "Alpha question number 1: which options are right?",
            with: "Alpha question number 1: a customer pastes the API secret " + String(repeating: "Zq8", count: 60) + "END and asks why GA4 shows no calls; which options are right?"))
        let trainer = TrainerProcess(content: folder.url.path, database: folder.path("t.sqlite"), now: "2026-11-18T17:00:00Z")
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--start", "2026-11-16", "--as", "lena"], env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
        try trainer.run(["quiz", "alpha", "--as", "tom"], stdin: String(repeating: "b\n", count: 10) + "submit\n", env: ["TRAINER_PASSPHRASE": "tom-passphrase"])
        let written = try trainer.run(["sheet", "tom", "--format", "html", "--out", folder.path("sheet.html"), "--as", "lena"], env: lena)
        #expect(written.status == 0, "\(written.stderr)")

        try PrintCheck.printToPDF(html: folder.path("sheet.html"), pdf: folder.path("sheet.pdf"))
        let info = try PrintCheck.run("/usr/bin/pdfinfo", [folder.path("sheet.pdf")])
        #expect(info.contains("(A4)"), "\(info)")
        let text = try PrintCheck.run("/usr/bin/pdftotext", ["-layout", folder.path("sheet.pdf"), "-"])
        let html = try String(contentsOfFile: folder.path("sheet.html"), encoding: .utf8)
        let questions = html.components(separatedBy: "question number ").dropFirst().compactMap { $0.split(separator: ":").first }
        #expect(questions.count >= 8)
        for number in questions { #expect(text.contains("question number \(number):"), "question \(number) is on a page") }
        #expect(text.contains("Key:"))
        #expect(text.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "").contains("Zq8Zq8END"))

        let pages = TemporaryDirectory()
        let edges = try PrintCheck.edgeDarkness(pdf: folder.path("sheet.pdf"), folder: pages.url.path)
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { $0 > 200 }, "nothing printed in the page margins: \(edges)")
    }
}
