import Foundation
import Testing
import TrainerTestSupport

/// Issue 9, points 5 and 6: paths typed at the prompt, and the meeting sheet's files.
@Suite struct FilesEndToEndTests {
    let home = TemporaryDirectory()
    var trainer: TrainerProcess { DemoCohort.process(home: home) }

    @Test func aTildeMeansHomeAndAMissingFolderIsNamedNotCreated() throws {
        let result = try trainer.demo([], stdin: "db backup ~/copy.sqlite\ndb backup ~/missing/copy.sqlite\n")
        #expect(result.stdout == "Backed up to \(home.path("copy.sqlite")).\n")
        #expect(result.stderr == "error: the folder \(home.path("missing")) does not exist: create it first, or choose another path\n")
        #expect(FileManager.default.fileExists(atPath: home.path("copy.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: home.path("missing")))
        #expect(!FileManager.default.fileExists(atPath: home.path("~")))
    }

    @Test func theExtensionChoosesTheFormatAndAnExistingFileNeedsForce() throws {
        let result = try trainer.demo([], stdin: """
            sheet tom --out ~/meeting.html
            sheet tom --out ~/meeting.md
            sheet tom --out ~/meeting.md
            sheet tom --out ~/meeting.md --force --format html
            sheet tom --out ~/meeting.txt
            sheet tom --meeting 99

            """)
        #expect(result.status == 1)
        #expect(result.stdout == """
            Wrote the sheet for meeting 2 with tom to \(home.path("meeting.html")) (html).
            Wrote the sheet for meeting 2 with tom to \(home.path("meeting.md")) (md).
            Wrote the sheet for meeting 2 with tom to \(home.path("meeting.md")) (html).

            """)
        #expect(result.stderr == """
            error: \(home.path("meeting.md")) already exists: add --force to replace it, or choose a new file name
            error: cannot tell the format of ~/meeting.txt from its extension: name it .md or .html, or add --format md|html
            error: tom's plan has 7 meetings and 1 logged: --meeting 99 is beyond it

            """)
        let html = try String(contentsOfFile: home.path("meeting.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let replaced = try String(contentsOfFile: home.path("meeting.md"), encoding: .utf8)
        #expect(replaced.hasPrefix("<!DOCTYPE html>"), "--force replaced it, in the format asked for")
    }

    @Test func theTraineeCopyCarriesNoMentorOnlyText() throws {
        let copy = try trainer.demo(["sheet", "--as", "tom"], env: ["TRAINER_PASSPHRASE": "demo-passphrase"])
        #expect(copy.status == 0, "\(copy.stderr)")
        for mentorOnly in ["Play this customer", "Log it afterwards", "Listen for", "**Key:**"] {
            #expect(!copy.stdout.contains(mentorOnly), "\(mentorOnly)")
        }
        #expect(copy.stdout.contains("Your mentor plays a customer"))
        let mentors = try trainer.demo(["sheet", "tom"])
        #expect(mentors.stdout.contains("Play this customer"))
        #expect(mentors.stdout.contains("Log it afterwards"))
    }
}
