import Foundation
import Testing
import TrainerCore
@testable import TrainerStore

/// The cohort report's queue figures: every finished shift of the people the viewer may see,
/// taken together from what each shift stored when it ended.
@Suite struct QueueRecordStoreTests {
    let store: Store
    let lead, mark, tom, sue: Account

    init() throws {
        store = try Store()
        (lead, mark, tom, sue) = try StoreTests().cohort(in: store)
    }

    @Test func aPersonsFinishedShiftsAddUpByTicketAndOpenShiftsAreLeftOut() throws {
        // tom: 3 tickets (2 in SLA, 1 closed) and 1 ticket (in SLA, closed); one shift still running.
        try shift(for: tom, grades: [grade(1, sla: true, closed: true, firstResponse: 4), grade(2, sla: true), grade(3, sla: false)])
        try shift(for: tom, grades: [grade(1, sla: true, closed: true, firstResponse: 10)], returnsADraft: true)
        _ = try store.startShift(for: tom, plan: ShiftPlan(seed: 9, minutes: 30, start: 540, arrivals: []), templates: [],
                                 policy: .standard, supervised: false, at: now)
        let record = try #require(try store.queueRecords(visibleTo: lead)["tom"])
        #expect(record.shifts == 2)
        #expect(record.figures.tickets == 4)
        #expect(record.figures.slaMetShare == 0.75)
        #expect(record.resolutionMetShare == 0.75, "read from each ticket's stored grade")
        #expect(record.leftOpen == 2)
        #expect(record.figures.firstResponseMedian == 7, "the middle of the shifts' medians 4 and 10")
        #expect(record.drafts == 1 && record.draftsReturned == 1)
    }

    @Test func aMentorSeesOnlyTheirTraineesShifts() throws {
        try shift(for: tom, grades: [grade(1, sla: true)])
        try shift(for: sue, grades: [grade(1, sla: false)])
        #expect(Set(try store.queueRecords(visibleTo: mark).keys) == ["tom"])
        #expect(Set(try store.queueRecords(visibleTo: lead).keys) == ["tom", "sue"])
        #expect(try store.queueRecords(visibleTo: tom).keys.sorted() == ["tom"])
    }

    private func shift(for trainee: Account, grades: [TicketGrade], returnsADraft: Bool = false) throws {
        let id = try store.startShift(for: trainee, plan: ShiftPlan(seed: 1, minutes: 30, start: 540, arrivals: []), templates: [],
                                      policy: .standard, supervised: returnsADraft, at: now)
        if returnsADraft {
            let draft = try store.recordDraft(id, ticket: 1, message: .init(kind: .reply, text: "Hello"), by: trainee, at: now)
            try store.decideDraft(draft, approve: false, comment: "Say when.", by: mark, at: now)
        }
        try store.finishShift(id, report: ShiftKPIs(grades: grades), milestone: nil, at: now)
    }

    private func grade(_ ticket: Int, sla: Bool, closed: Bool = false, firstResponse: Int? = nil) -> TicketGrade {
        TicketGrade(ticket: ticket, template: "t\(ticket)", title: "Ticket \(ticket)", segmentRight: true, priorityRight: true,
                    firstResponseMinutes: firstResponse, firstResponseMet: true, resolutionMet: sla, escalation: .notNeeded, bounces: 0,
                    checklist: nil, closed: closed, closedCorrectly: closed, firstContact: closed, rating: nil, misses: [])
    }
}
