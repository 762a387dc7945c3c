import Foundation
import TrainerCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree read with Foundation's `XMLParser`.
///
/// Why XMLParser: it ships with the toolchain (FoundationXML on Linux, over the libxml2 every
/// Swift install already needs), so no package is added; it reports the line of every element
/// and of the first well-formedness error, which the author needs; and it rejects what Moodle
/// rejects (`&nbsp;` outside CDATA, mismatched tags). XMLCoder and SWXMLHash wrap the same parser
/// and hide the line numbers.
final class ParsedElement {
    let name: String
    let attributes: [String: String]
    let line: Int
    var children: [ParsedElement] = []
    var text = ""

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    func child(_ name: String) -> ParsedElement? { children.first { $0.name == name } }
    func all(_ name: String) -> [ParsedElement] { children.filter { $0.name == name } }
    /// The `<text>` of a text container (`<name>`, `<questiontext>`, `<feedback>`…), trimmed.
    var containedText: String { (child("text")?.text ?? "").trimmed }

    /// The root element, or the line, column and reason the file is not well-formed XML.
    static func parse(_ data: Data) -> Result<ParsedElement, XMLProblem> {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        // On Linux `parse()` can return true after an error (a mismatched tag at the end), so
        // the first error the delegate saw decides, at the place it was met.
        if let error = builder.firstError { return .failure(error) }
        if !ok {
            let code = (parser.parserError as NSError?)?.code ?? 0
            return .failure(XMLProblem(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), reason: XMLProblem.reason(code)))
        }
        guard let root = builder.root else { return .failure(XMLProblem(line: 1, column: 1, reason: "the file has no root element")) }
        return .success(root)
    }
}

struct XMLProblem: Error {
    var line: Int
    var column: Int
    var reason: String

    /// libxml2's error numbers (`XMLParser.ErrorCode`) worded for an author.
    static func reason(_ code: Int) -> String {
        switch code {
        case 26: return "an undefined entity (such as &nbsp;, which XML does not know; write &#160; or use CDATA)"
        case 76: return "a closing tag does not match the open element"
        case 5, 77: return "the file ends inside an element"
        case 4: return "the file is empty or is not XML"
        case 9: return "a character that XML does not allow"
        case 68, 23: return "a `<` or `&` that starts no tag or entity (escape it or use CDATA)"
        case 41, 39, 40: return "a malformed attribute"
        default: return "not well-formed XML (parser error \(code))"
        }
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: ParsedElement?
    /// The first error, where it was met: after `parse()` returns, the parser's position has moved on.
    var firstError: XMLProblem?
    private var stack: [ParsedElement] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let element = ParsedElement(name: name, attributes: attributes, line: parser.lineNumber)
        if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
        guard firstError == nil else { return }
        firstError = XMLProblem(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                reason: XMLProblem.reason((error as NSError).code))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        stack.last?.text += String(decoding: block, as: UTF8.self)
    }
}
