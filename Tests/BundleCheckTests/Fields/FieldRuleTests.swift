import BundleCheck
import XCTest

/// The field rules of the request-bundle spec, one row per example.
final class FieldRuleTests: XCTestCase {
  func testNationalIDs() {
    let rows: [(String, Result<String, NationalID.Problem>)] = [
      ("1101700230708", .success("1101700230708")),  // the spec's example
      ("1-1017-00230-70-8", .success("1101700230708")),
      ("1 1017 00230 70 8", .success("1101700230708")),
      ("1101700230709", .failure(.checkDigit)),
      ("110170023070", .failure(.wrongLength(12))),
      ("11017002307080", .failure(.wrongLength(14))),
      // Typed on a Thai keyboard or through an East Asian input method: the same digits.
      ("๑๑๐๑๗๐๐๒๓๐๗๐๘", .success("1101700230708")),
      ("๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘", .success("1101700230708")),
      ("1101700230７08", .success("1101700230708")),
      ("๑๑๐๑๗๐๐๒๓๐๗๐๙", .failure(.checkDigit)),
      ("11017002307٠8", .failure(.notDigits)),  // an Arabic-Indic zero: not read as 0
      ("ID 1101700230708", .failure(.notDigits)),
      ("", .failure(.wrongLength(0))),
    ]
    for (input, expected) in rows {
      XCTAssertEqual(NationalID.validate(input), expected, input)
    }
  }

  func testTheNationalIDIsMaskedButItsLastFourDigits() {
    XCTAssertEqual(NationalID.masked("1-1017-00230-70-8"), "•••••••••0708")
    XCTAssertFalse(NationalID.masked("1101700230708").contains("110170023"))
  }

  func testThaiPhoneNumbers() {
    let rows: [(String, String?, ThaiPhone.Kind?)] = [
      ("081-234-5678", "0812345678", .mobile),
      ("0812345678", "0812345678", .mobile),
      ("+66 81 234 5678", "0812345678", .mobile),
      ("06 1234 5678", "0612345678", .mobile),
      ("02-123-4567", "021234567", .landline),
      ("+66 2 123 4567", "021234567", .landline),
      ("0712345678", nil, nil),  // 10 digits but not 06/08/09
      ("081234567", "081234567", .landline),  // 9 digits starting 0 is a landline form
      ("812345678", nil, nil),
      ("08123456789", nil, nil),
      ("081-234-567x", nil, nil),
      ("๐๘๑-๒๓๔-๕๖๗๘", "0812345678", .mobile),
      ("+๖๖ ๘๑ ๒๓๔ ๕๖๗๘", "0812345678", .mobile),
    ]
    for (input, number, kind) in rows {
      let result = ThaiPhone.validate(input)
      XCTAssertEqual(result?.number, number, input)
      XCTAssertEqual(result?.kind, kind, input)
    }
  }
}
