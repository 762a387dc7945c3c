/// Options that apply to the whole program and may stand anywhere on the command line
/// (`trainer quiz triage --as tom`); everything else is a command for the table.
struct GlobalOptions: Equatable {
    var database: String?
    var content: String?
    var user: String?
    var demo = false

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
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            if let path = valued[parts[0]] {
                if parts.count == 2 {
                    options[keyPath: path] = parts[1]
                } else if index + 1 < arguments.count {
                    options[keyPath: path] = arguments[index + 1]
                    index += 1
                } else {
                    return .failure(CommandFailure("\(word) needs a value"))
                }
            } else if word == "--demo" {
                options.demo = true
            } else {
                rest.append(word)
            }
            index += 1
        }
        return .success((options, rest))
    }
}
