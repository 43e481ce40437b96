import { defineMessages } from "../i18n/defineMessages.ts";

/** Words several charts and maps share: units and table headings, said the same way everywhere. */
export const CHART_WORDS = defineMessages(
  {
    people: "người",
    units: "đơn vị",
    clubs: "câu lạc bộ",
    districtOrCity: "Huyện, thành phố",
  },
  {
    people: "people",
    units: "units",
    clubs: "clubs",
    districtOrCity: "District or city",
  },
);
