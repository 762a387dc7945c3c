import Testing
import TrainerCore

/// The sandbox's clocks, grading and KPIs on small hand-made tickets.
@Suite struct SandboxTests {
    static let monday9 = 9 * 60
    static let day = 24 * 60

    static func template(_ id: String, priority: Priority = .p2, channel: TicketTemplate.Channel = .email,
                         plan: TicketTemplate.CustomerPlan = .growth, escalate: TicketTemplate.Team? = nil,
                         silent: Bool = false, needs: [String] = ["account"]) -> TicketTemplate {
        TicketTemplate(
            id: id, title: id, channel: channel,
            customer: .init(name: "Ada", company: "Engines", tier: .paid, mood: .calm, plan: plan),
            variants: [.init(subject: "Subject \(id)", body: "Body \(id)")],
            truth: .init(segment: .bug, priority: priority, why: "why", needs: needs, escalateTo: escalate,
                         replies: [], solution: "Fixed it."),
            facts: [.init(key: "account", text: "Account 1")], known: [],
            script: .init(answersAfter: 10, onAsk: "Account 1.", silent: silent, whenIgnored: "Hello??", onFix: "Thanks!", rating: 5))
    }

    static func shift(_ templates: [TicketTemplate], start: Int = monday9) -> Shift {
        let arrivals = templates.enumerated().map { ShiftPlan.Arrival(number: $0.offset + 1, template: $0.element.id, variant: 0, minute: start) }
        let plan = ShiftPlan(seed: 1, minutes: 60, start: start, arrivals: arrivals)
        return Shift.start(plan, templates: Dictionary(uniqueKeysWithValues: templates.map { ($0.id, $0) }), policy: .standard, agent: "Tom")
    }

    static let good = ShiftAction.Message(kind: .reply, text: "Thanks for writing. I will fix it within 4 hours. Anything else?",
                                          intents: ["thanks", "time_frame", "closing_question"])
    static let asking = ShiftAction.Message(kind: .ask, text: "Thanks! Which account is it? I answer within the hour?",
                                            intents: ["thanks", "time_frame", "closing_question"])

    // MARK: - Calendar

    @Test func businessHoursSkipTheNightAndTheWeekend() {
        let calendar = BusinessCalendar(hours: .standard)
        let friday19 = 4 * Self.day + 19 * 60
        // One business hour from Friday 19:00 is Monday 08:00 + 0:00... 19:00-20:00 is the hour.
        #expect(calendar.adding(60, to: friday19) == 4 * Self.day + 20 * 60)
        #expect(calendar.adding(61, to: friday19) == 7 * Self.day + 8 * 60 + 1)
        let saturday = 5 * Self.day + 10 * 60
        #expect(calendar.adding(15, to: saturday) == 7 * Self.day + 8 * 60 + 15)
        #expect(calendar.businessMinutes(from: friday19, to: 7 * Self.day + 9 * 60) == 120)
        #expect(BusinessCalendar.label(7 * Self.day + 8 * 60 + 15) == "Mon 08:15")
        #expect(calendar.minutes(in: .days(1)) == 12 * 60)
    }

    @Test func longTargetsSkipWholeWeeksExactly() {
        let calendar = BusinessCalendar(hours: .standard)
        let monday10 = 10 * 60, friday19 = 4 * Self.day + 19 * 60
        #expect(calendar.adding(calendar.minutes(in: .days(5)), to: monday10) == 7 * Self.day + 10 * 60)
        #expect(calendar.adding(calendar.minutes(in: .days(5)), to: friday19) == 11 * Self.day + 19 * 60)
        #expect(calendar.adding(calendar.minutes(in: .days(11)), to: friday19) == 21 * Self.day + 19 * 60)
        #expect(calendar.businessMinutes(from: monday10, to: 7 * Self.day + 10 * 60) == 5 * 12 * 60)
    }

    @Test func afterHoursStartTheClockAtOpening() {
        let calendar = BusinessCalendar(hours: .standard)
        let tuesday22 = Self.day + 22 * 60
        #expect(!calendar.isOpen(at: tuesday22))
        #expect(calendar.adding(0, to: tuesday22) == 2 * Self.day + 8 * 60)
    }

    @Test func businessP1RunsAroundTheClockAndOthersDoNot() {
        let saturday = 5 * Self.day + 3 * 60
        var shift = Self.shift([Self.template("p1", priority: .p1, plan: .business), Self.template("p1-start", priority: .p1, plan: .start)],
                               start: saturday)
        shift.advance(to: saturday + 20)
        let grades = ShiftKPIs(shift).grades
        #expect(grades[0].firstResponseMet == false)
        #expect(grades[0].misses.contains("no first response (target 15 min)"))
        #expect(grades[1].firstResponseMet == true)
        #expect(shift.ticket(1)?.conversation.last?.text == "Hello??")
    }

    @Test func pendingOnTheCustomerPausesTheResolutionClock() {
        var shift = Self.shift([Self.template("a", channel: .email)])
        _ = shift.apply(.send(ticket: 1, message: Self.asking))
        shift.advance(to: Self.monday9 + 2 + 5)
        #expect(shift.ticket(1)?.status == .pending)
        #expect(shift.ticket(1)?.resolutionUsed(at: shift.clock) == 0)
        shift.advance(to: Self.monday9 + 60)
        let ticket = shift.ticket(1)
        #expect(ticket?.status == .open)
        #expect(ticket?.known.contains("account") == true)
        // Pending from minute 0 to 10: 60 minutes passed, 50 counted.
        #expect(ticket?.resolutionUsed(at: shift.clock) == 50)
    }

    // MARK: - Grading

    @Test func aWellHandledTicketIsClean() {
        var shift = Self.shift([Self.template("a")])
        for action: ShiftAction in [.tag(ticket: 1, segment: .bug), .priority(ticket: 1, priority: .p2),
                                    .send(ticket: 1, message: Self.asking), .wait(minutes: 15),
                                    .send(ticket: 1, message: Self.good), .close(ticket: 1)] {
            #expect(shift.problem(with: action) == nil)
            _ = shift.apply(action)
        }
        let kpis = ShiftKPIs(shift)
        #expect(kpis.grades[0].misses == [])
        #expect(kpis.isClean)
        #expect(kpis.closed == 1)
        #expect(kpis.csat == 1)
        #expect(kpis.firstResponseMedian == 2)
    }

    @Test func anEscalationWithoutTheFactsIsBounced() {
        var shift = Self.shift([Self.template("a", escalate: .engineering)])
        let events = shift.apply(.escalate(ticket: 1, team: .engineering))
        #expect(events == [.bounced(ticket: 1, reason: "engineering needs account before they can start: ask the customer first")])
        #expect(shift.ticket(1)?.escalatedTo == nil)
        _ = shift.apply(.send(ticket: 1, message: Self.asking))
        _ = shift.apply(.wait(minutes: 10))
        #expect(shift.apply(.escalate(ticket: 1, team: .billing)).contains(.bounced(ticket: 1, reason: "billing says this is not theirs")))
        #expect(shift.apply(.escalate(ticket: 1, team: .engineering)) == [.escalated(ticket: 1, team: .engineering)])
        let grade = ShiftKPIs(shift).grades[0]
        #expect(grade.escalation == .right)
        #expect(grade.misses.contains("escalation bounced: engineering needs account before they can start: ask the customer first"))
    }

    @Test func aSilentCustomerIsFollowedUpAndClosedAfterFiveDays() {
        var shift = Self.shift([Self.template("a", silent: true)])
        _ = shift.apply(.send(ticket: 1, message: Self.asking))
        _ = shift.apply(.wait(minutes: Self.day))
        _ = shift.apply(.send(ticket: 1, message: .init(kind: .followUp, text: "Any news?", intents: [])))
        #expect(TicketGrading.closedCorrectly(shift.ticket(1)!, policy: .standard, at: shift.clock) == false)
        _ = shift.apply(.wait(minutes: 7 * Self.day))
        _ = shift.apply(.close(ticket: 1))
        let grade = ShiftKPIs(shift).grades[0]
        #expect(grade.closedCorrectly)
        #expect(grade.rating == nil)
    }

    @Test func closingTooEarlyIsAMissAndLowersTheRating() {
        var shift = Self.shift([Self.template("a")])
        _ = shift.apply(.send(ticket: 1, message: Self.good))
        _ = shift.apply(.close(ticket: 1))
        let grade = ShiftKPIs(shift).grades[0]
        #expect(grade.misses.contains("closed before account were known"))
        #expect(grade.rating == 3)
    }

    // MARK: - KPIs and the plan

    @Test func kpisAreMediansAndShares() {
        let kpis = ShiftKPIs(grades: [
            grade(1, firstResponse: 2, sla: true, triage: true, rating: 5, firstContact: true),
            grade(2, firstResponse: 10, sla: false, triage: false, rating: 2, firstContact: false),
            grade(3, firstResponse: nil, sla: false, triage: true, rating: nil, firstContact: false, closed: false),
        ])
        #expect(kpis.firstResponseMedian == 6)
        #expect(abs(kpis.slaMetShare - 1.0 / 3) < 0.001)
        #expect(abs(kpis.triageAccuracy - 2.0 / 3) < 0.001)
        #expect(kpis.closed == 2)
        #expect(kpis.fcrShare == 0.5)
        #expect(kpis.csat == 0.5)
    }

    @Test func theSameSeedGivesTheSameShift() {
        let templates = (1...9).map { Self.template("t\($0)") }
        let a = ShiftPlan.make(templates: templates, minutes: 60, seed: 42)
        #expect(a == ShiftPlan.make(templates: templates, minutes: 60, seed: 42))
        #expect(a != ShiftPlan.make(templates: templates, minutes: 60, seed: 43))
        #expect(a.arrivals.count == 6)
        #expect(a.arrivals.first?.minute == ShiftPlan.defaultStart)
    }

    @Test func theQueueIsOrderedByPriorityThenTimeToBreach() {
        var shift = Self.shift([Self.template("a"), Self.template("b", channel: .chat), Self.template("c")])
        _ = shift.apply(.priority(ticket: 3, priority: .p1))
        shift.advance(to: shift.clock)
        let rows = QueueOrder.rows(shift)
        #expect(rows.map(\.ticket) == [3, 2, 1])
        #expect(rows[1].dueIn == 1)
        #expect(QueueOrder.nextBreach(shift)?.ticket == 2)
    }

    private func grade(_ n: Int, firstResponse: Int?, sla: Bool, triage: Bool, rating: Int?, firstContact: Bool, closed: Bool = true) -> TicketGrade {
        TicketGrade(ticket: n, template: "t", title: "t", segmentRight: triage, priorityRight: triage, firstResponseMinutes: firstResponse,
                    firstResponseMet: sla, resolutionMet: true, escalation: .notNeeded, bounces: 0, checklist: nil, closed: closed,
                    closedCorrectly: closed, firstContact: firstContact, rating: rating, misses: [])
    }
}
