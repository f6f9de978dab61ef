import CQPDF
import ManualContent

/// The PNG and TIFF predictors of Flate and LZW streams size their row buffer from the
/// stream's own parameters: `/Columns 2000000000` would have qpdf allocate gigabytes.
enum PredictorCheck {
  static func refusal(_ qpdf: qpdf_data, _ parameters: qpdf_oh) -> LocalizedText? {
    guard qpdf_oh_is_dictionary(qpdf, parameters) == QPDF_TRUE else { return nil }
    func value(_ key: String, _ otherwise: Int) -> Int {
      let object = qpdf_oh_get_key(qpdf, parameters, key)
      return qpdf_oh_is_integer(qpdf, object) == QPDF_TRUE
        ? Int(qpdf_oh_get_int_value(qpdf, object)) : otherwise
    }
    return refusal(
      predictor: value("/Predictor", 1), columns: value("/Columns", 1), colors: value("/Colors", 1),
      bits: value("/BitsPerComponent", 8))
  }

  static func refusal(predictor: Int, columns: Int, colors: Int, bits: Int) -> LocalizedText? {
    guard predictor > 1 else { return nil }
    let limit = BundleLimits.maximumPredictorRowBytes
    guard (1...(1 << 24)).contains(columns), (1...32).contains(colors), [1, 2, 4, 8, 16].contains(bits),
      (columns * colors * bits + 7) / 8 <= limit
    else {
      return LocalizedText(
        th: "ค่าตัวทำนาย (predictor) กำหนดแถวข้อมูลใหญ่เกิน \(limit) ไบต์ (ขีดจำกัด)",
        en: "its predictor parameters ask for rows over \(limit) bytes (the limit)")
    }
    return nil
  }
}
