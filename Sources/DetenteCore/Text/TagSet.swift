/// A set of part-of-speech tags, as a bit mask.
public struct TagSet: Sendable, Hashable {
    public var bits: UInt64

    public init(bits: UInt64 = 0) { self.bits = bits }
    public init(_ tags: [PartOfSpeech]) {
        bits = 0
        for tag in tags { insert(tag) }
    }

    public func contains(_ tag: PartOfSpeech) -> Bool { bits & (1 << UInt64(tag.rawValue)) != 0 }
    public mutating func insert(_ tag: PartOfSpeech) { bits |= 1 << UInt64(tag.rawValue) }
    public var isEmpty: Bool { bits == 0 }
    public func union(_ other: TagSet) -> TagSet { TagSet(bits: bits | other.bits) }

    public var hasNoun: Bool { contains(.noun) || contains(.pluralNoun) }
    public var hasVerb: Bool {
        contains(.verbBase) || contains(.verbPast) || contains(.verbGerund) || contains(.verbParticiple)
            || contains(.verbPresent) || contains(.verbPresentThirdPerson)
    }
    public var hasAdjective: Bool { contains(.adjective) || contains(.comparativeAdjective) || contains(.superlativeAdjective) }
}
