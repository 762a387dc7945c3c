import Foundation
import Testing
import TrainerTestSupport

/// The cohort report from the demo cohort, in a real browser: one A4 page with every trainee, both
/// charts and nothing cut at the edges; its Markdown copy carries the same figures.
@Suite(.enabled(if: PrintCheck.isAvailable, "needs chromium and poppler-utils"))
struct CohortReportPrintTests {
    @Test func theHTMLCohortReportPrintsOnOneA4PageWithItsCharts() throws {
        let home = TemporaryDirectory()
        let trainer = DemoCohort.process(home: home, extra: ["TRAINER_PASSPHRASE": "demo-passphrase"])
        let html = home.path("cohort.html")
        let written = try trainer.demo([], stdin: "login lena\nreport cohort --out \(html)\nreport cohort --format md\n")
        #expect(written.status == 0 && written.stderr.isEmpty, "\(written.stderr)")
        #expect(written.stdout.contains("Wrote the cohort report for 2 trainees to \(html) (html)."))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.components(separatedBy: "<svg").count == 4, "the trend line, the topic bars and SLA met per trainee")
        #expect(page.contains("url(#cross)"), "a weak topic is cross-hatched, not only coloured")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: html)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)

        let pdf = home.path("cohort.pdf")
        try PrintCheck.printToPDF(html: html, pdf: pdf)
        let info = try PrintCheck.run("/usr/bin/pdfinfo", [pdf])
        #expect(info.contains("(A4)"), "\(info)")
        #expect(info.range(of: #"Pages:\s+1\n"#, options: .regularExpression) != nil, "\(info)")
        let text = try PrintCheck.run("/usr/bin/pdftotext", ["-layout", pdf, "-"])
        for expected in ["Cohort report", "tom", "tara", "mark", "Quiz score trend", "call-tracking", "weak below 70%", "Role-plays",
                         "Sandbox queue", "1 finished shift by 1 trainee", "in SLA, 1 shift"] {
            #expect(text.contains(expected), "\(expected) is on the page")
        }
        let pages = TemporaryDirectory()
        #expect(try PrintCheck.edgeDarkness(pdf: pdf, folder: pages.url.path).allSatisfy { $0 > 200 }, "nothing printed in the margins")

        // The Markdown copy: the same trainees and figures, charts as text bars.
        let markdown = written.stdout
        #expect(markdown.contains("| tom | mark | 6 of 15 | behind | 23% | 73% | call-tracking |"))
        #expect(markdown.contains("- call-tracking: 50% mean mastery, weak for 1 of 1 `##########..........`"))
        #expect(markdown.contains("2 finished, 1 passed (50%)"))
        // tom's finished shift: three tickets answered in time, one left untriaged, none closed.
        #expect(markdown.contains("| tom | 1 | 3 | 100% | 2 min | 100% | 67% | – | 3 | – | – |"), "\(markdown)")
        #expect(markdown.contains("- tom: 100% of tickets within SLA `####################`"))
        #expect(!markdown.contains("| tara | 1 |"), "tara's shift is still running")
    }

    @Test func aMentorsReportHasOnlyTheirTraineesAndTraineesMayNotRunIt() throws {
        let home = TemporaryDirectory()
        let trainer = DemoCohort.process(home: home, extra: ["TRAINER_PASSPHRASE": "demo-passphrase", "TRAINER_NEW_PASSPHRASE": "new-passphrase"])
        let mentor = try trainer.demo([], stdin: "login lena\nuser add mia --role mentor\nuser add ann --role trainee --mentor mia --track support\nlogin mark\nreport cohort\n")
        #expect(mentor.stdout.contains("Cohort report: mark's trainees") && mentor.stdout.contains("| tom |") && !mentor.stdout.contains("| ann |"))
        let trainee = try trainer.demo(["report", "cohort", "--as", "tom"])
        #expect(trainee.status != 0)
    }
}
