import Testing
@testable import DetenteCore

@Suite("JSON writer")
struct JSONWriterTests {
    private func written(_ n: Double) -> String {
        var bytes: [UInt8] = []
        JSONWriter.appendDouble(n, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("Doubles are written exactly as String(n) writes them: every score, edge cases, random values")
    func doubles() {
        var values: [Double] = (-1000...1000).map { Double($0) / 10 }
        values += [0, -0.0, 0.1 + 0.2, 3.4000000000000004, 1e11, 99_999_999_999.9, 1e12, 1e16, 1e-5, -1e-7, 5e-324,
                   .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 2.5e-4, 123_456.7, -0.05, 0.95, 7.0000000000000009]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            values.append(Double.random(in: -100...100, using: &generator))
            values.append((Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 10))
        }
        let wrong = values.filter { written($0) != String($0) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { "\($0): \(written($0)) ≠ \(String($0))" })")
    }
}
