/// The exit statuses of `guide` and `precheck`, by name, so that scripts and the README can
/// rely on them. Both tools use this enum instead of raw numbers.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  /// guide: the content is clean, or the site was built. precheck: every bundle is ready
  /// (warnings and advice allowed).
  case success = 0
  /// guide: the content has errors, or the site cannot be written there. precheck: at least one
  /// bundle is not ready (an error was found, e.g. a missing or unparsable manifest).
  case failure = 1
  /// precheck: nothing could be checked: the path does not exist or cannot be read, is neither
  /// a folder nor a zip, the zip is unreadable, the content cannot be used, or the command was
  /// used wrongly.
  case unusable = 2

  /// precheck's words for the same statuses, as the bundle spec and the README give them.
  public static let ready = success
  public static let notReady = failure
  public static let nothingChecked = unusable
}
