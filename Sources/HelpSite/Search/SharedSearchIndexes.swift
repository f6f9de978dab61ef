import Foundation
import ManualContent

/// Both languages' search indexes, built together on the first request for either: each index
/// holds both languages' texts, and building them side by side (`SearchIndex.all`) breaks each
/// text into words once, where two indexes built apart did it twice (issue 12).
final class SharedSearchIndexes: @unchecked Sendable {
  private let manual: Manual
  private let lock = NSLock()
  /// Indexes built and not handed out yet: each is dropped once its files are made, so that
  /// its memory is free for the rest of the build.
  private var built: [Language: SearchIndex] = [:]

  init(_ manual: Manual) { self.manual = manual }

  /// The files of one language's index. Another thread asking for the other language meanwhile
  /// waits for the build, then writes its files at the same time as this one.
  func files(_ language: Language) -> [(name: String, bytes: [UInt8])] {
    lock.lock()
    if built[language] == nil {
      // Asked again (`guide serve` after an edit): both are built again, from the same manual.
      for index in SearchIndex.all(manual) { built[index.language] = index }
    }
    let index = built.removeValue(forKey: language)!
    lock.unlock()
    return index.files()
  }
}
