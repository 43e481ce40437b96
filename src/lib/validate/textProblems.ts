import { message, showValue, type Message } from "./Issue.ts";

/*
 * Vietnamese text that went through the wrong encoding leaves recognisable traces:
 * - UTF-8 bytes read as Windows-1252 and saved again ("mojibake"): a lead character in
 *   Â–ß or à–ï followed by characters that are UTF-8 continuation bytes seen through 1252
 *   (U+0080–U+00BF or 1252's punctuation), e.g. "Vĩnh" → "VÄ©nh", "ở" → "á»Ÿ".
 * - Legacy Vietnamese font encodings (TCVN3/ABC, VNI) typed into a Unicode file: letters and
 *   symbols from Latin-1 that Vietnamese never uses, e.g. TCVN3 "VÜnh Phóc", VNI "Vónh Phuùc".
 * Vietnamese in Unicode uses only à á â ã è é ê ì í ò ó ô õ ù ú ý (and capitals) from Latin-1.
 * VNI writes a tone or a hat as a second character after the vowel, and some of those
 * characters are ordinary Vietnamese letters ("Phuùc" is u + ù for "ú"), so they are caught by
 * the pairs Vietnamese never writes: a vowel then ù or õ, a/e/o then â or ê, a/e then á, à or ã.
 */
const CP1252_CONTINUATION =
  "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178";
const MOJIBAKE = new RegExp(`[\u00c2-\u00df][${CP1252_CONTINUATION}]|[\u00e0-\u00ef][${CP1252_CONTINUATION}]{2}`, "u");
/** Latin-1 symbols and letters foreign to Vietnamese; ° ² ³ · are allowed (units, separators). */
const LEGACY_FONT =
  /[\u00a1-\u00af\u00b1\u00b4-\u00b6\u00b8-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/u;
const VNI_MARKS = /[aeiouy][ùõ]|[aeo][âê]|[ae][áàã]/iu;
/** Control, format and bidirectional characters: invisible, and some reorder the text around them. */
export const INVISIBLE =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u200b-\u200f\u2028-\u202f\u2060-\u2069\ufeff]/u;

const SAVE_AS_UTF8 = {
  vi: "mở tệp gốc và lưu lại dạng CSV UTF-8 (Excel: Lưu thành → CSV UTF-8)",
  en: "open the original file and save it again as CSV UTF-8 (Excel: Save As → CSV UTF-8)",
};

/** The first encoding problem in a piece of text, or null. Checked on every cell and header. */
export function textProblem(text: string): Message | null {
  if (text.includes("\ufffd")) {
    return message(
      "encoding-not-utf8",
      `${showValue(text)} có byte không đọc được theo UTF-8 (có thể tệp được lưu bằng Windows-1258 hoặc ANSI)`,
      `${showValue(text)} has bytes that are not valid UTF-8 (the file may have been saved as Windows-1258 or ANSI)`,
      SAVE_AS_UTF8,
    );
  }
  if (MOJIBAKE.test(text)) {
    return message(
      "encoding-mojibake",
      `${showValue(text)} có chữ bị lỗi mã hóa (UTF-8 bị đọc nhầm thành Windows-1252 rồi lưu lại)`,
      `${showValue(text)} has garbled letters (UTF-8 was read as Windows-1252 and saved again)`,
      { vi: "gõ lại hoặc chép lại chữ đúng từ nguồn", en: "retype it or copy the right text from the source" },
    );
  }
  if (LEGACY_FONT.test(text) || VNI_MARKS.test(text)) {
    return message(
      "encoding-legacy-font",
      `${showValue(text)} có ký tự lạ, giống chữ gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI`,
      `${showValue(text)} has stray characters, like text typed in the old TCVN3 (ABC) or VNI encodings`,
      {
        vi: "chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey)",
        en: "convert it to Unicode (for example with Unikey's converter)",
      },
    );
  }
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    const code = invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return message(
      "invisible-character",
      `${showValue(text)} có ký tự ẩn U+${code}`,
      `${showValue(text)} contains the invisible character U+${code}`,
      { vi: "xóa ký tự đó (thường do chép từ web hoặc Word)", en: "delete it (it usually comes from copying from the web or Word)" },
    );
  }
  return null;
}

/** Leading or trailing white space in a cell: shown as an error, never trimmed silently. */
export function spaceProblem(text: string): Message | null {
  if (text !== text.trim()) {
    return message(
      "stray-space",
      `${showValue(text)} có khoảng trắng ở đầu hoặc cuối`,
      `${showValue(text)} has a space at the start or end`,
      { vi: "xóa khoảng trắng thừa", en: "delete the extra space" },
    );
  }
  return null;
}

/**
 * A text cell a spreadsheet would run as a formula when someone opens the published CSV (the
 * "CSV injection" of OWASP): one starting with =, +, - or @. Leading tabs and line breaks are
 * already refused as stray space. Refused rather than rewritten, so the file stays byte for byte
 * what the editor wrote and the page shows what the CSV says.
 */
export function formulaProblem(text: string): Message | null {
  if (!/^[=+\-@]/u.test(text)) return null;
  return message(
    "text-formula",
    `${showValue(text)} bắt đầu bằng “${text[0]}”: Excel và các bảng tính khác sẽ chạy ô này như một công thức khi mở tệp CSV`,
    `${showValue(text)} starts with “${text[0]}”: Excel and other spreadsheets would run the cell as a formula when the CSV is opened`,
    {
      vi: "viết lại để ô bắt đầu bằng chữ hoặc số, ví dụ “khoảng 5” thay cho “+5”, dấu trừ viết là “−” (U+2212), “tại” thay cho “@”",
      en: "reword it so the cell starts with a letter or a digit, e.g. “about 5” for “+5”, a minus sign written “−” (U+2212), “at” for “@”",
    },
  );
}
