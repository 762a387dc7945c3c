/// Numbers 64-bit keys 0, 1, 2… in the order they are first seen. The near-duplicate search
/// numbers every word bigram of 50,000 prompts and every group of its index, one after another:
/// its keys are hashes already, so an open-addressing table with a multiplicative probe does
/// what `Dictionary` did there without its seeded hashing (most of that serial time).
struct DenseIDs {
    private var keys: [UInt64]
    /// The id in each slot; -1 for an empty slot.
    private var ids: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    /// Room for `capacity` keys before the table grows.
    init(capacity: Int) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        ids = Array(repeating: -1, count: 1 << bits)
        shift = 64 - bits
    }

    /// The id of `key`, and whether this call gave it (the next number).
    mutating func id(of key: UInt64) -> (id: Int32, isNew: Bool) {
        if 2 * (count + 1) > ids.count { grow() }
        var slot = self.slot(of: key)
        while true {
            let id = ids[slot]
            if id < 0 {
                keys[slot] = key
                ids[slot] = Int32(count)
                count += 1
                return (Int32(count - 1), true)
            }
            if keys[slot] == key { return (id, false) }
            slot = (slot + 1) & (ids.count - 1)
        }
    }

    /// Fibonacci hashing: the top bits of the key times 2^64 / φ.
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func grow() {
        let (oldKeys, oldIDs) = (keys, ids)
        shift -= 1
        keys = Array(repeating: 0, count: oldIDs.count * 2)
        ids = Array(repeating: -1, count: oldIDs.count * 2)
        for (key, id) in zip(oldKeys, oldIDs) where id >= 0 {
            var slot = self.slot(of: key)
            while ids[slot] >= 0 { slot = (slot + 1) & (ids.count - 1) }
            keys[slot] = key
            ids[slot] = id
        }
    }
}
