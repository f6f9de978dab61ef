/// Words officers use for what the manual says in other words, and the Thai spellings of English
/// names. Each group's phrases find each other at a lower weight than the words typed. These are
/// general computer and office words, not the manual's facts, so they live here, not in content/.
enum SearchSynonyms {
  static let groups: [[String]] = [
    ["renew", "renewal", "extend", "ต่ออายุ", "expired", "expire", "lapsed", "หมดอายุ", "ใช้ไม่ได้"],
    ["log in", "login", "sign in", "ล็อกอิน", "ล็อคอิน", "เข้าสู่ระบบ"],
    ["upload", "attach", "อัปโหลด", "อัพโหลด", "แนบ"],
    ["rights", "privileges", "permissions", "access", "สิทธิ์", "สิทธิ"],
    ["additional", "extra", "more", "เพิ่มเติม", "เพิ่ม"],
    ["chrome", "google chrome", "โครม", "กูเกิลโครม", "กูเกิ้ลโครม"],
    ["version", "เวอร์ชั่น", "เวอร์ชัน"],
    ["password", "รหัสผ่าน", "พาสเวิร์ด"],
    ["user id", "username", "account", "รหัสผู้ใช้งาน", "ชื่อผู้ใช้"],
    ["file", "ไฟล์"],
    ["transfer", "moved", "ย้าย"],
    ["station", "unit", "สถานี", "หน่วยงาน"],
    ["personnel", "กำลังพล"],
  ]
}
