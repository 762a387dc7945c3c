import Foundation

/// Prints HTML to PDF in headless Chromium and inspects the pages with poppler's tools.
public enum PrintCheck {
    public static var isAvailable: Bool {
        ["/usr/bin/chromium", "/usr/bin/pdfinfo", "/usr/bin/pdftoppm", "/usr/bin/pdftotext"].allSatisfy(FileManager.default.isExecutableFile)
    }

    @discardableResult
    public static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    public static func printToPDF(html: String, pdf: String) throws {
        try run("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                      "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString])
    }

    /// The darkest pixel (0 black … 255 white) in the outermost `strip` of each side, per page,
    /// from a greyscale rendering: text cut at the page edge shows up there.
    public static func edgeDarkness(pdf: String, strip: Double = 0.04, folder: String) throws -> [UInt8] {
        try run("/usr/bin/pdftoppm", ["-gray", "-r", "40", pdf, "\(folder)/page"])
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("page") && $0.hasSuffix(".pgm") }.sorted()
        return try pages.map { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))
            // PGM (P5): "P5\n<width> <height>\n<max>\n" then one byte per pixel.
            var fields: [String] = [], index = data.startIndex, field = ""
            while fields.count < 4, index < data.endIndex {
                let byte = data[index]
                index += 1
                if byte == 10 || byte == 32 { if !field.isEmpty { fields.append(field); field = "" } } else { field.append(Character(UnicodeScalar(byte))) }
            }
            guard fields.count == 4, let width = Int(fields[1]), let height = Int(fields[2]) else { return 0 }
            let pixels = data[index...]
            let band = max(1, Int(Double(width) * strip))
            var darkest: UInt8 = 255
            for y in 0..<height {
                for x in Array(0..<band) + Array((width - band)..<width) {
                    let offset = pixels.startIndex + y * width + x
                    if offset < pixels.endIndex { darkest = min(darkest, pixels[offset]) }
                }
            }
            return darkest
        }
    }
}
