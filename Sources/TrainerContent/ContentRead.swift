import TrainerCore

/// One load of a content folder: the valid curriculum and the places of its questions (made
/// when first read), or every problem; and how each bank file was read, for the content cache.
struct ContentRead {
    var outcome: Result<(curriculum: Curriculum, places: Deferred<ContentPlaces>), ContentReport>
    var bankFiles: [BankFileRead]

    /// Every bank was parsed from its file here, none taken from a cache entry.
    var parsedEveryFile: Bool { !bankFiles.contains(where: \.isFromCache) }
}
