import { describe, expect, it } from "vitest";
import { check, checkStory, englishStory, FILE, locate, story } from "./storiesFixture.ts";

/*
 * checkSite on story files: the frontmatter block, its schema, the ids it names, dates,
 * translations, the photo, and where a story file may be. Every case adds or edits one story of
 * the fixture package and names the exact FILE:LINE:COLUMN and code an editor is sent to.
 * Line numbers are those of storiesFixture.ts's STORY (line 12 holds the fields a case adds).
 */

describe("checkSite on the fixture's stories", () => {
  it("passes the fixture, stories included, with no issue", () => {
    expect(locate(check())).toEqual([]);
  });

  it("lists the valid stories newest first, the same day by slug", () => {
    const result = checkStory(story({ published: "2026-11-28" }));
    expect(locate(result)).toEqual([]);
    expect(result.stories.map((s) => `${s.lang}/${s.slug} ${s.published}`)).toEqual([
      "vi/thu 2026-11-28",
      "vi/nguoi-cao-tuoi-va-muc-chuan-tro-cap 2026-11-25",
      "vi/du-an-vie070-o-vinh-phuc 2026-11-20",
      "en/project-vie070-in-vinh-phuc 2026-11-20",
    ]);
  });

  it("keeps a valid story's fields, with empty lists and nulls for what it leaves out", () => {
    const result = checkStory(story({ clubs: null, programmes: null, districts: null, indicators: null }));
    expect(result.stories.find((s) => s.slug === "thu")).toMatchObject({
      file: FILE,
      lang: "vi",
      title: "Câu lạc bộ thôn Đông",
      clubs: [],
      programmes: [],
      districts: [],
      indicators: [],
      sources: ["ldxh-2022", "baovinhphuc-2020"],
      translation: null,
      updated: null,
      photo: null,
    });
  });

  it("accepts a story published today (NOW is 30 November 2026 in Viet Nam)", () => {
    expect(locate(checkStory(story({ published: "2026-11-30", updated: "2026-11-30" })))).toEqual([]);
  });
});

describe("checkSite refuses a story's frontmatter at its FILE:LINE:COLUMN", () => {
  it.each([
    ["no frontmatter block", "Chỉ có nội dung, không có phần thông tin.\n", [`${FILE}:1:1 story-frontmatter`]],
    ["a frontmatter block that is never closed", story().replace(/\n---\n\n/, "\n\n"), [`${FILE}:1:1 story-frontmatter`]],
    ["a quote left open (invalid YAML)", story({ title: '"Câu lạc bộ' }), [`${FILE}:2:19 story-frontmatter`]],
    ["an unquoted title holding a colon (invalid YAML)", story({ title: "Câu lạc bộ: thôn Đông" }), [`${FILE}:2:8 story-frontmatter`]],
    ["a duplicate key", story({ lang: "vi\nlang: en" }), [`${FILE}:5:1 story-frontmatter`]],
    [
      "a misspelt field (sourcse), which leaves sources missing",
      story({ sources: null, sourcse: "[ldxh-2022]" }),
      [`${FILE}:1:1 story-frontmatter`, `${FILE}:12:1 story-frontmatter`],
    ],
    ["a missing title", story({ title: null }), [`${FILE}:1:1 story-frontmatter`]],
    ["an empty summary", story({ summary: '""' }), [`${FILE}:3:10 story-frontmatter`]],
    ["a title over 120 characters", story({ title: `"${"Câu lạc bộ ".repeat(11)}"` }), [`${FILE}:2:8 story-frontmatter`]],
    ["a number as title", story({ title: "12" }), [`${FILE}:2:8 story-frontmatter`]],
    ["a club written as text, not a list", story({ clubs: "lung-hoa-dong" }), [`${FILE}:7:8 story-frontmatter`]],
    ["an empty list of sources", story({ sources: "[]" }), [`${FILE}:11:10 story-frontmatter`]],
    ["a source id with capitals", story({ sources: "[ldxh-2022, LDXH]" }), [`${FILE}:11:22 story-frontmatter`]],
    ["a date written 30/11/2026", story({ published: "30/11/2026" }), [`${FILE}:5:12 story-frontmatter`]],
    ["a language that is neither vi nor en", story({ lang: "fr" }), [`${FILE}:4:7 story-frontmatter`]],
    ["lang en in the vi folder", story({ lang: "en" }), [`${FILE}:4:7 story-field`]],
    ["a publication date in the future", story({ published: "2026-12-01" }), [`${FILE}:5:12 story-field`]],
    ["a date that does not exist", story({ published: "2026-02-30" }), [`${FILE}:5:12 story-field`]],
    ["an update before publication", story({ updated: "2026-10-01" }), [`${FILE}:12:10 story-field`]],
    ["an update in the future", story({ updated: "2027-01-01" }), [`${FILE}:12:10 story-field`]],
  ])("%s", (_, text, expected) => {
    const result = checkStory(text);
    expect(locate(result)).toEqual(expected);
    expect(result.stories.map((s) => s.slug)).not.toContain("thu");
  });
});

describe("checkSite says what is wrong with a value of the wrong type", () => {
  // zod 4 leaves `input` out of its issues unless asked (reportInput), so frontmatterIssues
  // takes every invalid_type for a missing field.
  it("title: 12 is text that is missing its quotes, not a missing title", () => {
    expect(checkStory(story({ title: "12" })).issues[0]!.en).not.toContain("missing");
  });

  it("clubs: lung-hoa-dong must be a list, not 'missing'", () => {
    expect(checkStory(story({ clubs: "lung-hoa-dong" })).issues[0]!.en).toMatch(/clubs must be a list/);
  });
});

describe("checkSite refuses an id a story names that is not in the data, at the list item", () => {
  it.each([
    ["clubs", "[lung-hoa-dong, lung-hoa-tay]", 7, 24],
    ["programmes", "[vie070, vie999]", 8, 22],
    ["districts", "[vinh-tuong, me-linh]", 9, 25],
    // A province is an area, but not a district.
    ["districts", "[vinh-tuong, vinh-phuc]", 9, 25],
    ["indicators", "[vie070_clubs, vie070_club]", 10, 28],
    ["sources", "[ldxh-2022, nope-2020]", 11, 22],
  ])("an unknown %s id: %s", (field, value, line, column) => {
    const result = checkStory(story({ [field]: value }));
    expect(locate(result)).toEqual([`${FILE}:${line}:${column} story-field`]);
    expect(result.issues[0]!.field).toBe(field);
  });

  it("names each unknown id of a block list at its own line", () => {
    expect(locate(checkStory(story({ sources: "\n  - ldxh-2022\n  - nope-2020\n  - nope-2021" })))).toEqual([
      `${FILE}:13:5 story-field`,
      `${FILE}:14:5 story-field`,
    ]);
  });

  it("counts lines the same in a file saved with CRLF line ends and a BOM", () => {
    const text = `\ufeff${story({ sources: "[ldxh-2022, nope-2020]" }).replace(/\n/g, "\r\n")}`;
    expect(locate(checkStory(text))).toEqual([`${FILE}:11:22 story-field`]);
  });
});

describe("checkSite: translations point at each other", () => {
  it("accepts a pair that names each other", () => {
    const result = check({
      "stories/vi/thu.md": () => story({ translation: "test" }),
      "stories/en/test.md": () => englishStory({ translation: "thu" }),
    });
    expect(locate(result)).toEqual([]);
    expect(result.stories.find((s) => s.slug === "test")).toMatchObject({ lang: "en", translation: "thu" });
  });

  it("refuses a translation that does not exist, at the translation field", () => {
    expect(locate(checkStory(story({ translation: "no-such-story" })))).toEqual([`${FILE}:12:14 story-field`]);
  });

  it("refuses a translation in the same folder: it must be in the other language's", () => {
    expect(locate(checkStory(story({ translation: "du-an-vie070-o-vinh-phuc" })))).toEqual([`${FILE}:12:14 story-field`]);
  });

  it("refuses a translation that points to another story, at the story that is not pointed back to", () => {
    // project-vie070-in-vinh-phuc names du-an-vie070-o-vinh-phuc as its translation, not thu.
    expect(locate(checkStory(story({ translation: "project-vie070-in-vinh-phuc" })))).toEqual([`${FILE}:12:14 story-field`]);
  });
});

describe("checkSite: the photo", () => {
  const photo = (src: string) => `\n  src: ${src}\n  alt: "Hội viên câu lạc bộ"\n  credit: "Ban biên tập"\n  licence: "CC BY 4.0"`;
  it.each([
    ["a path out of the stories folder", "../datapackage.json"],
    ["a path into another folder of the package", "../geo/districts.topo.json"],
    ["an absolute path", "/etc/passwd"],
    ["an address on another host", "https://evil.example/x.jpg"],
    ["a photo that is not there", "images/le-ra-mat.jpg"],
  ])("refuses %s at photo.src", (_, src) => {
    const result = checkStory(story({ photo: photo(src) }));
    expect(locate(result)).toEqual([`${FILE}:13:8 story-field`]);
    expect(result.issues[0]!.field).toBe("photo.src");
  });

  it("refuses a photo file that is not an image", () => {
    const result = check({
      "stories/vi/thu.md": () => story({ photo: photo("images/le-ra-mat.jpg") }),
      "stories/images/le-ra-mat.jpg": () => "<svg onload=alert(1)>",
    });
    expect(locate(result)).toEqual([`${FILE}:13:8 story-field`]);
  });

  it("accepts a JPEG in stories/images/", () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    const result = check({
      "stories/vi/thu.md": () => story({ photo: photo("images/le-ra-mat.jpg") }),
      "stories/images/le-ra-mat.jpg": () => jpeg,
    });
    expect(locate(result)).toEqual([]);
    expect(result.stories.find((s) => s.slug === "thu")?.photo).toMatchObject({ src: "images/le-ra-mat.jpg", licence: "CC BY 4.0" });
  });

  it("refuses a photo without its credit, at the photo's fields", () => {
    expect(locate(checkStory(story({ photo: '\n  src: images/x.jpg\n  alt: "x"\n  licence: "CC BY 4.0"' })))).toEqual([
      `${FILE}:13:3 story-frontmatter`,
    ]);
  });

  it("names an unknown field inside photo at its own line, as photo.href", () => {
    const result = checkStory(story({ photo: `${photo("images/x.jpg")}\n  href: "https://evil.example/"` }));
    expect(result.issues.map((i) => `${i.line}:${i.column} ${i.field}`)).toContain("17:3 photo.href");
  });
});

describe("checkSite: where a story file may be", () => {
  it.each([
    ["stories/x.md"],
    ["stories/vi/Bad Name.md"],
    ["stories/vi/cau_lac_bo.md"],
    ["stories/vi/câu-lạc-bộ.md"],
    ["stories/fr/club.md"],
    ["stories/vi/sub/club.md"],
    ["stories/vi/club.markdown"],
    ["stories/images/photo.gif"],
  ])("refuses %s at line 1 (story-path)", (path) => {
    const result = checkStory(story(), path);
    expect(locate(result)).toEqual([`data/${path}:1:1 story-path`]);
  });

  it("leaves stories/README.md alone", () => {
    expect(locate(check({ "stories/README.md": () => "# Bài viết\n\n<b>raw</b>\n" }))).toEqual([]);
  });
});
