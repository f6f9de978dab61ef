import ManualContent

/// Procedures by id, for the pages that go through every section of the manual (home, print,
/// the manual's deck). `Manual.procedure(_:)` searches the list, copying each procedure it
/// passes: called for every section, it made those pages quadratic in the number of
/// procedures (5 million procedure copies per build at N = 1,000, issue 12). Built once per
/// page; the first procedure with an id wins, as `Manual.procedure(_:)` has it.
struct ProcedureLookup {
  private let manual: Manual
  private let positions: [String: Int]

  init(_ manual: Manual) {
    self.manual = manual
    var positions: [String: Int] = [:]
    for (index, procedure) in manual.procedures.enumerated() where positions[procedure.id] == nil {
      positions[procedure.id] = index
    }
    self.positions = positions
  }

  func procedure(_ id: String) -> Procedure? { positions[id].map { manual.procedures[$0] } }
}
