import Foundation
import TrainerCore

/// A bank entry's bulky sections in `CompactBytes` form: the bank, the places of its questions
/// and their ids. Every stored field is written; `BankCodingTests` fails when a type gains a
/// field this file does not write yet.
enum BankCoding {
    static func encode(_ bank: QuestionBank) -> Data {
        var out = CompactWriter()
        out.write(bank.topic)
        out.write(bank.title)
        out.write(bank.shuffle)
        out.write(bank.questions) { out, question in
            out.write(question.id)
            out.write(question.topic)
            out.write(question.prompt)
            out.write(question.kind.rawValue)
            out.write(question.difficulty)
            out.write(question.pool.rawValue)
            out.write(question.scoring.rawValue)
            out.write(question.options) { out, option in
                out.write(option.id)
                out.write(option.text)
                out.write(option.isCorrect)
                out.write(option.feedback) { $0.write($1) }
                out.write(option.weight) { $0.write($1) }
            }
            out.write(question.explanation) { $0.write($1) }
            out.write(question.shuffle) { $0.write($1) }
        }
        return out.data
    }

    static func bank(from data: Data) -> QuestionBank? {
        var input = CompactReader(data)
        guard let topic = input.readString(), let title = input.readString(), let shuffle = input.readBool(),
              let questions = input.readArray(question), input.isAtEnd else { return nil }
        return QuestionBank(topic: topic, title: title, shuffle: shuffle, questions: questions)
    }

    private static func question(_ input: inout CompactReader) -> Question? {
        guard let id = input.readString(), let topic = input.readString(), let prompt = input.readString(),
              let kind = input.readString().flatMap(Question.Kind.init(rawValue:)), let difficulty = input.readInt(),
              let pool = input.readString().flatMap(Question.Pool.init(rawValue:)),
              let scoring = input.readString().flatMap(Question.Scoring.init(rawValue:)),
              let options = input.readArray(option),
              let explanation = input.readOptional({ $0.readString() }), let shuffle = input.readOptional({ $0.readBool() }) else { return nil }
        return Question(id: id, topic: topic, prompt: prompt, kind: kind, difficulty: difficulty, pool: pool, scoring: scoring,
                        options: options, explanation: explanation, shuffle: shuffle)
    }

    private static func option(_ input: inout CompactReader) -> AnswerOption? {
        guard let id = input.readString(), let text = input.readString(), let isCorrect = input.readBool(),
              let feedback = input.readOptional({ $0.readString() }), let weight = input.readOptional({ $0.readDouble() }) else { return nil }
        return AnswerOption(id: id, text: text, isCorrect: isCorrect, feedback: feedback, weight: weight)
    }

    static func encode(_ places: [QuestionPlaces]) -> Data {
        var out = CompactWriter()
        out.write(places) { out, place in
            out.write(place.path)
            for position in [place.question, place.prompt] { write(position, to: &out) }
            out.write(place.options) { write($1, to: &$0) }
        }
        return out.data
    }

    static func places(from data: Data) -> [QuestionPlaces]? {
        var input = CompactReader(data)
        let places = input.readArray { input -> QuestionPlaces? in
            guard let path = input.readString(), let question = position(&input), let prompt = position(&input),
                  let options = input.readArray(position) else { return nil }
            return QuestionPlaces(path: path, question: question, prompt: prompt, options: options)
        }
        return input.isAtEnd ? places : nil
    }

    static func encode(_ claims: [BankFileRead.Claim]) -> Data {
        var out = CompactWriter()
        out.write(claims) { out, claim in
            out.write(claim.id)
            out.write(claim.line)
            out.write(claim.column)
        }
        return out.data
    }

    static func claims(from data: Data) -> [BankFileRead.Claim]? {
        var input = CompactReader(data)
        let claims = input.readArray { input -> BankFileRead.Claim? in
            guard let id = input.readString(), let line = input.readInt(), let column = input.readInt() else { return nil }
            return BankFileRead.Claim(id: id, line: line, column: column)
        }
        return input.isAtEnd ? claims : nil
    }

    private static func write(_ position: QuestionPlaces.Position, to out: inout CompactWriter) {
        out.write(position.line)
        out.write(position.column)
    }

    private static func position(_ input: inout CompactReader) -> QuestionPlaces.Position? {
        guard let line = input.readInt(), let column = input.readInt() else { return nil }
        return QuestionPlaces.Position(line: line, column: column)
    }
}
