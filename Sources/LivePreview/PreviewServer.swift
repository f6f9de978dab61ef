import FlyingFox
import FlyingSocks
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The HTTP side of the preview, on FlyingFox: a small HTTP/1.1 server on Swift concurrency
/// with no SwiftNIO, so it adds seconds, not minutes, to a build. Every answer comes from
/// `PreviewResponder`; a page that must be rendered first is rendered off the server's threads.
public final class PreviewServer: Sendable {
  /// Why the server could not start, said so that the editor knows what to do.
  public enum StartError: Error, CustomStringConvertible {
    case addressInUse(host: String, port: UInt16)
    case badAddress(String)
    case cannotListen(String)

    public var description: String {
      switch self {
      case .addressInUse(let host, let port):
        return """
          error: port \(port) on \(host) is already in use (another preview or program is using it).
              fix: stop the other program, or choose another port: guide serve --port \(port == 8000 ? 8001 : 8000)
              ไทย: พอร์ต \(port) ถูกโปรแกรมอื่นใช้อยู่ (อาจเป็นหน้าตัวอย่างอีกหน้าหนึ่ง) — วิธีแก้: ปิดโปรแกรมนั้น หรือเลือกพอร์ตอื่น เช่น guide serve --port \(port == 8000 ? 8001 : 8000)
          """
      case .badAddress(let host):
        return """
          error: \(host) is not an IP address this computer can listen on.
              fix: leave out --host (the preview is then on 127.0.0.1, this computer only), or give an address such as 0.0.0.0
              ไทย: \(host) ไม่ใช่ที่อยู่ IP ที่ใช้ได้ — วิธีแก้: ไม่ต้องใส่ --host (หน้าตัวอย่างจะเปิดได้เฉพาะเครื่องนี้) หรือใส่ที่อยู่ เช่น 0.0.0.0
          """
      case .cannotListen(let reason):
        return """
          error: the preview cannot start: \(reason)
              fix: check the --host and --port values, or try another port
              ไทย: เปิดหน้าตัวอย่างไม่ได้: \(reason) — วิธีแก้: ตรวจค่า --host และ --port หรือลองพอร์ตอื่น
          """
      }
    }
  }

  private let server: HTTPServer
  public let host: String
  public let requestedPort: UInt16

  public init(responder: PreviewResponder, host: String, port: UInt16) throws {
    self.host = host
    requestedPort = port
    let handler = ResponderHandler(responder: responder)
    if host.contains(":") {
      guard let address = try? sockaddr_in6.inet6(ip6: host, port: port) else {
        throw StartError.badAddress(host)
      }
      server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
    } else {
      guard let address = try? sockaddr_in.inet(ip4: host, port: port) else {
        throw StartError.badAddress(host)
      }
      server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: handler)
    }
  }

  /// Starts listening and returns the port (the one the system chose, for port 0) once
  /// connections are accepted; throws `StartError` when it cannot listen. `stopped` is called
  /// if the server stops on its own later.
  public func start(stopped: @escaping @Sendable (Error) -> Void) async throws -> UInt16 {
    let running = Task { [server] () -> Error? in
      do {
        try await server.run()
        return nil
      } catch {
        return error
      }
    }
    let failure: Error? = await withCheckedContinuation { continuation in
      let first = FirstAnswer(continuation)
      Task { [server] in
        do {
          try await server.waitUntilListening(timeout: 10)
          first.give(nil)
        } catch {
          first.give(StartError.cannotListen("it did not start listening within 10 seconds"))
        }
      }
      Task { [host, requestedPort] in
        // run() ends before listening only when it could not listen; later, when it stops.
        let error = await running.value
        let explained = Self.explain(
          error ?? StartError.cannotListen("the server stopped"), host: host, port: requestedPort)
        if !first.give(explained), let error { stopped(error) }
      }
    }
    if let failure { throw failure }
    switch await server.listeningAddress {
    case .ip4(_, let port)?, .ip6(_, let port)?: return port
    default: return requestedPort
    }
  }

  public func stop() async { await server.stop(timeout: 1) }

  static func explain(_ error: Error, host: String, port: UInt16) -> Error {
    if let socket = error as? SocketError, case .failed(_, let code, let message) = socket {
      if code == EADDRINUSE { return StartError.addressInUse(host: host, port: port) }
      if code == EADDRNOTAVAIL { return StartError.badAddress(host) }
      return StartError.cannotListen(message)
    }
    return error is StartError ? error : StartError.cannotListen("\(error)")
  }
}

/// The first of two racing answers; later ones are refused (and told so).
private final class FirstAnswer: @unchecked Sendable {
  private let lock = NSLock()
  private var continuation: CheckedContinuation<Error?, Never>?

  init(_ continuation: CheckedContinuation<Error?, Never>) { self.continuation = continuation }

  @discardableResult
  func give(_ answer: Error?) -> Bool {
    guard
      let waiting = lock.withLock({ () -> CheckedContinuation<Error?, Never>? in
        defer { continuation = nil }
        return continuation
      })
    else { return false }
    waiting.resume(returning: answer)
    return true
  }
}

/// Hands each request to the responder on a dispatch thread: rendering a whole-manual page
/// can take a second, which must not hold up the threads that serve other requests.
private struct ResponderHandler: HTTPHandler {
  let responder: PreviewResponder

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    let method = request.method.rawValue
    let rawPath = request.target.path(percentEncoded: true)
    let answer = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(returning: responder.answer(method: method, rawPath: rawPath))
      }
    }
    var headers = HTTPHeaders()
    for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
    return HTTPResponse(
      statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers,
      body: method == "HEAD" ? Data() : answer.body)
  }

  static func phrase(_ status: Int) -> String {
    switch status {
    case 200: return "OK"
    case 301: return "Moved Permanently"
    case 400: return "Bad Request"
    case 404: return "Not Found"
    case 405: return "Method Not Allowed"
    case 503: return "Service Unavailable"
    default: return "Status"
    }
  }
}
