/// Options that apply to the whole program and may stand anywhere on the command line
/// (`trainer quiz triage --as tom`); everything else is a command for the table.
struct GlobalOptions: Equatable {
    var database: String?
    var content: String?
    var user: String?
    var demo = false
    var version = false

    /// The line `--help` adds under every command list.
    static let summary = """
        Global options (anywhere on the line): --as NAME, --db PATH, --content DIR, --demo, --version.
        Reports also take --json.
        """

    /// Takes the global options out of `arguments`, leaving the command words in order.
    static func extract(from arguments: [String]) -> Result<(GlobalOptions, [String]), CommandFailure> {
        var options = GlobalOptions()
        var rest: [String] = []
        var index = 0
        let valued: [String: WritableKeyPath<GlobalOptions, String?>] = ["--db": \.database, "--content": \.content, "--as": \.user]
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" {
                rest += arguments[index...]
                break
            }
            let (name, inlineValue) = nameAndValue(word)
            if let path = valued[name] {
                if let inlineValue {
                    guard !inlineValue.isEmpty else { return .failure(CommandFailure("\(name) needs a value: \(name) VALUE")) }
                    options[keyPath: path] = inlineValue
                } else if index + 1 < arguments.count, !arguments[index + 1].isEmpty {
                    options[keyPath: path] = arguments[index + 1]
                    index += 1
                } else {
                    return .failure(CommandFailure("\(name) needs a value: \(name) VALUE"))
                }
            } else if word == "--demo" {
                options.demo = true
            } else if word == "--version" {
                options.version = true
            } else {
                rest.append(word)
            }
            index += 1
        }
        return .success((options, rest))
    }

    /// `--db=x` is `--db` with `x`; any other word (empty, `=`, `a=b`) is a name with no value.
    private static func nameAndValue(_ word: String) -> (name: String, value: String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }
}
