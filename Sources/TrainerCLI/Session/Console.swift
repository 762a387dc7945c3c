import Foundation

/// Where text goes. Tests capture it; the program writes to stdout and stderr.
public protocol TextStream: AnyObject {
    func write(_ text: String)
    /// UTF-8 bytes as they are, for output streamed in chunks (`StreamedOutput`).
    func write(utf8 bytes: [UInt8]) throws
}

extension TextStream {
    public func write(utf8 bytes: [UInt8]) throws { write(String(decoding: bytes, as: UTF8.self)) }
}

public final class FileStream: TextStream, Sendable {
    private let handle: FileHandle
    public init(_ handle: FileHandle) { self.handle = handle }
    public func write(_ text: String) { handle.write(Data(text.utf8)) }
    /// Straight to the descriptor: a long listing's chunks are not copied into a String and a Data first.
    public func write(utf8 bytes: [UInt8]) throws { try StreamedOutput.write(bytes, to: handle.fileDescriptor) }

    public static let standardOutput = FileStream(.standardOutput)
    public static let standardError = FileStream(.standardError)
}

/// Collects everything written, for tests and for rendering to a file.
public final class CapturedStream: TextStream {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}

/// Terminal styling that turns itself off for pipes, `NO_COLOR` and `TERM=dumb`.
public struct Style: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static func detect(isTerminal: Bool, environment: [String: String]) -> Style {
        if environment["NO_COLOR"].map({ !$0.isEmpty }) == true || environment["TERM"] == "dumb" {
            return Style(enabled: false)
        }
        if environment["FORCE_COLOR"].map({ !$0.isEmpty && $0 != "0" }) == true { return Style(enabled: true) }
        return Style(enabled: isTerminal)
    }

    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func cyan(_ s: String) -> String { wrap(s, "36") }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
