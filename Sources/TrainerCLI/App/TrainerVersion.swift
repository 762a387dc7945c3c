/// The release of trainer, printed by `trainer --version` beside the database schema it writes.
public enum TrainerVersion {
    public static let current = "0.4.0"
}
