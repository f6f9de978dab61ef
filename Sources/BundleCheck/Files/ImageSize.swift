import CQPDF

/// How many bytes an image's decoded data must hold, from its own dictionary: rows of
/// /Width × components × /BitsPerComponent bits, /Height of them. Nil when the colour space
/// is one whose components are not known here; then only qpdf's verdict counts.
enum ImageSize {
  static func expectedBytes(_ qpdf: qpdf_data, _ image: qpdf_oh) -> Int? {
    func integer(_ key: String) -> Int? {
      let object = qpdf_oh_get_key(qpdf, image, key)
      return qpdf_oh_is_integer(qpdf, object) == QPDF_TRUE ? Int(qpdf_oh_get_int_value(qpdf, object)) : nil
    }
    guard let width = integer("/Width"), let height = integer("/Height"), width > 0, height > 0,
      width <= 1 << 20, height <= 1 << 20
    else { return nil }
    let mask = qpdf_oh_get_key(qpdf, image, "/ImageMask")
    let isMask = qpdf_oh_is_bool(qpdf, mask) == QPDF_TRUE && qpdf_oh_get_bool_value(qpdf, mask) == QPDF_TRUE
    let bits = isMask ? 1 : integer("/BitsPerComponent") ?? 8
    guard let components = isMask ? 1 : components(qpdf, qpdf_oh_get_key(qpdf, image, "/ColorSpace")),
      [1, 2, 4, 8, 16].contains(bits)
    else { return nil }
    return (width * components * bits + 7) / 8 * height
  }

  private static func components(_ qpdf: qpdf_data, _ space: qpdf_oh) -> Int? {
    var family = space
    if qpdf_oh_is_array(qpdf, space) == QPDF_TRUE, qpdf_oh_get_array_n_items(qpdf, space) > 0 {
      family = qpdf_oh_get_array_item(qpdf, space, 0)
    }
    guard qpdf_oh_is_name(qpdf, family) == QPDF_TRUE, let raw = qpdf_oh_get_name(qpdf, family) else {
      return nil
    }
    switch String(cString: raw) {
    case "/DeviceGray", "/G", "/CalGray", "/Indexed", "/I", "/Separation": return 1
    case "/DeviceRGB", "/RGB", "/CalRGB", "/Lab": return 3
    case "/DeviceCMYK", "/CMYK": return 4
    case "/ICCBased":
      let profile = qpdf_oh_get_array_item(qpdf, space, 1)
      let count = qpdf_oh_get_key(qpdf, qpdf_oh_get_dict(qpdf, profile), "/N")
      return qpdf_oh_is_integer(qpdf, count) == QPDF_TRUE ? Int(qpdf_oh_get_int_value(qpdf, count)) : nil
    default: return nil
    }
  }
}
