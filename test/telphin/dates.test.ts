import { TelphinRequestError, assertRecordRange, formatTelphinDate, parseTelphinDate } from "@callspec/telphin";
import { describe, expect, it } from "vitest";

describe("formatTelphinDate / parseTelphinDate", () => {
  it("formats a Date as UTC YYYY-MM-DD HH:MM:SS", () => {
    expect(formatTelphinDate(new Date("2021-01-01T16:29:38.760+03:00"))).toBe("2021-01-01 13:29:38");
  });
  it("reads fractions and refuses what is not a real date", () => {
    expect(parseTelphinDate("2021-01-01 16:29:38.76")?.toISOString()).toBe("2021-01-01T16:29:38.760Z");
    expect(parseTelphinDate("2021-02-30 00:00:00")).toBeUndefined();
    expect(parseTelphinDate("2021-01-01T00:00:00")).toBeUndefined();
  });
  it("refuses an invalid Date", () => {
    expect(() => formatTelphinDate(new Date("nope"))).toThrow(TelphinRequestError);
  });
});

describe("assertRecordRange", () => {
  it.each([
    ["2021-01-31 10:00:00", "2021-02-28 23:59:59"],
    ["2020-01-15 00:00:00", "2020-02-29 12:00:00"],
    ["2021-12-01 00:00:00", "2022-01-31 23:59:59"],
    ["2021-01-01 00:00:00", "2021-01-01 00:00:00"],
  ])("accepts %s .. %s", (start, end) => expect(() => assertRecordRange(start, end)).not.toThrow());
  it.each([
    ["2021-01-31 10:00:00", "2021-03-01 00:00:00", /2021-02-28/],
    ["2021-12-01 00:00:00", "2022-02-01 00:00:00", /2022-01-31/],
    ["2021-01-02 00:00:00", "2021-01-01 00:00:00", /before/],
    ["2021-01-02", "2021-01-03 00:00:00", /not YYYY-MM-DD HH:MM:SS/],
  ])("refuses %s .. %s", (start, end, message) => expect(() => assertRecordRange(start, end)).toThrow(message));
});
