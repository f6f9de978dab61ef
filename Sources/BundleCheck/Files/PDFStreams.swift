import CQPDF
import Foundation
import ManualContent

/// The streams of one PDF, each measured against `BundleLimits` by decoding its general
/// filters here (`StreamDecoders`) before qpdf decodes it, and the pictures its pages draw
/// decoded once each.
struct PDFStreams {
  typealias Verdict = PDFInspector.Verdict
  let qpdf: qpdf_data
  var decodedBytes = 0
  var pixelBudget = BundleLimits.maximumPixelsPerBundle
  /// What the pre-scan measured already (`PDFPrescan.known`).
  var knownSizes = KnownStreamSizes()
  private(set) var pixelsDecoded = 0
  private(set) var uncheckedFilters: Set<String> = []
  /// Objects already decoded (object number, generation): a picture drawn on 500 pages is
  /// decoded once.
  private var seen: Set<Int> = []
  private var objects = 0

  init(qpdf: qpdf_data) { self.qpdf = qpdf }

  static let unreadableImageFilters = [
    "/JBIG2Decode": "JBIG2", "/JPXDecode": "JPEG 2000 (JPX)", "/CCITTFaxDecode": "CCITT fax",
    "/CCF": "CCITT fax",
  ]

  // MARK: pages

  /// Counts every page reference of the page tree, repeats included, before qpdf lists them.
  mutating func countPages() -> Verdict? {
    defer { qpdf_oh_release_all(qpdf) }
    let limit = BundleLimits.maximumPDFPages
    var stack = [key(qpdf_get_root(qpdf), "/Pages")]
    var nodes = 0
    var visited: Set<Int> = []
    while let node = stack.popLast() {
      nodes += 1
      if nodes > limit * 2 { return overPages(limit) }
      let kids = key(node, "/Kids")
      guard qpdf_oh_is_array(qpdf, kids) == QPDF_TRUE else { continue }
      // An inner node seen twice is a loop; qpdf refuses it itself.
      guard visited.insert(id(node)).inserted else { continue }
      let count = Int(qpdf_oh_get_array_n_items(qpdf, kids))
      if nodes + stack.count + count > limit * 2 { return overPages(limit) }
      for index in 0..<count { stack.append(qpdf_oh_get_array_item(qpdf, kids, Int32(index))) }
    }
    return nil
  }

  private func overPages(_ limit: Int) -> Verdict {
    .overLimit(
      LocalizedText(th: "มีหน้าเกิน \(limit) หน้า (ขีดจำกัด)", en: "it has more than \(limit) pages (the limit)"))
  }

  mutating func checkPage(_ page: qpdf_oh, number: Int) -> Verdict? {
    let contents = key(page, "/Contents")
    let streams =
      qpdf_oh_is_array(qpdf, contents) == QPDF_TRUE
      ? (0..<Int(qpdf_oh_get_array_n_items(qpdf, contents))).map {
        qpdf_oh_get_array_item(qpdf, contents, Int32($0))
      }
      : [contents]
    for stream in streams where qpdf_oh_is_stream(qpdf, stream) == QPDF_TRUE {
      if case .refused(let verdict) = measure(stream, page: number, name: nil) { return verdict }
    }
    var content: UnsafeMutablePointer<UInt8>? = nil
    var length = 0
    let status = qpdf_oh_get_page_content_data(qpdf, page, &content, &length)
    free(content)
    if status & QPDF_ERRORS != 0 || qpdf_has_error(qpdf) == QPDF_TRUE {
      return .damaged(Self.onPage(number, nil, Self.detail(qpdf, qpdf_get_error(qpdf))))
    }
    return drawn(by: inheritedResources(page), page: number, depth: 0)
  }

  /// A page without its own /Resources uses its parent's (PDF 7.7.3.4).
  private func inheritedResources(_ page: qpdf_oh) -> qpdf_oh {
    var node = page
    for _ in 0..<32 {
      let resources = key(node, "/Resources")
      if qpdf_oh_is_dictionary(qpdf, resources) == QPDF_TRUE { return resources }
      node = key(node, "/Parent")
      if qpdf_oh_is_dictionary(qpdf, node) != QPDF_TRUE { break }
    }
    return qpdf_oh_new_null(qpdf)
  }

  // MARK: images and forms

  /// Every image and form of a resource dictionary, forms' own resources included.
  private mutating func drawn(by resources: qpdf_oh, page: Int, depth: Int) -> Verdict? {
    let xobjects = key(resources, "/XObject")
    guard qpdf_oh_is_dictionary(qpdf, xobjects) == QPDF_TRUE else { return nil }
    // The key strings belong to qpdf until the next call: copy them first.
    var names: [String] = []
    qpdf_oh_begin_dict_key_iter(qpdf, xobjects)
    while qpdf_oh_dict_more_keys(qpdf) == QPDF_TRUE, names.count <= BundleLimits.maximumPDFImages {
      if let name = qpdf_oh_dict_next_key(qpdf) { names.append(String(cString: name)) }
    }
    for name in names {
      let stream = key(xobjects, name)
      guard qpdf_oh_is_stream(qpdf, stream) == QPDF_TRUE, seen.insert(id(stream)).inserted else { continue }
      objects += 1
      if objects > BundleLimits.maximumPDFImages {
        let limit = BundleLimits.maximumPDFImages
        return .overLimit(
          LocalizedText(
            th: "มีภาพและฟอร์มเกิน \(limit) รายการ (ขีดจำกัด)",
            en: "it draws more than \(limit) images and forms (the limit)"))
      }
      let dictionary = qpdf_oh_get_dict(qpdf, stream)
      let subtype = self.name(of: key(dictionary, "/Subtype"))
      let measured: Measured
      switch measure(stream, page: page, name: name) {
      case .refused(let verdict): return verdict
      case .measured(let result): measured = result
      }
      if subtype == "/Image", let filter = measured.stoppedAt {
        if filter == "/DCTDecode" || filter == "/DCT" {
          if let verdict = decodeJPEG(measured, page: page, name: name) { return verdict }
        } else {
          uncheckedFilters.insert(
            Self.unreadableImageFilters[filter] ?? Echo.value(String(filter.dropFirst())))
        }
        continue
      }
      let expected = subtype == "/Image" ? ImageSize.expectedBytes(qpdf, dictionary) : nil
      if let verdict = decodeWithQPDF(stream, page: page, name: name, expected: expected) { return verdict }
      if subtype == "/Form" {
        guard depth < BundleLimits.maximumFormDepth else {
          let limit = BundleLimits.maximumFormDepth
          return .overLimit(
            LocalizedText(
              th: "ฟอร์มซ้อนกันเกิน \(limit) ชั้น (ขีดจำกัด)",
              en: "forms are nested more than \(limit) deep (the limit)"))
        }
        if let verdict = drawn(by: key(dictionary, "/Resources"), page: page, depth: depth + 1) {
          return verdict
        }
      }
    }
    return nil
  }

  private mutating func decodeJPEG(_ measured: Measured, page: Int, name: String) -> Verdict? {
    if measured.undecodable {
      return .damaged(Self.onPage(page, name, LocalizedText(th: "ถอดรหัสไม่ได้", en: "it does not decode")))
    }
    switch JPEGInspector.inspect(measured.data, pixelBudget: pixelBudget - pixelsDecoded) {
    case .good(let width, let height):
      pixelsDecoded += width * height
      return nil
    case .damaged(let detail): return .damaged(Self.onPage(page, name, detail))
    case .overLimit(let detail): return .overLimit(Self.onPage(page, name, detail))
    case .unsupported(let coding):
      // Valid inside a PDF, and as unverifiable there as in a .jpg: named like JBIG2.
      uncheckedFilters.insert("JPEG (\(coding.en))")
      return nil
    }
  }

  /// qpdf's own decoding, once the stream is known to fit the budget: its verdict on the data.
  /// With `expected` (an image's bytes from its size), fewer bytes decoded is a scan cut short:
  /// qpdf only warns when a Flate stream ends early, and a reader shows half a page.
  private func decodeWithQPDF(_ stream: qpdf_oh, page: Int, name: String?, expected: Int? = nil) -> Verdict? {
    var data: UnsafeMutablePointer<UInt8>? = nil
    var length = 0
    var filtered: QPDF_BOOL = QPDF_FALSE
    let status = qpdf_oh_get_stream_data(qpdf, stream, qpdf_dl_specialized, &filtered, &data, &length)
    free(data)
    if status & QPDF_ERRORS != 0 || qpdf_has_error(qpdf) == QPDF_TRUE {
      return .damaged(Self.onPage(page, name, Self.detail(qpdf, qpdf_get_error(qpdf))))
    }
    if let expected, length < expected {
      return .damaged(
        Self.onPage(
          page, name,
          LocalizedText(
            th: "ข้อมูลภาพมี \(length) จาก \(expected) ไบต์ที่ขนาดภาพต้องการ (ภาพถูกตัด)",
            en: "the image holds \(length) of the \(expected) bytes its size needs (cut short)")))
    }
    return nil
  }

  // MARK: measuring

  struct Measured {
    /// The stream after its general filters: for a JPEG image, the JPEG file itself.
    var data: [UInt8]
    /// The first filter that is not a general one (`/DCTDecode`), if any.
    var stoppedAt: String?
    /// A general filter's data did not decode.
    var undecodable = false
  }
  enum Measurement {
    case measured(Measured)
    case refused(Verdict)
  }

  mutating func measure(_ stream: qpdf_oh, page: Int, name: String?) -> Measurement {
    let dictionary = qpdf_oh_get_dict(qpdf, stream)
    let filters = list(key(dictionary, "/Filter"))
    let parameters = list(key(dictionary, "/DecodeParms"))
    if filters.count > BundleLimits.maximumFilters {
      let limit = BundleLimits.maximumFilters
      return .refused(
        .overLimit(
          Self.onPage(
            page, name,
            LocalizedText(
              th: "ใช้ตัวกรองต่อกัน \(filters.count) ชั้น เกินขีดจำกัด \(limit)",
              en: "\(filters.count) filters in a chain, over the limit of \(limit)")))
      )
    }
    var raw: UnsafeMutablePointer<UInt8>? = nil
    var length = 0
    _ = qpdf_oh_get_stream_data(qpdf, stream, qpdf_dl_none, nil, &raw, &length)
    var data = raw.map { [UInt8](UnsafeBufferPointer(start: $0, count: length)) } ?? []
    free(raw)
    // A stream that cannot even be read raw: qpdf says why when it decodes it below.
    if qpdf_has_error(qpdf) == QPDF_TRUE { _ = qpdf_get_error(qpdf) }
    let names = filters.map(name(of:))
    if let size = knownSizes.size(of: data, filters: names.map { $0 ?? "?" }) {
      return reuse(size, parameters: parameters, filters: names.count, page: page, name: name)
    }
    var decoded = data.count
    for (index, filterName) in names.enumerated() {
      guard let filter = filterName, StreamDecoders.names.contains(filter) else {
        return .measured(Measured(data: data, stoppedAt: filterName ?? "/?"))
      }
      let parameter = index < parameters.count ? parameters[index] : qpdf_oh_new_null(qpdf)
      if let refusal = PredictorCheck.refusal(qpdf, parameter) {
        return .refused(.overLimit(Self.onPage(page, name, refusal)))
      }
      let fileLeft = BundleLimits.maximumDecodedBytesPerFile - decodedBytes
      let budget = min(BundleLimits.maximumStreamBytes, fileLeft)
      let earlyChange = integer(key(parameter, "/EarlyChange")) ?? 1
      // The last filter's output is only counted: qpdf decodes the stream itself afterwards.
      let last = index == names.count - 1
      switch StreamDecoders.decode(filter, data, budget: budget, earlyChange: earlyChange != 0, keep: !last) {
      case .decoded(let output, let size):
        decoded = size
        data = output
      case .undecodable: return .measured(Measured(data: data, stoppedAt: nil, undecodable: true))
      case .overBudget:
        let words = Self.overBudgetWords(perFile: fileLeft < BundleLimits.maximumStreamBytes)
        return .refused(.overLimit(Self.onPage(page, name, words)))
      }
    }
    decodedBytes += decoded
    return .measured(Measured(data: data, stoppedAt: nil))
  }

  // MARK: small helpers

  /// A dictionary's value; null for anything else, without the type warning qpdf would add.
  func key(_ object: qpdf_oh, _ name: String) -> qpdf_oh {
    guard qpdf_oh_is_dictionary(qpdf, object) == QPDF_TRUE else { return qpdf_oh_new_null(qpdf) }
    return qpdf_oh_get_key(qpdf, object, name)
  }

  func id(_ object: qpdf_oh) -> Int {
    Int(qpdf_oh_get_object_id(qpdf, object)) << 16 | Int(qpdf_oh_get_generation(qpdf, object) & 0xFFFF)
  }

  func name(of object: qpdf_oh) -> String? {
    guard qpdf_oh_is_name(qpdf, object) == QPDF_TRUE, let text = qpdf_oh_get_name(qpdf, object) else {
      return nil
    }
    return String(cString: text)
  }

  func integer(_ object: qpdf_oh) -> Int? {
    qpdf_oh_is_integer(qpdf, object) == QPDF_TRUE ? Int(qpdf_oh_get_int_value(qpdf, object)) : nil
  }

  /// A name or an array of names (or parameter dictionaries), as a list; one entry per item.
  private func list(_ object: qpdf_oh) -> [qpdf_oh] {
    if qpdf_oh_is_array(qpdf, object) == QPDF_TRUE {
      let count = min(Int(qpdf_oh_get_array_n_items(qpdf, object)), BundleLimits.maximumFilters + 1)
      return (0..<count).map { qpdf_oh_get_array_item(qpdf, object, Int32($0)) }
    }
    return qpdf_oh_is_null(qpdf, object) == QPDF_TRUE ? [] : [object]
  }
}
