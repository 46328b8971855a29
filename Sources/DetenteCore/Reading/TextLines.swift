/// One line of input text, by bytes and code points, without its line break.
struct TextLine: Sendable {
    var bytes: ByteRange
    var span: TextSpan
    /// The line's content without leading and trailing white space and bullet marks.
    var content: ByteRange
    var contentSpan: TextSpan
    var isBlank: Bool { content.isEmpty }
    /// The line began with a bullet mark (•, ·, *, -, –, ▪).
    var isBullet: Bool
}

enum TextLines {
    /// Splits bytes into lines at \n, \r\n and \r, and finds each line's trimmed content.
    static func split(_ bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0, scalarStart = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                let range = ByteRange(start: start, end: index)
                let scalarLength = UTF8Scanning.scalarCount(bytes, start..<index)
                lines.append(line(bytes, range, scalarStart: scalarStart, scalarLength: scalarLength))
                scalarStart += scalarLength
                if index == bytes.count { break }
                var next = index + 1
                if bytes[index] == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                scalarStart += next - index
                start = next
                index = next
                continue
            }
            index += 1
        }
        return lines
    }

    private static func line(_ bytes: [UInt8], _ range: ByteRange, scalarStart: Int, scalarLength: Int) -> TextLine {
        var lower = range.start, upper = range.end
        var lowerScalars = 0, upperScalars = 0
        var bullet = false
        // Leading space and bullet marks.
        while lower < upper {
            let (scalar, length) = UTF8Scanning.scalar(at: lower, in: bytes)
            let isBulletMark = [0x2022, 0xB7, 0x2023, 0x25AA, 0x25CF, 0x2043, 0x2219].contains(scalar)
                || ((scalar == 0x2A || scalar == 0x2D || scalar == 0x2013) && lower + length < upper
                    && UTF8Scanning.isSpace(UTF8Scanning.scalar(at: lower + length, in: bytes).value) && !bullet)
            if UTF8Scanning.isSpace(scalar) || isBulletMark {
                if isBulletMark { bullet = true }
                lower += length
                lowerScalars += 1
            } else {
                break
            }
        }
        // Trailing space.
        while upper > lower {
            var start = upper - 1
            while start > lower, !UTF8Scanning.startsScalar(bytes[start]) { start -= 1 }
            guard UTF8Scanning.isSpace(UTF8Scanning.scalar(at: start, in: bytes).value) else { break }
            upper = start
            upperScalars += 1
        }
        return TextLine(
            bytes: range,
            span: TextSpan(start: scalarStart, end: scalarStart + scalarLength),
            content: ByteRange(start: lower, end: upper),
            contentSpan: TextSpan(start: scalarStart + lowerScalars, end: scalarStart + scalarLength - upperScalars),
            isBullet: bullet
        )
    }
}
