import Yams

/// A YAML file parsed into nodes that keep their line and column.
struct YAMLFile {
    let path: String
    let root: Node

    /// Parses `text`; a syntax error becomes a diagnostic at the place libyaml reports.
    /// Scalars are left unresolved (`Resolver.basic`): PlainScalar.swift reads their values.
    static func parse(_ text: String, path: String, log: DiagnosticLog) -> YAMLFile? {
        do {
            guard let root = try Parser(yaml: text, resolver: .basic).singleRoot() else {
                log.add(path, nil, "the file is empty")
                return nil
            }
            return YAMLFile(path: path, root: root)
        } catch let error as YamlError {
            log.add(syntaxDiagnostic(error, path: path))
        } catch {
            log.add(path, nil, "cannot read YAML: \(error)")
        }
        return nil
    }

    private static func syntaxDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return Diagnostic(path: path, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
        case .reader(let problem, _, _, _):
            return Diagnostic(path: path, message: "YAML syntax: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(path: path, line: context.mark.line, column: context.mark.column,
                              message: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return Diagnostic(path: path, message: "YAML syntax: \(error)")
        }
    }
}
