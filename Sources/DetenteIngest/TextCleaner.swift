import Foundation

/// Small text chores shared by the readers: white space, paragraphs, binary detection, decoding.
enum TextCleaner {
    /// Every run of white space (no-break and other Unicode spaces included) one space, trimmed.
    static func collapse(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Plain text as paragraphs: split at blank lines, each paragraph's lines joined by one space.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(collapse(current.joined(separator: " "))) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(collapse(current.joined(separator: " "))) }
        return paragraphs.filter { !$0.isEmpty }
    }

    /// True when the bytes look like binary data rather than text: a NUL byte, or more than 2%
    /// control characters other than tab, line feed, form feed and carriage return, in the first 8 KB.
    static func isBinary(_ data: Data) -> Bool {
        let sample = data.prefix(8192)
        guard !sample.isEmpty else { return false }
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D, byte != 0x1B { controls += 1 }
        }
        return controls * 50 > sample.count
    }

    /// The bytes as text: UTF-8 (a byte-order mark dropped), else Windows-1252 / Latin-1.
    static func decode(_ data: Data) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        return String(data: bytes, encoding: .windowsCP1252) ?? String(decoding: bytes.map { $0 }, as: Unicode.ASCII.self)
    }

    /// True when the bytes are valid UTF-8.
    static func isUTF8(_ data: Data) -> Bool {
        String(data: data, encoding: .utf8) != nil
    }
}
