import Dispatch
import Foundation
import ManualContent

#if canImport(Glibc)
  import Glibc
#endif

/// `guide serve` from start to stop: listen, read the content, say where the preview is,
/// then rebuild on every change until Ctrl-C (SIGINT) or SIGTERM. Returns the exit code.
public enum PreviewSession {
  public struct Options: Sendable {
    public var contentDirectory: URL
    public var host: String
    public var port: UInt16

    public init(contentDirectory: URL, host: String, port: UInt16) {
      self.contentDirectory = contentDirectory
      self.host = host
      self.port = port
    }
  }

  public static func run(_ options: Options) -> Int32 {
    let site = PreviewSite()
    let server: PreviewServer
    do {
      server = try PreviewServer(
        responder: PreviewResponder(site: site), host: options.host, port: options.port)
    } catch {
      Terminal.error("\(error)")
      return 1
    }
    let finished = Outcome()
    catchStopSignals(finished)
    // Listen before reading the content: a port in use is said at once, not after the build.
    let started = Outcome()
    Task {
      do {
        let port = try await server.start { error in
          Terminal.error("error: the preview stopped: \(error)\nไทย: หน้าตัวอย่างหยุดทำงาน: \(error)")
          finished.set(1)
        }
        started.set(Int32(port))
      } catch {
        Terminal.error("\(error)")
        started.set(-1)
      }
    }
    let port = started.wait()
    guard port >= 0 else { return 1 }

    Terminal.say("Reading the content in \(options.contentDirectory.path) … / กำลังอ่านเนื้อหา …")
    let watcher = ContentWatcher(directory: options.contentDirectory)
    let builder = PreviewBuilder(contentDirectory: options.contentDirectory, site: site)
    report(builder.rebuildAll(), took: (0, 0), changes: nil)
    site.startRenderingInBackground()
    // Every address includes this computer's own: give the one a browser here can open.
    let everyAddress = ["0.0.0.0", "::"].contains(options.host)
    let shown = everyAddress ? "127.0.0.1" : options.host.contains(":") ? "[\(options.host)]" : options.host
    Terminal.say(
      """
      Serving the preview at http://\(shown):\(port)/ — Ctrl-C to stop
      หน้าตัวอย่างอยู่ที่ http://\(shown):\(port)/ — กด Ctrl-C เพื่อหยุด
      """)
    let watching = Thread {
      watcher.run { changes in
        let start = (DispatchTime.now().uptimeNanoseconds, threadCPUNanoseconds())
        let summary = builder.rebuild(after: changes)
        let took = (
          wall: Double(DispatchTime.now().uptimeNanoseconds - start.0) / 1e6,
          cpu: Double(threadCPUNanoseconds() - start.1) / 1e6
        )
        report(summary, took: took, changes: changes)
      }
    }
    watching.start()
    let code = finished.wait()
    Terminal.say("Stopped the preview. / หยุดหน้าตัวอย่างแล้ว")
    return code
  }

  /// One line a rebuild, and every problem when the content has errors.
  /// CPU time of this thread: on a busy machine it says what the rebuild costs, where the
  /// wall time also counts the waits for a core.
  private static func threadCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  private static func report(
    _ summary: PreviewBuilder.Summary, took: (wall: Double, cpu: Double), changes: ContentChanges?
  ) {
    let changed = changes.map { Array($0.modified.union($0.added).union($0.removed)).sorted() } ?? []
    let what =
      changed.isEmpty ? "" : " (\(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? " …" : ""))"
    if summary.clean {
      let scope = summary.narrow ? "\(summary.pages) pages to render again" : "every page to render"
      Terminal.say(
        changes == nil
          ? "The content is clean. / เนื้อหาไม่มีข้อผิดพลาด"
          : "Rebuilt in \(Int(took.wall)) ms (CPU \(Int(took.cpu)) ms)\(what): \(scope). / สร้างใหม่แล้ว")
    } else {
      let errors = summary.problems.filter { $0.severity == .error }.count
      Terminal.error(
        summary.problems.map(\.description).joined(separator: "\n")
          + "\n\(errors) error\(errors == 1 ? "" : "s") in the content\(what): the browser shows them, and the last good pages stay served.\n"
          + "เนื้อหามีข้อผิดพลาด \(errors) รายการ: หน้าเว็บแสดงรายการนี้ และยังแสดงหน้าฉบับล่าสุดที่ถูกต้อง")
    }
  }

  /// Ctrl-C and SIGTERM end the session with exit code 0, after the last line is printed.
  private static func catchStopSignals(_ finished: Outcome) {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { finished.set(0) }
      source.resume()
      signalSources.append(source)
    }
  }

  nonisolated(unsafe) private static var signalSources: [DispatchSourceSignal] = []
}

/// A number set once from any thread and waited for on another.
private final class Outcome: @unchecked Sendable {
  private let lock = NSLock()
  private let ready = DispatchSemaphore(value: 0)
  private var value: Int32?

  func set(_ value: Int32) {
    let first = lock.withLock { () -> Bool in
      guard self.value == nil else { return false }
      self.value = value
      return true
    }
    if first { ready.signal() }
  }

  func wait() -> Int32 {
    ready.wait()
    return lock.withLock { value ?? 1 }
  }
}

/// Lines for the editor's terminal, written at once (a pipe would otherwise hold them back).
enum Terminal {
  static func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
