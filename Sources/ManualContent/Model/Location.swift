/// Where something stands in a content file. Lines and columns start at 1;
/// columns count characters (Unicode scalars), as an editor does, not UTF-8 bytes
/// (a Thai character is three bytes but one column). 0 means unknown: a bundle finding may
/// know its file and line but not the column, and then prints as `file:line`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String {
    guard line > 0 else { return file }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }
}
