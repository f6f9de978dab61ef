/// Every message the content loader reports, in one place: the words staff read when the
/// content is wrong. Placeholders in braces are filled in where the problem is found.
enum Messages {
  // MARK: files

  static let fileMissing = Message(
    th: "ไม่พบไฟล์นี้", en: "this file is missing",
    fixTH: "สร้างไฟล์ {path} ในโฟลเดอร์เนื้อหา", fixEN: "create {path} in the content folder")
  static let fileUnreadable = Message(
    th: "อ่านไฟล์ไม่ได้ หรือไฟล์ใหญ่เกิน 1 MiB", en: "cannot read this file, or it is over 1 MiB",
    fixTH: "ตรวจสอบสิทธิ์และขนาดของไฟล์", fixEN: "check the file's permissions and size")
  static let fileNotUTF8 = Message(
    th: "ไฟล์ไม่ได้บันทึกเป็น UTF-8", en: "this file is not UTF-8 text",
    fixTH: "บันทึกไฟล์ใหม่เป็น UTF-8", fixEN: "save the file again as UTF-8")
  static let fileEmpty = Message(
    th: "ไฟล์ว่างเปล่า", en: "this file is empty",
    fixTH: "เขียนเนื้อหาลงในไฟล์", fixEN: "write the content into the file")
  static let invalidYAML = Message(
    th: "รูปแบบ YAML ไม่ถูกต้อง: {problem}", en: "this is not valid YAML: {problem}",
    fixTH: "ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูดในบรรทัดนี้หรือบรรทัดก่อนหน้า",
    fixEN: "check the indentation, the `:` and the quotes on this line or the line before")
  static let yamlUnreadable = Message(
    th: "อ่าน YAML ไม่ได้: {problem}", en: "cannot read the YAML: {problem}",
    fixTH: "ตรวจรูปแบบของไฟล์", fixEN: "check the file's format")

  // MARK: keys and values

  static let notAMapping = Message(
    th: "{what} ต้องเป็นชุดของ `ชื่อ: ค่า`", en: "{what} must be a set of `name: value` lines",
    fixTH: "เขียนเป็นบรรทัด `ชื่อ: ค่า` โดยใช้ชื่อ: {allowed}",
    fixEN: "write it as `name: value` lines, with names from: {allowed}")
  static let unknownKey = Message(
    th: "ไม่รู้จักช่อง `{key}` ใน{what} ช่องที่ใช้ได้คือ: {allowed}{hint}",
    en: "unknown field `{key}` in {what}; expected one of: {allowed}.{hint}",
    fixTH: "แก้ชื่อช่องให้ตรงกับช่องที่ใช้ได้ หรือลบบรรทัดนี้",
    fixEN: "rename it to one of the expected fields, or remove the line")
  static let didYouMean = LocalizedText(th: " หมายถึง `{key}` หรือไม่", en: " Did you mean `{key}`?")
  static let duplicateKey = Message(
    th: "ช่อง `{key}` ซ้ำ", en: "field `{key}` appears twice",
    fixTH: "เก็บไว้เพียงบรรทัดเดียว", fixEN: "keep only one of them")
  static let missingKey = Message(
    th: "ไม่มีช่อง `{key}`", en: "missing field `{key}`",
    fixTH: "เพิ่มบรรทัด `{key}: …`", fixEN: "add a line `{key}: …`")
  static let emptyValue = Message(
    th: "ช่อง `{key}` ว่างอยู่", en: "`{key}` is empty",
    fixTH: "ใส่ข้อความให้ช่อง `{key}`", fixEN: "write a value for `{key}`")
  static let wrongType = Message(
    th: "`{key}` ต้องเป็น{expected}", en: "`{key}` must be {expected}",
    fixTH: "แก้ค่าของ `{key}` ให้เป็น{expected}", fixEN: "change `{key}` to {expected}")
  static let untranslated = Message(
    th: "`{key}` มีข้อความภาษา{present}แต่ไม่มีภาษา{absent} (`{language}`)",
    en: "`{key}` has `{other}` text but no `{language}` text: untranslated",
    fixTH: "เพิ่ม `{language}: …` ถัดจาก `{other}:` ให้ครบทั้งสองภาษา",
    fixEN: "add `{language}: …` next to `{other}:` so that both languages say it")
  static let screenLabelNotQuoted = Message(
    th: "ข้อความภาษาอังกฤษต้องมีชื่อบนหน้าจอ {label} ตรงตามภาษาไทย เพราะหน้าจอ CRIMES เป็นภาษาไทย",
    en: "the English text must quote the Thai screen label {label} exactly: officers see a Thai screen",
    fixTH: "ใส่ {label} ในข้อความ `en:` พร้อมคำอธิบายภาษาอังกฤษ",
    fixEN: "write {label} in the `en:` text, followed by an English gloss in brackets")
  /// What a value must be, for `wrongType`.
  enum Expected {
    static let text = LocalizedText(th: "ข้อความ", en: "a text")
    static let wholeNumber = LocalizedText(th: "ตัวเลขจำนวนเต็ม", en: "a whole number")
    static let number = LocalizedText(th: "ตัวเลข", en: "a number")
    static let flag = LocalizedText(th: "true หรือ false", en: "true or false")
    static let list = LocalizedText(
      th: "รายการ (บรรทัดที่ขึ้นต้นด้วย - หรือ [ ... ])", en: "a list (`- item` lines or `[a, b]`)")
  }
  static let unknownValue = Message(
    th: "ไม่รู้จัก{what} `{value}`", en: "unknown {what} `{value}`",
    fixTH: "ใช้ค่าใดค่าหนึ่ง: {allowed}", fixEN: "use one of: {allowed}")
  static let unknownFileType = Message(
    th: "ไม่รู้จักชนิดไฟล์ `{value}` ต้องเป็นค่าใดค่าหนึ่ง: {allowed}",
    en: "unknown file type `{value}`; expected one of {allowed}",
    fixTH: "ใช้ชนิดไฟล์ที่ CRIMES รับ ({allowed}) หรือสอน precheck ให้รู้จักชนิดใหม่ก่อน (FileType)",
    fixEN: "use a type CRIMES takes ({allowed}), or first teach precheck the new type (FileType)")

  // MARK: ids and references

  static let badIDSpelling = Message(
    th: "รหัส{kind} `{id}` สะกดไม่ถูกต้อง รหัสต้องเป็นแบบ {pattern}",
    en: "the {kind} id `{id}` is not spelt as ids must be: {pattern}",
    fixTH: "ใช้ตัวอักษรอังกฤษตัวเล็ก ตัวเลข และ {joiner} เท่านั้น",
    fixEN: "use lower-case letters, digits and {joiner} only")
  static let duplicateID = Message(
    th: "รหัส{kind} `{id}` ซ้ำกับที่ {first}", en: "the {kind} id `{id}` is already used at {first}",
    fixTH: "ตั้งรหัสใหม่ที่ไม่ซ้ำ", fixEN: "give it an id of its own")
  static let danglingReference = Message(
    th: "ไม่มี{kind}รหัส `{id}` รหัสที่มีคือ: {known}", en: "there is no {kind} `{id}`; known ids: {known}",
    fixTH: "แก้ให้เป็นรหัสที่มีอยู่ หรือเพิ่มรหัสนี้ใน {home}",
    fixEN: "use one of the known ids, or define `{id}` in {home}")
  static let fixedIDMissing = Message(
    th: "ต้องมี{kind}รหัส `{id}` เพราะคำร้องที่เตรียมไว้อ้างถึงรหัสนี้",
    en: "the {kind} `{id}` must exist: request bundles name it",
    fixTH: "เพิ่ม `{id}` ใน {home}", fixEN: "define `{id}` in {home}")
  static let procedureNotInSections = Message(
    th: "ขั้นตอนงาน `{id}` ไม่อยู่ใน `sections:` ของ manual.yaml จึงไม่ปรากฏบนเว็บไซต์",
    en: "the procedure `{id}` is not in the `sections:` of manual.yaml, so the site would not show it",
    fixTH: "เพิ่ม `- procedure: {id}` ใน `sections:` ของ manual.yaml",
    fixEN: "add `- procedure: {id}` to the `sections:` of manual.yaml")

  // MARK: procedures

  static let idNotFileName = Message(
    th: "รหัส `{id}` ไม่ตรงกับชื่อไฟล์ `{expected}.yaml`",
    en: "the id `{id}` does not match the file name `{expected}.yaml`",
    fixTH: "ตั้งชื่อไฟล์เป็น `{id}.yaml` หรือแก้รหัสเป็น `{expected}`",
    fixEN: "name the file `{id}.yaml`, or change the id to `{expected}`")
  static let stepAttachmentNotListed = Message(
    th: "ขั้นตอน `{step}` แนบ `{role}` แต่ `attachments:` ของขั้นตอนงานไม่มี",
    en: "step `{step}` attaches `{role}`, which the procedure's `attachments:` does not list",
    fixTH: "เพิ่ม `{role}` ใน `attachments:` ของขั้นตอนงาน",
    fixEN: "add `{role}` to the procedure's `attachments:`")
  static let conditionWithoutTest = Message(
    th: "`when` ต้องมี `includes:` หรือ `is: true`", en: "`when` needs `includes:` or `is: true`",
    fixTH: "เพิ่ม `includes: <รหัสตัวเลือก>` หรือ `is: true`", fixEN: "add `includes: <choice id>` or `is: true`")
  static let calloutOutOfRange = Message(
    th: "`{key}` ต้องอยู่ระหว่าง 0 ถึง 100 (ร้อยละของภาพ)",
    en: "`{key}` must be between 0 and 100 (percent of the image)",
    fixTH: "แก้ `{key}` ให้อยู่ในช่วง 0–100", fixEN: "set `{key}` to a value from 0 to 100")
  static let imageMissing = Message(
    th: "ไม่พบไฟล์ภาพ `{image}`", en: "the image `{image}` does not exist",
    fixTH: "วางไฟล์ภาพไว้ในโฟลเดอร์เนื้อหา (เช่น figures/) แล้วระบุชื่อให้ตรง",
    fixEN: "put the image in the content folder (e.g. figures/) and give its path here")
  static let answerLeadsNowhere = Message(
    th: "คำตอบนี้ไม่ได้บอกว่าจะไปที่ใด", en: "this answer leads nowhere",
    fixTH: "เพิ่ม `next:` (คำถามถัดไป) `procedure:` หรือ `section:`",
    fixEN: "add `next:` (a question id), `procedure:` or `section:`")

  // MARK: rules

  static let ruleNotReported = Message(
    th: "precheck ไม่มีการตรวจที่รายงานกฎ `{id}`", en: "no check of precheck reports the rule `{id}`",
    fixTH: "ลบกฎนี้ หรือแก้รหัสให้ตรงกับ RuleID ของ precheck",
    fixEN: "remove the rule, or correct its id to one of precheck's RuleID")
  static let ruleNotDefined = Message(
    th: "precheck รายงานกฎ `{id}` แต่ rules.yaml ไม่มีคำอธิบายกฎนี้",
    en: "precheck reports the rule `{id}`, which rules.yaml does not define",
    fixTH: "เพิ่ม `- id: {id}` พร้อม severity, message, fix และ examples",
    fixEN: "add `- id: {id}` with its severity, message, fix and examples")
  static let exampleNeedsOneKind = Message(
    th: "ตัวอย่างต้องมี `manifest:` หรือ `files:` อย่างใดอย่างหนึ่งเท่านั้น",
    en: "an example needs exactly one of `manifest:` and `files:`",
    fixTH: "เขียน `manifest: |` ตามด้วยส่วนของ request.yaml ที่ผิด หรือ `files:` บอกว่าต้องสร้างไฟล์ใด",
    fixEN: "write `manifest: |` and a bad fragment of request.yaml, or `files:` saying what file to make")
  static let exampleManifestUnreadable = Message(
    th: "`manifest:` ต้องเป็นบรรทัด `ชื่อ: ค่า` ของ request.yaml ที่อ่านได้",
    en: "`manifest:` must be readable `name: value` lines of a request.yaml",
    fixTH: "เขียนเป็น `manifest: |` แล้วย่อหน้าบรรทัดของ request.yaml ใต้บรรทัดนั้น",
    fixEN: "write `manifest: |` and indent the request.yaml lines below it")
}
