import { defineMessages } from "./defineMessages.ts";

/** The one wording for a missing figure, everywhere a figure can be missing. */
export const NO_DATA = defineMessages(
  {
    short: "chưa có số liệu",
    capitalised: "Chưa có số liệu",
    /** On a map tile, where a line must fit in a small shape. */
    tile: "chưa có",
    unknown: "chưa biết",
    /** A figure that the page asks for but data/ does not have. */
    missing: (indicator: string, area: string) => `Chưa có số liệu “${indicator}” của ${area}.`,
    missingDistricts: (indicators: readonly string[]) => `Chưa có số liệu theo từng huyện, thành phố cho: ${indicators.join("; ")}.`,
  },
  {
    short: "no data",
    capitalised: "No data",
    tile: "no data",
    unknown: "unknown",
    missing: (indicator, area) => `There is no figure yet for “${indicator}” in ${area}.`,
    missingDistricts: (indicators) => `No figures yet, district by district, for: ${indicators.join("; ")}.`,
  },
);
