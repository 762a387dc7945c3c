import Foundation
import Testing
import TrainerTestSupport

/// Issue 9, points 1-3: any command line gets an answer and a meaningful exit status (0 done,
/// 1 refused or failed, 2 usage error), help for one command, the version, negative numbers.
@Suite struct ArgumentsEndToEndTests {
    let home = TemporaryDirectory()
    var trainer: TrainerProcess { DemoCohort.process(home: home) }

    @Test(arguments: [[""], ["="], ["whoami", ""], ["user", "add", ""], ["--db="], ["--as"], ["-"], ["--", "x"], ["==", "="]])
    func oddWordsGetAUsageMessageAndStatusTwo(_ words: [String]) throws {
        let result = try trainer.demo(words)
        #expect(result.status == 2, "\(words): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: ") || result.stderr.hasPrefix("Error: "), "\(words): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func usageErrorsPointToHelpForThatCommand() throws {
        let extra = try trainer.demo(["whoami", "extra"])
        #expect(extra.status == 2)
        #expect(extra.stderr == "Error: Unexpected argument 'extra'\nUsage: trainer whoami\n  See `help whoami` for more information.\n")
        let unknown = try trainer.demo(["frobnicate"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: unknown command `frobnicate`. Type `help` for the list.\n")
        let refused = try trainer.demo(["user", "list", "--as", "tom"], env: ["TRAINER_PASSPHRASE": "demo-passphrase"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: `user list` is for mentors and leads; you are tom (trainee)\n")
    }

    @Test func everyWayOfAskingForOneCommandsHelpGivesThatHelp() throws {
        let expected = try trainer.demo(["help", "plan", "shift"])
        #expect(expected.status == 0)
        #expect(expected.stdout.contains("USAGE: trainer plan shift <name> --days <days> --why <why>"))
        for words in [["plan", "shift", "--help"], ["plan", "shift", "-h"], ["plan", "shift", "tom", "--help"]] {
            let result = try trainer.demo(words)
            #expect(result.status == 0)
            #expect(result.stdout == expected.stdout, "\(words)")
        }
        // At the prompt too.
        let typed = try trainer.demo([], stdin: "today --help\nhelp today\n")
        let halves = typed.stdout.components(separatedBy: "OVERVIEW: Today's plan")
        #expect(halves.count == 3 && halves[1] == halves[2], "\(typed.stdout)")

        let helpHelp = try trainer.demo(["help", "help"])
        #expect(helpHelp.status == 0)
        #expect(helpHelp.stdout.hasPrefix("help [CMD ...]: the commands your role may use"))
    }

    @Test func helpListsTheGlobalOptionsAndVersionNamesTheSchema() throws {
        let help = try trainer.demo(["--help"])
        #expect(help.status == 0)
        for option in ["--as NAME", "--db PATH", "--content DIR", "--demo", "--json"] { #expect(help.stdout.contains(option), "\(option)") }
        let version = try trainer.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^trainer \d+\.\d+\.\d+ \(database schema \d+, v\d+-[a-z-]+\)\n$"#, options: .regularExpression) != nil, "\(version.stdout)")
    }

    @Test func helpNeedsNoDatabaseAndShowsEveryCommandBeforeLogin() throws {
        let noDatabase = ["TRAINER_DB": "/dev/null/none"]
        for words in [["--help"], ["-h"], ["help", "today"], ["today", "--help"]] {
            let result = try trainer.run(words, env: noDatabase)
            #expect(result.status == 0, "\(words): \(result.stderr)")
        }
        let overview = try trainer.run(["--help"], env: noDatabase)
        #expect(overview.stdout.hasPrefix("Commands (most need you to log in: `login NAME`, or `--as NAME` on the command line)\n"))
        for command in ["today", "quiz", "trainees", "user add", "init"] { #expect(overview.stdout.contains("\n  \(command) "), "\(command)") }
        let other = try trainer.run(["whoami"], env: noDatabase)
        #expect(other.status == 1)
        #expect(other.stderr.hasPrefix("error: cannot create the database /dev/null/none"))
    }

    @Test func negativeNumbersAreValues() throws {
        let shifted = try trainer.demo([], stdin: "plan shift tom --days -3 --why \"Came back early\"\nplan tom\n")
        #expect(shifted.status == 0, "\(shifted.stderr)")
        #expect(shifted.stdout.contains("shifted by -3 working days — lena: Came back early"))
        let zero = try trainer.demo(["plan", "shift", "tom", "--days", "-0", "--why", "x"])
        #expect(zero.status == 1)
        #expect(zero.stderr == "error: --days 0 changes nothing\n")
    }
}
