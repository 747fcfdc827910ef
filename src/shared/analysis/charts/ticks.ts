/**
 * Ticks for a count axis that starts at 0 (role weight): whole-number steps of
 * 1, 2, 4 or 5 times a power of ten (4 spares 16 an axis up to 20), the last tick at or above the largest value.
 * The charts draw their own axes, so this is what recharts' scale did for them.
 */
export function niceTicks(max: number, maxCount: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const count = Math.max(1, Math.floor(maxCount));
  let step = 1;
  for (let power = 1; ; power *= 10) {
    const found = [1, 2, 4, 5].map((m) => m * power).find((candidate) => Math.ceil(top / candidate) <= count);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) ticks.push(value);
  return ticks;
}
