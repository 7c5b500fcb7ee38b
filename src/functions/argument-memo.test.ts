import { ArgumentMemo, sameValues } from "./argument-memo";
import { ArgumentError } from "./excel-error";

/** A register column as Excel passes it: a fresh 2-D array on every call. */
const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

describe("ArgumentMemo", () => {
  it("computes once for equal values passed as fresh arrays, and again when one value changes", () => {
    const memo = new ArgumentMemo<number>(4);
    let runs = 0;
    const compute = () => (runs += 1);
    expect(memo.get(["2026-11-25", column("INV-1", 46351, null)], compute)).toBe(1);
    expect(memo.get(["2026-11-25", column("INV-1", 46351, null)], compute)).toBe(1);
    expect(memo.get(["2026-11-25", column("INV-1", 46352, null)], compute)).toBe(2);
    expect(memo.get(["2026-11-26", column("INV-1", 46351, null)], compute)).toBe(3);
    expect(memo.get(["2026-11-25", column("INV-1", 46351, null)], compute)).toBe(1);
    expect(runs).toBe(3);
  });

  it("keeps the most recently used answers up to its capacity", () => {
    const memo = new ArgumentMemo<string>(2);
    const runs: string[] = [];
    const get = (key: string) => memo.get([key], () => (runs.push(key), key));
    ["a", "b", "a", "c", "a", "b"].forEach(get);
    // "b" was the least recently used when "c" came, so it was forgotten and computed again.
    expect(runs).toEqual(["a", "b", "c", "b"]);
  });

  it("is not fooled when the caller changes its arrays after the call", () => {
    const memo = new ArgumentMemo<number>(4);
    const args = [column(1, 2, 3)];
    memo.get(args, () => 1);
    (args[0] as unknown[][])[2] = [4];
    expect(memo.get([column(1, 2, 4)], () => 2)).toBe(2);
    expect(memo.get([column(1, 2, 3)], () => 3)).toBe(1);
  });

  it("remembers an argument problem (read once, not once per formula), but not a bug", () => {
    const memo = new ArgumentMemo<number>(4);
    let runs = 0;
    const bad = () => {
      runs += 1;
      throw new ArgumentError({ kind: "value", message: "dueDates (row 3): bad" });
    };
    expect(() => memo.get([column("x")], bad)).toThrow("dueDates (row 3): bad");
    expect(() => memo.get([column("x")], bad)).toThrow("dueDates (row 3): bad");
    expect(runs).toBe(1);
    const bug = () => {
      runs += 1;
      throw new TypeError("bug");
    };
    expect(() => memo.get([column("y")], bug)).toThrow(TypeError);
    expect(() => memo.get([column("y")], bug)).toThrow(TypeError);
    expect(runs).toBe(3);
  });

  it("compares single values, lists and nested arrays as well as ranges", () => {
    const memo = new ArgumentMemo<number>(4);
    let runs = 0;
    const args = () => ["1900", [1, null, "x"], [[[1, 2]], [[3]]], [[1], [2]]];
    memo.get(args(), () => (runs += 1));
    memo.get(args(), () => (runs += 1));
    expect(runs).toBe(1);
    expect(memo.get(["1900", [1, null, "x"], [[[1, 2]], [[4]]], [[1], [2]]], () => 7)).toBe(7);
  });

  it("refuses a capacity below 1", () => {
    expect(() => new ArgumentMemo(0)).toThrow(RangeError);
  });
});

describe("sameValues", () => {
  it.each([
    { name: "equal ranges", a: [column("INV-1", 46351, null)], b: [column("INV-1", 46351, null)], same: true },
    { name: "NaN and NaN", a: [Number.NaN], b: [Number.NaN], same: true },
    { name: "0 and −0 (the same cell value)", a: [0], b: [-0], same: true },
    { name: "a blank on the web and on the desktop", a: [column(null)], b: [column(0)], same: false },
    { name: "empty text and a blank", a: [column("")], b: [column(null)], same: false },
    { name: "the number 1001 and the text 1001", a: [column(1001)], b: [column("1001")], same: false },
    { name: "a longer range", a: [column(1, 2)], b: [column(1, 2, 3)], same: false },
    { name: "a range and a value", a: [column(1)], b: [1], same: false },
    { name: "a row split differently", a: [[[1, 2]]], b: [[[1], [2]]], same: false },
  ])("$name: $same", ({ a, b, same }) => {
    expect(sameValues(a, b)).toBe(same);
    expect(sameValues(b, a)).toBe(same);
  });
});
