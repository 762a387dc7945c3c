import Foundation
import TrainerCore

/// The curriculum entry's sections that every view of a trainee reads, in `CompactBytes` form:
/// their plan, the titles it names, and which bank holds each question (the sheet looks up the
/// review queue).
/// `JSONDecoder` spent most of their time making its generic machinery ready for each type on
/// first use. Every stored field is written; `SectionCodingTests` fails when a type gains a field
/// this file does not write yet.
enum SectionCoding {
    static func encode(_ plan: Plan) -> Data {
        var out = CompactWriter()
        out.write(plan.track)
        out.write(plan.title)
        out.write(Weekday.allCases.filter(plan.workingDays.contains)) { $0.write($1.rawValue) }
        out.write(plan.days) { out, day in
            out.write(day.day)
            out.write(day.title)
            out.write(day.items) { out, item in
                out.write(item.kind.rawValue)
                out.write(item.ref)
                out.write(item.at) { $0.write($1) }
                out.write(item.minutes) { $0.write($1) }
                out.write(item.pass) { $0.write($1) }
                out.write(item.id) { $0.write($1) }
                out.write(item.tickedBy) { $0.write($1.rawValue) }
                out.write(item.supervised) { $0.write($1) }
            }
        }
        return out.data
    }

    static func plan(from data: Data) -> Plan? {
        var input = CompactReader(data)
        guard let track = input.readString(), let title = input.readString(),
              let workingDays = input.readArray({ $0.readString().flatMap(Weekday.init(rawValue:)) }),
              let days = input.readArray(day), input.isAtEnd else { return nil }
        return Plan(track: track, title: title, workingDays: Set(workingDays), days: days)
    }

    private static func day(_ input: inout CompactReader) -> PlanDay? {
        guard let number = input.readInt(), let title = input.readString(), let items = input.readArray(item) else { return nil }
        return PlanDay(day: number, title: title, items: items)
    }

    private static func item(_ input: inout CompactReader) -> PlanItem? {
        guard let kind = input.readString().flatMap(PlanItem.Kind.init(rawValue:)), let ref = input.readString(),
              let at = input.readOptional({ $0.readString() }), let minutes = input.readOptional({ $0.readInt() }),
              let pass = input.readOptional({ $0.readDouble() }), let id = input.readOptional({ $0.readString() }),
              let tickedBy = input.readOptional({ $0.readString().flatMap(PlanItem.Ticker.init(rawValue:)) }),
              let supervised = input.readOptional({ $0.readBool() }) else { return nil }
        return PlanItem(kind: kind, ref: ref, at: at, minutes: minutes, pass: pass, id: id, tickedBy: tickedBy, supervised: supervised)
    }

    static func encode(_ titles: ContentTitles) -> Data {
        var out = CompactWriter()
        for titles in [titles.banks, titles.lessons, titles.exams] { write(titles, to: &out) { $0.write($1) } }
        write(titles.scenarios, to: &out) { out, heading in
            out.write(heading.title)
            out.write(heading.passMark)
        }
        return out.data
    }

    static func titles(from data: Data) -> ContentTitles? {
        var input = CompactReader(data)
        guard let banks = read(&input, { $0.readString() }), let lessons = read(&input, { $0.readString() }),
              let exams = read(&input, { $0.readString() }),
              let scenarios = read(&input, { input -> ContentTitles.ScenarioHeading? in
                  guard let title = input.readString(), let passMark = input.readInt() else { return nil }
                  return ContentTitles.ScenarioHeading(title: title, passMark: passMark)
              }), input.isAtEnd else { return nil }
        return ContentTitles(banks: banks, lessons: lessons, scenarios: scenarios, exams: exams)
    }

    /// A dictionary as its pairs, by key (the same bytes for the same titles).
    private static func write<Value>(_ values: [String: Value], to out: inout CompactWriter, _ writeValue: (inout CompactWriter, Value) -> Void) {
        out.write(values.keys.sorted()) { out, key in
            out.write(key)
            if let value = values[key] { writeValue(&out, value) }
        }
    }

    private static func read<Value>(_ input: inout CompactReader, _ readValue: (inout CompactReader) -> Value?) -> [String: Value]? {
        guard let pairs = input.readArray({ input -> (String, Value)? in
            guard let key = input.readString(), let value = readValue(&input) else { return nil }
            return (key, value)
        }) else { return nil }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    static func encode(_ topics: QuestionTopics) -> Data {
        var out = CompactWriter()
        out.write(topics.banks) { out, bank in
            out.write(bank.topic)
            out.write(bank.ids) { $0.write($1) }
        }
        return out.data
    }

    static func questionTopics(from data: Data) -> QuestionTopics? {
        var input = CompactReader(data)
        guard let banks = input.readArray({ input -> (topic: String, ids: [String])? in
            guard let topic = input.readString(), let ids = input.readArray({ $0.readString() }) else { return nil }
            return (topic, ids)
        }), input.isAtEnd else { return nil }
        return QuestionTopics(idsByTopic: banks)
    }
}
