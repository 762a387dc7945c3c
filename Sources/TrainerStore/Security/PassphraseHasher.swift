import _CryptoExtras
import Crypto
import Foundation

/// A salted PBKDF2-SHA256 hash, stored with the iteration count it was made with so the count
/// can rise later without locking anyone out.
public struct PassphraseHash: Sendable, Equatable {
    public var hash: Data
    public var salt: Data
    public var iterations: Int
}

public enum PassphraseHasher {
    /// OWASP's Password Storage Cheat Sheet recommends 600,000 iterations for PBKDF2-HMAC-SHA256.
    public static let recommendedIterations = 600_000
    static let saltBytes = 16
    static let hashBytes = 32

    public static func hash(_ passphrase: String, iterations: Int = recommendedIterations) throws -> PassphraseHash {
        var salt = Data(count: saltBytes)
        var generator = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &generator) }
        return PassphraseHash(hash: try derive(passphrase, salt: salt, iterations: iterations), salt: salt, iterations: iterations)
    }

    public static func verify(_ passphrase: String, against stored: PassphraseHash) -> Bool {
        guard let candidate = try? derive(passphrase, salt: stored.salt, iterations: stored.iterations),
              candidate.count == stored.hash.count else { return false }
        // Constant time: no early exit on the first differing byte.
        return zip(candidate, stored.hash).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ passphrase: String, salt: Data, iterations: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Data(passphrase.utf8), salt: salt, using: .sha256,
            outputByteCount: hashBytes, unsafeUncheckedRounds: iterations)
        return key.withUnsafeBytes { Data($0) }
    }
}
