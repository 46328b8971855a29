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

    /// True when the bytes are valid UTF-8.
    static func isUTF8(_ data: Data) -> Bool {
        String(data: data, encoding: .utf8) != nil
    }
}
