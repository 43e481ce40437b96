import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/lib/validate/Issue.ts";
import {
  both,
  encodeUtf8,
  validateEdit,
  locate,
  replaceOnLine,
  setCell,
  everyLine,
  windows1258,
  rawCell,
  ORIGINAL_TEXT,
  type Edit,
} from "./validatePackageFixture.ts";

/* The validator on text as editors' tools save it: encodings, line ends, byte order marks, delimiters. */

describe("encoding", () => {
  it("a CSV saved as Windows-1258 is reported on every row that has Vietnamese letters, at its first such cell", () => {
    const result = validateEdit("groups.csv", (text) => windows1258(text));
    const groups = ORIGINAL_TEXT("groups.csv").split("\n");
    // Rows 2.. whose Vietnamese name (cell 3) has a non-ASCII letter; the id, breakdown and English name have none.
    const expected = groups.flatMap((line, i) =>
      i > 0 && /[^\x00-\x7f]/.test(line) ? [`data/groups.csv:${i + 1}:3 encoding-not-utf8`] : [],
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(locate(result)).toEqual(expected);
  });

  it("a CSV saved as Windows-1258 tells the editor how to save it again, in both languages", () => {
    const issue = validateEdit("groups.csv", (text) => windows1258(text)).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/groups.csv:2:3: name_vi: "Thu��c h�� nghe�o, kh�ng co� ng���i phu�ng d���ng, t�� 60…" có byte không đọc được theo UTF-8 (có thể tệp được lưu bằng Windows-1258 hoặc ANSI) — mở tệp gốc và lưu lại dạng CSV UTF-8 (Excel: Lưu thành → CSV UTF-8) / "Thu��c h�� nghe�o, kh�ng co� ng���i phu�ng d���ng, t�� 60…" has bytes that are not valid UTF-8 (the file may have been saved as Windows-1258 or ANSI) — open the original file and save it again as CSV UTF-8 (Excel: Save As → CSV UTF-8)"`,
    );
  });

  it("raw Latin-1 bytes (0xE0, 0xF2) that are not UTF-8 are reported at their cell", () => {
    // "Kàt quò" in Latin-1: each accented letter is one byte that cannot start a UTF-8 character here.
    const latin1 = Uint8Array.from([0x4b, 0xe0, 0x74, 0x20, 0x71, 0x75, 0xf2]);
    const result = validateEdit("observations.csv", rawCell(5, "Kết quả sơ bộ.", latin1));
    expect(locate(result)).toEqual(["data/observations.csv:5:8 encoding-not-utf8"]);
  });

  it.each([
    [
      "mojibake (UTF-8 read as Windows-1252 and saved)",
      "areas.csv",
      replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "VÄ©nh PhÃºc,Vĩnh Phúc"),
      "data/areas.csv:3:5 encoding-mojibake",
    ],
    [
      "mojibake made by decoding the real UTF-8 bytes as Windows-1252",
      "observations.csv",
      replaceOnLine(5, "Kết quả sơ bộ.", new TextDecoder("windows-1252").decode(encodeUtf8("Kết quả sơ bộ."))),
      "data/observations.csv:5:8 encoding-mojibake",
    ],
    [
      "a TCVN3 (ABC) remnant",
      "areas.csv",
      replaceOnLine(4, "Vĩnh Yên,Vĩnh Yên", "VÜnh Yªn,Vĩnh Yên"),
      "data/areas.csv:4:5 encoding-legacy-font",
    ],
    [
      "a VNI remnant",
      "areas.csv",
      replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "Vónh Phuùc,Vĩnh Phúc"),
      "data/areas.csv:3:5 encoding-legacy-font",
    ],
    [
      "a VNI remnant in capitals",
      "areas.csv",
      replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "VÓNH PHUÙC,Vĩnh Phúc"),
      "data/areas.csv:3:5 encoding-legacy-font",
    ],
    [
      "a VNI remnant with a hat (Tam Ñaûo)",
      "areas.csv",
      replaceOnLine(8, "Tam Đảo,Tam Đảo", "Tam Ñaûo,Tam Đảo"),
      "data/areas.csv:8:5 encoding-legacy-font",
    ],
    ["a zero-width space in a cell", "observations.csv", setCell(2, 7, "ldxh-2022\u200b"), "data/observations.csv:2:7 invisible-character"],
    [
      "a byte order mark in the middle of the file",
      "observations.csv",
      setCell(2, 1, "\ufeff26"),
      "data/observations.csv:2:1 invisible-character",
    ],
    ["a space at the end of a cell", "observations.csv", setCell(2, 6, "over "), "data/observations.csv:2:6 stray-space"],
  ])("%s is reported at its cell", (_name, file, edit, expected) => {
    expect(locate(validateEdit(file, edit))).toEqual([expected]);
  });

  it("mojibake says what happened and what to do", () => {
    const issue = validateEdit("areas.csv", replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "VÄ©nh PhÃºc,Vĩnh Phúc")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/areas.csv:3:5: name_vi: "VÄ©nh PhÃºc" có chữ bị lỗi mã hóa (UTF-8 bị đọc nhầm thành Windows-1252 rồi lưu lại) — gõ lại hoặc chép lại chữ đúng từ nguồn / "VÄ©nh PhÃºc" has garbled letters (UTF-8 was read as Windows-1252 and saved again) — retype it or copy the right text from the source"`,
    );
  });

  it("a VNI remnant names the old encodings", () => {
    const issue = validateEdit("areas.csv", replaceOnLine(3, "Vĩnh Phúc,Vĩnh Phúc", "Vónh Phuùc,Vĩnh Phúc")).issues[0]!;
    expect(issue.en).toContain("VNI");
    expect(issue.vi).toContain("VNI");
  });
});

describe("accepted and normalised inputs", () => {
  const crlf = (text: string) => text.replace(/\n/g, "\r\n");
  it.each<[string, string, Edit]>([
    ["a UTF-8 byte order mark", "observations.csv", (text) => `\ufeff${text}`],
    ["a UTF-8 byte order mark on the header of a table others refer to", "areas.csv", (text) => `\ufeff${text}`],
    ["Windows line ends (CRLF)", "observations.csv", crlf],
    ["Windows line ends in a file with quoted cells", "sources.csv", crlf],
    [
      "a byte order mark, CRLF line ends and NFD text all at once, as some Windows tools save",
      "areas.csv",
      (text) => `\ufeff${crlf(text.normalize("NFD"))}`,
    ],
    [
      "CRLF line ends inside a multi-line quoted cell",
      "observations.csv",
      (text) => crlf(replaceOnLine(28, "15 phường, 16 thị trấn", "15 phường,\n16 thị trấn")(text)),
    ],
    ["a mix of CRLF and LF line ends", "observations.csv", everyLine((line, n) => (n % 2 ? `${line}\r` : line))],
    ["old Mac line ends (CR only)", "groups.csv", (text) => text.replace(/\n/g, "\r")],
    ["decomposed (NFD) Vietnamese, as macOS writes it", "areas.csv", (text) => text.normalize("NFD")],
    ["decomposed (NFD) Vietnamese in every cell of the biggest table", "observations.csv", (text) => text.normalize("NFD")],
    ["no line end after the last row", "observations.csv", (text) => text.replace(/\n$/, "")],
    ["extra empty lines at the end of the file", "observations.csv", (text) => `${text}\n\n\n`],
  ])("%s gives zero issues", (_name, file, edit) => {
    expect(validateEdit(file, edit).issues.map(formatIssue)).toEqual([]);
  });

  it("composes NFD text to NFC, so names compare equal to the rest of the site's text", () => {
    const result = validateEdit("areas.csv", (text) => text.normalize("NFD"));
    const yen = result.tables.get("areas")!.rows.find((r) => r.values["code"] === "243")!;
    expect(yen.values["name_vi"]).toBe("Vĩnh Yên");
    expect(yen.values["name_vi"]).toBe("Vĩnh Yên".normalize("NFC"));
  });

  it("keeps line numbers right after CRLF line ends", () => {
    const result = validateEdit("observations.csv", both(setCell(40, 5, "120.000"), crlf));
    expect(locate(result)).toEqual(["data/observations.csv:40:5 number-thousands-separator"]);
  });
});

describe("delimiter", () => {
  it.each([
    ["semicolons (Excel with a Vietnamese or European list separator)", ";"],
    ["tabs (copied from a spreadsheet)", "\t"],
  ])("a file separated by %s is reported once, on line 1", (_name, separator) => {
    // The quoted cells keep their commas, as Excel writes them.
    const result = validateEdit(
      "groups.csv",
      everyLine((line) => line.replace(/("[^"]*"|[^,]*),/g, `$1${separator}`)),
    );
    expect(locate(result)).toEqual(["data/groups.csv:1:1 wrong-delimiter"]);
  });

  it("a semicolon file says what to choose in Excel", () => {
    const issue = validateEdit("areas.csv", (text) => text.replaceAll(",", ";")).issues[0]!;
    expect(formatIssue(issue)).toMatchInlineSnapshot(
      `"data/areas.csv:1:1: các cột được ngăn bằng dấu chấm phẩy (;), không phải dấu phẩy — trong Excel chọn Lưu thành → CSV UTF-8 (phân tách bằng dấu phẩy) / columns are separated by semicolons (;), not commas — in Excel choose Save As → CSV UTF-8 (comma delimited)"`,
    );
  });

  it("a table others refer to that cannot be read does not make every reference to it an error", () => {
    expect(locate(validateEdit("areas.csv", (text) => text.replaceAll(",", ";")))).toEqual(["data/areas.csv:1:1 wrong-delimiter"]);
  });
});
