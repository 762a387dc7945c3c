import Foundation
import Testing
import TrainerTestSupport

/// The HTML certificate in a real browser: one A4 page with the holder, the exam and the id.
@Suite(.enabled(if: PrintCheck.isAvailable, "needs chromium and poppler-utils"))
struct CertificatePrintTests {
    @Test func theHTMLCertificatePrintsOnOneA4Page() throws {
        let folder = TemporaryDirectory()
        ContentFixture.write(to: folder)
        folder.write("QuestionBanks/kitchen.yaml", ExamEndToEndTests.kitchenBank)
        folder.write("QuestionBanks/exams/kitchen-cert.yaml", ExamEndToEndTests.blueprint)
        let trainer = TrainerProcess(content: folder.url.path, database: folder.path("t.sqlite"))
        let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"], ana = ["TRAINER_PASSPHRASE": "ana-passphrase"]
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "anastasia.konstantinopolska", "--role", "trainee", "--track", "basic", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "ana-passphrase"]) { $1 })
        try trainer.run(["exam", "open", "kitchen-cert", "--candidates", "anastasia.konstantinopolska", "--as", "lena"], env: lena)
        try trainer.run(["exam", "take", "1", "--as", "anastasia.konstantinopolska"], stdin: "a\na\na\nsubmit\n", env: ana)
        try trainer.run(["exam", "close", "1", "--as", "lena"], env: lena)
        let written = try trainer.run(["exam", "certificate", "anastasia.konstantinopolska", "--format", "html",
                                       "--out", folder.path("cert.html"), "--as", "lena"], env: lena)
        #expect(written.status == 0, "\(written.stderr)")

        try PrintCheck.printToPDF(html: folder.path("cert.html"), pdf: folder.path("cert.pdf"))
        let info = try PrintCheck.run("/usr/bin/pdfinfo", [folder.path("cert.pdf")])
        #expect(info.contains("(A4)"), "\(info)")
        #expect(info.range(of: #"Pages:\s+1\n"#, options: .regularExpression) != nil, "\(info)")
        let text = try PrintCheck.run("/usr/bin/pdftotext", ["-layout", folder.path("cert.pdf"), "-"])
        #expect(text.contains("anastasia.konstantinopolska") && text.contains("KC-20261123-0001") && text.contains("Kitchen certification"))
        let pages = TemporaryDirectory()
        #expect(try PrintCheck.edgeDarkness(pdf: folder.path("cert.pdf"), folder: pages.url.path).allSatisfy { $0 > 200 })

        // The session's report as a document from the same template source: one A4 page here.
        let report = try trainer.run(["exam", "report", "1", "--out", folder.path("report.html"), "--as", "lena"], env: lena)
        #expect(report.stdout.contains("Wrote the report of session 1 to \(folder.path("report.html")) (html)."), "\(report.stderr)")
        try PrintCheck.printToPDF(html: folder.path("report.html"), pdf: folder.path("report.pdf"))
        let reportInfo = try PrintCheck.run("/usr/bin/pdfinfo", [folder.path("report.pdf")])
        #expect(reportInfo.contains("(A4)") && reportInfo.range(of: #"Pages:\s+1\n"#, options: .regularExpression) != nil, "\(reportInfo)")
        let reportText = try PrintCheck.run("/usr/bin/pdftotext", ["-layout", folder.path("report.pdf"), "-"])
        #expect(reportText.contains("Kitchen certification, session 1") && reportText.contains("anastasia.konstantinopolska: 100%, passed"))
        #expect(reportText.contains("kitchen") && reportText.contains("Pass mark 60%"))
        let markdown = try trainer.run(["exam", "report", "1", "--format", "md", "--as", "lena"], env: lena)
        #expect(markdown.stdout.contains("## anastasia.konstantinopolska: 100%, passed\n\n- kitchen: 100%"), "\(markdown.stdout)")
        let reportPages = TemporaryDirectory()
        #expect(try PrintCheck.edgeDarkness(pdf: folder.path("report.pdf"), folder: reportPages.url.path).allSatisfy { $0 > 200 })
    }
}
