/// finder.yaml: "which procedure do I need?", questions whose answers lead on.
struct FinderLoader {
  enum Keys {
    static let start = Key.string("start")
    static let questions = Key<[YAMLNode]>.list("questions")
    static let schema = Schema.file([start, questions])
  }

  enum QuestionKeys {
    static let id = Key.string("id")
    static let question = Key.text("question")
    static let answers = Key<[YAMLNode]>.list("answers")
    static let schema = Schema(LocalizedText(th: "คำถาม", en: "a question"), [id, question, answers])
  }

  enum AnswerKeys {
    static let text = Key.text("text")
    static let next = Key.string("next", required: false)
    static let procedure = Key.string("procedure", required: false)
    static let section = Key.string("section", required: false)
    static let schema = Schema(LocalizedText(th: "คำตอบ", en: "an answer"), [text, next, procedure, section])
    /// Where each target key leads, in the order an answer's target is chosen.
    static let targets: [(Key<String>, ReferenceLedger.Kind, @Sendable (String) -> Finder.Answer.Target)] = [
      (next, .question, { .question($0) }), (procedure, .procedure, { .procedure($0) }),
      (section, .section, { .section($0) }),
    ]
  }

  let context: LoadContext

  func load() -> Finder? {
    guard let file = context.file("finder.yaml"), let top = file.reader(Keys.schema, sink: context.sink)
    else { return nil }
    let start = top[Keys.start]
    if let start { context.ledger.refer(.question, start, at: top.location(of: Keys.start)) }
    let questions = context.each(top[Keys.questions], in: file.path, QuestionKeys.schema) {
      reader -> Finder.Question? in
      guard let id = reader[QuestionKeys.id], let question = reader[QuestionKeys.question] else { return nil }
      context.ledger.define(.question, id, at: reader.location(of: QuestionKeys.id), sink: context.sink)
      let answers = context.each(reader[QuestionKeys.answers], in: file.path, AnswerKeys.schema, answer)
      return Finder.Question(id: id, question: question, answers: answers)
    }
    guard let start else { return nil }
    return Finder(startID: start, questions: questions)
  }

  func answer(_ reader: MappingReader) -> Finder.Answer? {
    guard let text = reader[AnswerKeys.text] else { return nil }
    var target: Finder.Answer.Target?
    for (key, kind, lead) in AnswerKeys.targets {
      guard let id = reader[key] else { continue }
      context.ledger.refer(kind, id, at: reader.location(of: key))
      target = target ?? lead(id)
    }
    guard let target else {
      context.sink.report(reader.location, Messages.answerLeadsNowhere)
      return nil
    }
    return Finder.Answer(text: text, target: target)
  }
}
