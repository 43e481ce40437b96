import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/lib/period.ts";

describe("parsePeriod", () => {
  it.each([
    ["2022", "2022-01-01", "2022-12-31"],
    ["2019-04-01", "2019-04-01", "2019-04-01"],
    ["2021/2025", "2021-01-01", "2025-12-31"],
    ["2021-07-01/2025", "2021-07-01", "2025-12-31"],
  ])("parsePeriod(%j) spans %s to %s", (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end });
  });

  it.each(["2025/2021", "2023-02-29", "2022/2023/2024", "22"])("parsePeriod(%j) is not a period", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
