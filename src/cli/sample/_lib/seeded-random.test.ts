import { createSeededRandom, SeededRandomError } from "./seeded-random";

describe("createSeededRandom", () => {
  it("gives the same sequence for the same seed", () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it("gives a different sequence for a different seed", () => {
    const a = createSeededRandom(1);
    const b = createSeededRandom(2);
    expect(Array.from({ length: 5 }, () => a.next())).not.toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it("keeps floats in [0, 1) and ints inside their bounds", () => {
    const random = createSeededRandom(7);
    for (let i = 0; i < 2000; i += 1) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(-3, 3);
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(-3);
      expect(n).toBeLessThanOrEqual(3);
    }
  });

  it("produces roughly standard-normal values", () => {
    const random = createSeededRandom(9);
    const values = Array.from({ length: 5000 }, () => random.normal());
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.1);
  });

  it.each([
    { name: "min above max", call: () => createSeededRandom(1).int(5, 4) },
    { name: "fractional bound", call: () => createSeededRandom(1).int(0.5, 4) },
    { name: "empty list", call: () => createSeededRandom(1).pick([]) },
  ])("throws SeededRandomError on $name", ({ call }) => {
    expect(call).toThrow(SeededRandomError);
  });
});
