/// attachments.yaml: the documents a request uploads, and the file types CRIMES takes.
struct AttachmentsLoader {
  enum Keys {
    static let roles = Key<[YAMLNode]>.list("roles")
    static let schema = Schema.file([roles, GapSchema.list])
  }

  enum RoleKeys {
    static let id = Key.string("id")
    static let title = Key.text("title")
    static let types = Key<[(String, SourceLocation)]>.strings("types")
    static let declarations = Key<[(String, SourceLocation)]>.strings("declarations", required: false)
    static let schema = Schema(
      LocalizedText(th: "ชนิดเอกสารแนบ", en: "an attachment role"), [id, title, types, declarations])
  }

  let context: LoadContext

  func load() -> ([AttachmentRole], [Gap]) {
    guard let file = context.file("attachments.yaml"), let top = file.reader(Keys.schema, sink: context.sink)
    else { return ([], []) }
    let roles = context.each(top[Keys.roles], in: file.path, RoleKeys.schema, role)
    return (roles, context.gaps(top))
  }

  func role(_ reader: MappingReader) -> AttachmentRole? {
    guard let id = reader[RoleKeys.id], let title = reader[RoleKeys.title], let types = reader[RoleKeys.types]
    else { return nil }
    let declarations = reader[RoleKeys.declarations] ?? []
    for (id, location) in declarations { context.ledger.refer(.declaration, id, at: location) }
    context.ledger.define(.attachmentRole, id, at: reader.location(of: RoleKeys.id), sink: context.sink)
    // Strict: a type precheck cannot judge would make the site promise what precheck refuses.
    let fileTypes = types.compactMap { name, location -> FileType? in
      if let type = FileType(rawValue: name) { return type }
      context.sink.report(location, Messages.unknownFileType, ["value": name, "allowed": FileType.names])
      return nil
    }
    return AttachmentRole(
      id: id, title: title, fileTypes: fileTypes, declarationIDs: declarations.map(\.0))
  }
}
