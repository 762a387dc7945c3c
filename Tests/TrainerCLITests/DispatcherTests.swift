import Foundation
import Testing
@testable import TrainerCLI
import TrainerCore
import TrainerStore

@Suite struct DispatcherTests {
    @Test func helpListsOnlyWhatTheRoleMayUse() throws {
        let trainee = try Harness()
        try trainee.script(["help"], as: "tom")
        #expect(trainee.out.text.contains("Commands for a trainee"))
        #expect(trainee.out.text.contains("Quizzes\n  quiz "))
        #expect(!trainee.out.text.contains("Other"), "every command belongs to a section")
        #expect(!trainee.out.text.contains("init"))
        #expect(trainee.out.text.contains("user passwd"))
        #expect(!trainee.out.text.contains("user add"))

        let lead = try Harness()
        try lead.script(["help"], as: "lena")
        #expect(lead.out.text.contains("user add"))
        #expect(lead.out.text.contains("db backup"))
    }

    @Test func helpExplainsOneCommand() throws {
        let h = try Harness()
        try h.script(["help user add"], as: "lena")
        #expect(h.out.text.contains("USAGE: trainer user add <name> --role <role>"))
    }

    @Test func anUnknownCommandGetsADidYouMean() throws {
        let h = try Harness()
        #expect(try h.script(["whaomi", "user lst", "frobnicate"], as: "lena") == 1)
        #expect(h.err.text == """
            error: unknown command `whaomi`. Did you mean `whoami`?
            error: unknown command `user lst`. Did you mean `user list`?
            error: unknown command `frobnicate`. Type `help` for the list.

            """)
    }

    @Test func aTraineeIsRefusedLeadCommandsAndNothingChanges() throws {
        let h = try Harness()
        #expect(try h.script(["user add eve --role lead"], as: "tom") == 1)
        #expect(h.err.text == "error: `user add` is for leads; you are tom (trainee)\n")
        #expect(try h.store.account(named: "eve") == nil)
    }

    @Test func aScriptKeepsGoingAfterAFailureAndExitsNonZero() throws {
        let h = try Harness()
        #expect(try h.script(["user add tom --role trainee", "whoami"], as: "lena") == 1)
        #expect(h.err.text == "error: an account named `tom` already exists\n")
        #expect(h.out.text == "lena (lead)\n")
        #expect(try h.script(["whoami"], as: "lena") == 0)
    }

    @Test func garbageAndBadQuotingAreExplained() throws {
        let h = try Harness()
        #expect(try h.script(["user add \"unclosed --role trainee", "user add bob --role boss"], as: "lena") == 1)
        #expect(h.err.text.contains("error: unclosed \" quote in: user add \"unclosed --role trainee"))
        #expect(h.err.text.contains("The value 'boss' is invalid for '--role <role>'"))
    }

    @Test func aLeadAddsATraineeWithTrackAndMentor() throws {
        let h = try Harness()
        #expect(try h.script(["user add sue --role trainee --mentor mark --start 2026-11-30", "user list --json"], as: "lena") == 0)
        #expect(h.out.text.contains("Added sue (trainee, track basic, mentor mark, starts 2026-11-30)."))
        #expect(h.out.text.contains("""
              {
                "mentor" : "mark",
                "name" : "sue",
                "removed" : false,
                "role" : "trainee",
                "start" : "2026-11-30",
                "track" : "basic"
              }
            """))
    }

    @Test func aMentorListsOnlyTheirTrainees() throws {
        let h = try Harness()
        try h.script(["user list"], as: "mark")
        #expect(h.out.text.contains("tom"))
        #expect(!h.out.text.contains("lena"))
    }

    @Test func loginAndLogoutChangeThePrompt() throws {
        let h = try Harness()
        #expect(try h.script(["login tom", "whoami", "logout", "whoami"], environment: ["TRAINER_PASSPHRASE": "x"]) == 0)
        #expect(h.out.text == "Logged in as tom (trainee).\ntom (trainee, track basic, mentor mark)\nLogged out tom.\nNot logged in.\n")
    }

    @Test func aWrongPassphraseIsRefused() throws {
        let h = try Harness()
        #expect(try h.script(["login tom"], environment: ["TRAINER_PASSPHRASE": "nope"]) == 1)
        #expect(h.err.text == "error: wrong passphrase for `tom`\n")
    }

    @Test func changingYourOwnPassphraseNeedsTheCurrentOne() throws {
        let h = try Harness()
        #expect(try h.script(["user passwd"], as: "tom", environment: ["TRAINER_PASSPHRASE": "wrong", "TRAINER_NEW_PASSPHRASE": "new-passphrase"]) == 1)
        #expect(h.err.text == "error: wrong passphrase for `tom`\n")
        #expect(try h.script(["user passwd"], as: "tom", environment: ["TRAINER_PASSPHRASE": "x", "TRAINER_NEW_PASSPHRASE": "new-passphrase"]) == 0)
        #expect(try h.store.authenticate(name: "tom", passphrase: "new-passphrase", at: Date()).name == "tom")
        // A lead resets someone else's without knowing it.
        #expect(try h.script(["user passwd tom"], as: "lena", environment: ["TRAINER_NEW_PASSPHRASE": "reset-passphrase"]) == 0)
        #expect(try h.store.authenticate(name: "tom", passphrase: "reset-passphrase", at: Date()).name == "tom")
    }

    @Test func aShortNewPassphraseIsRefused() throws {
        let h = try Harness()
        #expect(try h.script(["user add sue --role mentor"], as: "lena", environment: ["TRAINER_NEW_PASSPHRASE": "short"]) == 1)
        #expect(h.err.text == "error: a passphrase needs at least 8 characters; nothing was changed\n")
        #expect(try h.store.account(named: "sue") == nil)
    }
}

@Suite struct CompleterTests {
    let completer = Completer(catalog: CommandCatalog()) { kind in
        switch kind {
        case .user: ["lena", "mark", "tom"]
        case .topic: ["fruit", "triage"]
        default: []
        }
    }

    @Test func completesCommandNames() {
        #expect(completer.candidates(forLine: "wh") == ["whoami"])
        #expect(completer.candidates(forLine: "user ") == ["add", "edit", "list", "log", "passwd", "remove", "restore"])
        #expect(completer.candidates(forLine: "user rem") == ["remove"])
        #expect(completer.candidates(forLine: "help us") == ["user"])
    }

    @Test func completesArguments() {
        #expect(completer.candidates(forLine: "login t") == ["tom"])
        #expect(completer.candidates(forLine: "user remove ") == ["lena", "mark", "tom"])
        #expect(completer.candidates(forLine: "whoami ") == [])
    }
}

@Suite struct TicketCompletionTests {
    @Test func tabOffersTheOpenTicketsOfTheRunningShift() throws {
        let h = try Harness(withSandbox: true)
        let idle = try h.session(as: "tom")
        #expect(CompletionValues.values(.ticket, session: idle) == [])  // no shift running
        #expect(try h.script(["queue start --seed 7", "queue wait 45"], as: "tom") == 0, "\(h.err.text)")
        let session = try h.session(as: "tom")
        let open = CompletionValues.values(.ticket, session: session)
        let first = try #require(open.first)
        #expect(open.allSatisfy { $0.hasPrefix("T") }, "\(open)")
        let completer = Completer(catalog: CommandCatalog()) { CompletionValues.values($0, session: session) }
        #expect(completer.candidates(forLine: "queue open ") == open.sorted())
        #expect(completer.candidates(forLine: "queue reply \(first)") == open.filter { $0.hasPrefix(first) }.sorted())
    }
}

@Suite struct GlobalOptionsTests {
    @Test func globalOptionsMayStandAnywhere() throws {
        let (options, rest) = try GlobalOptions.extract(from: ["user", "list", "--as", "lena", "--db=/tmp/x.sqlite", "--json"]).get()
        #expect(options == GlobalOptions(database: "/tmp/x.sqlite", content: nil, user: "lena", demo: false))
        #expect(rest == ["user", "list", "--json"])
    }

    @Test func aMissingValueIsAnError() {
        #expect(throws: CommandFailure("--as needs a value: --as VALUE")) { try GlobalOptions.extract(from: ["whoami", "--as"]).get() }
        #expect(throws: CommandFailure("--db needs a value: --db VALUE")) { try GlobalOptions.extract(from: ["--db="]).get() }
    }

    @Test func emptyWordsAndEqualSignsAreCommandWords() throws {
        let (_, rest) = try GlobalOptions.extract(from: ["", "=", "a=b", "--x=y"]).get()
        #expect(rest == ["", "=", "a=b", "--x=y"])
    }

    @Test func negativeNumbersBecomeOptionValues() {
        #expect(NegativeNumbers.protect(["plan", "shift", "tom", "--days", "-3", "--why", "x"]) == ["plan", "shift", "tom", "--days=-3", "--why", "x"])
        #expect(NegativeNumbers.protect(["x", "--json", "-h"]) == ["x", "--json", "-h"])
        #expect(NegativeNumbers.protect(["--", "--days", "-3"]) == ["--", "--days", "-3"])
    }
}

@Suite struct OptionCompletionTests {
    let completer = Completer(catalog: CommandCatalog()) { kind in kind == .user ? ["mark", "tom"] : kind == .track ? ["support"] : [] }

    @Test func completesOptionValues() {
        #expect(completer.candidates(forLine: "user add sue --role ") == ["lead", "mentor", "trainee"])
        #expect(completer.candidates(forLine: "user add sue --role trainee --mentor m") == ["mark"])
        #expect(completer.candidates(forLine: "user add sue --role trainee --track ") == ["support"])
        #expect(completer.candidates(forLine: "sheet tom --format h") == ["html"])
    }

    @Test func completesOptionNames() {
        #expect(completer.candidates(forLine: "quiz triage --c") == ["--count"])
        #expect(completer.candidates(forLine: "sheet tom --f") == ["--force", "--format"])
        #expect(completer.candidates(forLine: "plan shift tom --days 2 --w") == ["--why"])
        #expect(completer.candidates(forLine: "plan --j") == ["--json"])
    }
}
