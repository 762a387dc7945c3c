import Foundation
import Testing
import TrainerTestSupport

/// `import` and `export bank` through the built binary, as a lead would run them.
@Suite struct InteropEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let lead = ["--as", "lena"]

    init() throws {
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("db/trainer.sqlite"),
                                 extra: ["XDG_CACHE_HOME": folder.path("cache"), "TRAINER_PASSPHRASE": "lena-passphrase"])
        folder.write("QuestionBanks/kpis.yaml", """
            topic: kpis
            title: KPIs
            questions:
              - id: kpis-001
                prompt: Which number shows the share of tickets solved on first contact?
                options:
                  - text: First contact resolution
                    correct: true
                  - text: Average handling time
            """)
        let setup = try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try #require(setup.status == 0, "\(setup.stderr)")
    }

    func write(_ name: String, _ text: String) -> String {
        folder.write(name, text)
        return folder.path(name)
    }

    @Test func importWritesABankThatChecksAndRefusesToOverwrite() throws {
        let gift = write("in/channels.gift", """
            $CATEGORY: $course$/top/Channels and hours

            // [tag:trainer-situational]
            ::late::A customer calls at 19\\:05. What do you do?{
              =Take the call and log it #Calls are answered until 20\\:00.
              ~Let it ring #A missed call is a lost lead.
              ####Phone hours run to 20\\:00.
            }

            Which channels count towards the SLA?{
              ~%50%Phone
              ~%50%Chat
              ~%-50%Post
            }

            How many minutes is the chat SLA?{#5}
            """)
        let imported = try trainer.run(lead + ["import", gift, "--format", "gift", "--topic", "channels"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasSuffix("Wrote QuestionBanks/channels.yaml (2 questions).\nimported 2, skipped 1\n"))
        #expect(imported.stdout.contains("\(gift):16: skipped a numerical question: trainer asks only multiple-choice and true/false questions"))
        let yaml = try String(contentsOfFile: folder.path("QuestionBanks/channels.yaml"), encoding: .utf8)
        #expect(yaml.hasPrefix("topic: channels\ntitle: Channels and hours\n"))
        #expect(yaml.contains("kind: situational"))
        #expect(yaml.contains("\n      - text: Post\n        weight: -0.5\n"))
        let check = try trainer.run(["check", "--fresh"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasPrefix("Content OK: 0 plans, 0 lessons, 2 banks with 3 questions"))

        // A second import without --merge or --replace changes nothing.
        let again = try trainer.run(lead + ["import", gift, "--format", "gift", "--topic", "channels"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("QuestionBanks/channels.yaml exists: add --merge to add these questions to it, or --replace to overwrite it; nothing was written"))
        #expect(try String(contentsOfFile: folder.path("QuestionBanks/channels.yaml"), encoding: .utf8) == yaml)
        let merged = try trainer.run(lead + ["import", gift, "--format", "gift", "--topic", "channels", "--merge"])
        #expect(merged.status == 0, "\(merged.stderr)")
        // Same input, same ids: a merge replaces the questions in place instead of doubling them.
        #expect(try String(contentsOfFile: folder.path("QuestionBanks/channels.yaml"), encoding: .utf8) == yaml)
    }

    @Test func malformedInputWritesNothing() throws {
        let broken = write("in/broken.gift", "Fine?{=a ~b}\n\nBroken?{=a\n~%abc%b}\n")
        let gift = try trainer.run(lead + ["import", broken, "--format", "gift", "--topic", "broken"])
        #expect(gift.status == 1)
        #expect(gift.stdout == "\(broken):4:1: bad weight `%abc%` on line 4: expected a percentage from -100 to 100, such as %50% or %-33.33333%\n")
        #expect(gift.stderr.hasSuffix("has 1 problem (listed above); nothing was written\n"))
        let xml = write("in/broken.xml", "<quiz>\n<question type=\"multichoice\">\n<name><text>&nbsp;</text></name>\n</question>\n</quiz>\n")
        let moodle = try trainer.run(lead + ["import", xml, "--format", "moodle-xml", "--topic", "broken"])
        #expect(moodle.status == 1)
        #expect(moodle.stdout.hasPrefix("\(xml):3:"))
        #expect(moodle.stdout.contains("broken XML at line 3"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("QuestionBanks/broken.yaml")))
        // Not even --replace lets a broken file touch an existing bank.
        let kpis = try String(contentsOfFile: folder.path("QuestionBanks/kpis.yaml"), encoding: .utf8)
        let replace = try trainer.run(lead + ["import", broken, "--format", "gift", "--topic", "kpis", "--replace"])
        #expect(replace.status == 1)
        #expect(try String(contentsOfFile: folder.path("QuestionBanks/kpis.yaml"), encoding: .utf8) == kpis)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("QuestionBanks"))
        #expect(files == ["kpis.yaml"])
    }

    @Test func exportThenImportGivesTheSameBankBack() throws {
        for (format, copy) in [("gift", "kpis-001-2"), ("moodle-xml", "kpis-001-3")] {
            let out = folder.path("out/kpis.\(format)")
            try FileManager.default.createDirectory(atPath: folder.path("out"), withIntermediateDirectories: true)
            let export = try trainer.run(lead + ["export", "bank", "kpis", "--format", format, "--out", out])
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.stdout == "Wrote 1 question of `kpis` to \(out) (\(format)).\n")
            let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let back = try trainer.run(lead + ["import", out, "--format", format, "--topic", "kpis-\(format)"])
            #expect(back.status == 0, "\(back.stderr)")
            // The id is taken by the kpis bank (and then by the first copy), so each copy gets a free one.
            let yaml = try String(contentsOfFile: folder.path("QuestionBanks/kpis-\(format).yaml"), encoding: .utf8)
            #expect(yaml.contains("- id: \(copy)\n"))
            #expect(yaml.contains("prompt: Which number shows the share of tickets solved on first contact?\n"))
        }
        let printed = try trainer.run(lead + ["export", "bank", "kpis", "--format", "gift"])
        #expect(printed.stdout.contains("::kpis-001::[markdown]Which number shows the share of tickets solved on first contact? {\n\t=First contact resolution\n\t~Average handling time\n}\n"))
        let trainee = try trainer.run(["export", "bank", "kpis", "--format", "gift"])
        #expect(trainee.status != 0)
    }
}
