import type { IsoDate } from "../../core/dates/iso-date";
import { messageId, rfc5322Date, stableHash } from "./message-identity";

describe("rfc5322Date", () => {
  it.each([
    { date: "2026-11-30", text: "Mon, 30 Nov 2026 09:00:00 +0000" },
    { date: "1970-01-01", text: "Thu, 1 Jan 1970 09:00:00 +0000" },
    { date: "2024-02-29", text: "Thu, 29 Feb 2024 09:00:00 +0000" },
    { date: "1969-12-31", text: "Wed, 31 Dec 1969 09:00:00 +0000" },
    { date: "2027-01-03", text: "Sun, 3 Jan 2027 09:00:00 +0000" },
  ])("dates $date as $text", ({ date, text }) => {
    expect(rfc5322Date(date as IsoDate)).toBe(text);
  });
});

describe("stableHash and messageId", () => {
  it("gives the same id for the same customer and day, and another for another", () => {
    const id = messageId("C001", "2026-11-30" as IsoDate, "harbour.example");
    expect(id).toMatch(/^<20261130\.[0-9a-f]{16}\.collect@harbour\.example>$/);
    expect(messageId("C001", "2026-11-30" as IsoDate, "harbour.example")).toBe(id);
    expect(messageId("C002", "2026-11-30" as IsoDate, "harbour.example")).not.toBe(id);
    expect(messageId("C001", "2026-12-01" as IsoDate, "harbour.example")).not.toBe(id);
  });

  it("hashes to 16 hex digits", () => {
    expect(stableHash("")).toBe("cbf29ce484222325");
    expect(stableHash("a")).toBe("af63dc4c8601ec8c");
  });
});
