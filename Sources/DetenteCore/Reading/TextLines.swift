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
    /// One pass over the bytes finds the breaks and counts each line's code points.
    static func split(_ bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0, scalarStart = 0, scalarLength = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                guard byte == 0x0A || byte == 0x0D else {
                    if UTF8Scanning.startsScalar(byte) { scalarLength += 1 }
                    index += 1
                    continue
                }
                lines.append(line(bytes, ByteRange(start: start, end: index), scalarStart: scalarStart, scalarLength: scalarLength))
                scalarStart += scalarLength
                var next = index + 1
                if byte == 0x0D, next < buffer.count, buffer[next] == 0x0A { next += 1 }
                scalarStart += next - index
                scalarLength = 0
                start = next
                index = next
            }
        }
        lines.append(line(bytes, ByteRange(start: start, end: bytes.count), scalarStart: scalarStart, scalarLength: scalarLength))
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
