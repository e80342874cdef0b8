import { describe, expect, it } from "vitest";
import {
  apaCitation,
  bibtexCitation,
  bibtexEscape,
  isoToday,
  ORGANISATION,
  plainCitation,
  type CitationInfo,
} from "../../src/export/citation";
import { translator } from "../../src/i18n";

const info: CitationInfo = {
  organisation: ORGANISATION,
  title: "Pardon stages since 3 July 2024",
  widgetId: "pardon-timeline",
  releaseId: "2024-11-15",
  asOf: "2024-11-15",
  published: "2024-11-15",
  url: "https://tracker.example/index.html?release=2024-11-15&lang=en#pardon-timeline",
  retrieved: "2026-03-07",
};

describe("citation kit", () => {
  it("plain text names organisation, title, release, URL and retrieval date, in the reader's language", () => {
    expect(plainCitation(info, translator("en"), "en")).toBe(
      "Belarus Repression Tracker: “Pardon stages since 3 July 2024”, data release 2024-11-15 (as of 15 November 2024). " +
        "https://tracker.example/index.html?release=2024-11-15&lang=en#pardon-timeline (retrieved 7 March 2026).",
    );
    const ru = plainCitation({ ...info, title: "Этапы помилования" }, translator("ru"), "ru");
    expect(ru).toContain("«Этапы помилования», выпуск данных 2024-11-15 (по состоянию на 15 ноября 2024 г.)");
    expect(ru).toContain("(дата обращения: 7 марта 2026 г.)");
    const be = plainCitation(info, translator("be"), "be");
    expect(be).toContain("выпуск даных 2024-11-15");
    expect(be).toContain("дата звароту: 7 сакавіка 2026");
  });

  it("formats APA 7 for a data set with a group author", () => {
    expect(apaCitation(info)).toBe(
      "Belarus Repression Tracker. (2024, November 15). Pardon stages since 3 July 2024 (Data release 2024-11-15) " +
        "[Data set]. Retrieved March 7, 2026, from https://tracker.example/index.html?release=2024-11-15&lang=en#pardon-timeline",
    );
  });

  it("writes a BibTeX @misc entry with a stable key, version, url and urldate", () => {
    expect(bibtexCitation(info)).toBe(
      [
        "@misc{brt-pardon-timeline-2024-11-15,",
        "  author       = {{Belarus Repression Tracker}},",
        "  title        = {Pardon stages since 3 July 2024},",
        "  year         = {2024},",
        "  month        = nov,",
        "  version      = {2024-11-15},",
        "  howpublished = {Data release 2024-11-15, as of 2024-11-15},",
        "  url          = {https://tracker.example/index.html?release=2024-11-15&lang=en#pardon-timeline},",
        "  urldate      = {2026-03-07},",
        "  note         = {Data: CC BY 4.0, Belarus Repression Tracker; sources as listed},",
        "}",
      ].join("\n"),
    );
  });

  it("escapes LaTeX specials in titles but keeps Cyrillic", () => {
    expect(bibtexEscape("50% & {more} #1 a_b ~x^y \\")).toBe(
      "50\\% \\& \\{more\\} \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}y \\textbackslash{}",
    );
    expect(bibtexCitation({ ...info, title: "Палітвязні & «здрада»" })).toContain(
      "title        = {Палітвязні \\& «здрада»},",
    );
  });

  it("dates retrieval in UTC", () => {
    expect(isoToday(new Date("2026-03-07T23:30:00Z"))).toBe("2026-03-07");
  });
});
