#if canImport(Glibc)
import Glibc
#endif
import TrainerCLI

/// The environment, read from `environ` as C strings: Foundation's `ProcessInfo` does the same
/// with more type look-ups, a measurable part of a start.
func environmentVariables() -> [String: String] {
    var variables: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
            let name = String(text[..<equals])
            // The first definition wins, as getenv(3) finds it.
            if variables[name] == nil { variables[name] = String(text[text.utf8.index(after: equals)...]) }
        }
        entry += 1
    }
    return variables
}

exit(TrainerApp.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: environmentVariables()))
