import ManualContent

/// The words of the pre-check page and of its scripts, in both languages. Rule messages and
/// field labels are not here: they come from the content (`rules.yaml`, `fields.yaml`).
enum CheckPageWords {
  static func t(_ th: String, _ en: String) -> LocalizedText { LocalizedText(th: th, en: en) }

  static let all: [String: LocalizedText] = [
    "title": t("ตรวจคำร้องก่อนส่ง", "Check your request before you send it"),
    "link": t(
      "ตรวจคำร้องก่อนส่ง ในเบราว์เซอร์นี้ ไม่ต้องติดตั้งโปรแกรม",
      "Check your request before you send it, in this browser, with nothing to install"),
    "lead": t(
      "ตรวจคำร้องด้วยกฎเดียวกับโปรแกรม precheck ในเครื่องนี้เอง ไม่มีข้อมูลใดถูกส่งออกไป และไม่มีการบันทึกเก็บไว้",
      "This page checks your request with the same rules as the precheck program, on this computer: nothing is sent anywhere and nothing is kept."
    ),
    "noscript": t(
      "หน้านี้ต้องเปิดใช้ JavaScript จึงจะตรวจได้ หากเปิดไม่ได้ ให้ตรวจชุดเอกสารด้วยคำสั่ง precheck <โฟลเดอร์> แทน",
      "This page needs JavaScript to check a request. Without it, check the bundle with the command precheck <folder>."
    ),
    "fill.heading": t("กรอกคำร้องในหน้านี้", "Fill in the request on this page"),
    "procedure.label": t("ขั้นตอนงาน", "Procedure"),
    "procedure.choose": t("เลือกขั้นตอนงาน", "Choose the procedure"),
    "attachments.heading": t("เอกสารแนบ", "Attachments"),
    "attachment.file": t("ไฟล์ .pdf หรือ .jpg ที่สแกนไว้", "The scanned .pdf or .jpg file"),
    "choices.other": t(
      "รายการอื่น (คั่นด้วยจุลภาค ให้ตรวจชื่อกับ ศทก.)", "Others (separated by commas; check the names with ศทก.)"),
    "assignment.none": t("ไม่มี", "Neither"),
    "assignment.unit": t("หน่วยที่ไปช่วยราชการ", "The unit you will serve at"),
    "assignment.second-station": t("ปฏิบัติหน้าที่ 2 สถานี", "I work at 2 stations"),
    "check": t("ตรวจ", "Check"),
    "save": t("บันทึก request.yaml", "Save request.yaml"),
    "save.note": t(
      "เก็บ request.yaml ไว้ในโฟลเดอร์เดียวกับไฟล์แนบ แล้วตรวจซ้ำได้ทั้งด้วยหน้านี้และด้วย precheck",
      "Keep request.yaml in one folder with the attached files; this page and precheck can both check it again."
    ),
    "open.heading": t("ตรวจชุดเอกสารที่มีอยู่แล้ว", "Check a bundle you already have"),
    "open.folder": t("โฟลเดอร์ของชุดเอกสาร", "The bundle folder"),
    "open.zip": t("หรือไฟล์ .zip ของชุดเอกสาร", "Or the bundle as a .zip file"),
    "report.heading": t("ผลการตรวจ", "Result"),
    "summary.title": t("มีข้อที่ต้องแก้ไข", "There is a problem"),
    "ready.title": t("พร้อมส่ง", "Ready to send"),
    "ready.text": t(
      "ไม่พบข้อผิดพลาด ส่งคำร้องผ่านระบบ CRIMES ได้", "Nothing needs fixing: you can send the request through CRIMES."
    ),
    "unreadable.title": t("ตรวจไม่ได้", "Nothing could be checked"),
    "warnings": t("ควรตรวจดู", "Worth a look"),
    "advice": t("ข้อแนะนำจากคู่มือ", "Advice from the manual"),
    "help": t("ดูวิธีทำในคู่มือ", "How to do this, in the guide"),
    "line": t("บรรทัด {line}", "line {line}"),
    "progress": t("กำลังตรวจ {file} …", "Checking {file} …"),
    "progress.done": t("ตรวจเสร็จแล้ว", "The check is finished"),
    "deeper": t(
      "precheck ตรวจไฟล์ PDF ได้ละเอียดกว่าเบราว์เซอร์ ก่อนส่งจริงให้ตรวจด้วย precheck อีกครั้งหากทำได้",
      "precheck reads PDF files more deeply than a browser can: if you can, check with precheck as well before you send."
    ),
    "zip.bad": t("อ่านไฟล์ zip ไม่ได้ ให้สร้างไฟล์ zip ใหม่", "The zip cannot be read: make it again."),
    "zip.not": t("ไฟล์ที่เลือกไม่ใช่ไฟล์ .zip", "The file chosen is not a .zip file."),
    "read.failed": t("อ่านไฟล์ไม่ได้", "the file cannot be read"),
    "manifest.not-map": t("ไม่ได้เขียนเป็นบรรทัด `ชื่อ: ค่า`", "it is not a set of `name: value` lines"),
    "manifest.not-utf8": t("ไม่ได้บันทึกเป็นข้อความ UTF-8", "it is not saved as UTF-8 text"),
    "manifest.empty": t("ไฟล์ว่างเปล่า", "it is empty"),
    "manifest.too-large": t(
      "ไฟล์ใหญ่เกินไป ({bytes} ไบต์)", "it is {bytes} bytes, over the {limit} a request needs"),
    "manifest.syntax": t("บรรทัด {line} คอลัมน์ {column}: {detail}", "line {line}, column {column}: {detail}"),
    "manifest.anchor": t(
      "บรรทัด {line} คอลัมน์ {column}: ห้ามใช้ anchor และ alias ของ YAML (& และ *)",
      "line {line}, column {column}: YAML anchors and aliases (& and *) are not allowed"),
    "manifest.deep": t("บรรทัด {line}: ซ้อนกันลึกเกินไป", "line {line}: it is nested too deeply"),
    "file.too-large": t("อ่านไม่ได้ หรือใหญ่เกิน {mib} MiB", "unreadable, or over {mib} MiB"),
    "text": t("ข้อความ", "a text"),
    "list": t("รายการ เช่น [a, b]", "a list, like [a, b]"),
    "assignment.map": t("ชุดของ `kind:` และ `unit:`", "a set of `kind:` and `unit:` lines"),
    "boolean": t("true หรือ false", "true or false"),
    "second-station.label": t("การปฏิบัติหน้าที่ 2 สถานี", "Working at 2 stations"),
    "attachments.label": t("รายการเอกสารแนบ", "The attachments list"),
    "attachments.expected": t("รายการ (บรรทัดที่ขึ้นต้นด้วย -)", "a list (lines starting with -)"),
    "attachment.label": t("เอกสารแนบ", "An attachment"),
    "attachment.expected": t("ชุดของ `file:` และ `role:`", "a set of `file:` and `role:` lines"),
    "file-name.label": t("ชื่อไฟล์", "The file name"),
    "or": t(" หรือ ", " or "),
    "id.length": t("มี {count} หลัก ต้องมี 13 หลัก", "it has {count} digits, not 13"),
    "id.digits": t("มีอักขระที่ไม่ใช่ตัวเลข", "it has characters other than digits"),
    "id.check": t("หลักสุดท้ายไม่ตรงกับ 12 หลักแรก", "the last digit does not match the first twelve"),
    "kind.pdf": t("PDF", "a PDF"),
    "kind.jpeg": t("ภาพ JPEG", "a JPEG picture"),
    "kind.png": t("ภาพ PNG", "a PNG picture"),
    "kind.gif": t("ภาพ GIF", "a GIF picture"),
    "kind.zip": t("ไฟล์ zip หรือ Word", "a zip or Word file"),
    "kind.empty": t("ไฟล์ว่าง", "empty"),
    "kind.unknown": t("ไฟล์ชนิดอื่น", "another kind of file"),
    "zip.many": t("มีมากกว่า {count} ไฟล์", "more than {count} files"),
    "zip.ratio": t("{file} ขยายได้ {ratio} เท่าของขนาดที่บีบอัด", "{file} inflates {ratio} times its packed size"),
    "zip.total": t("ขยายแล้ว {bytes} ไบต์ เกิน {limit}", "{bytes} bytes unpacked, over {limit}"),
    "zip.duplicate": t("มีชื่อ {file} ซ้ำกัน", "{file} is in it twice"),
  ]
}
