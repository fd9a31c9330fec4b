/** Numbers as a desk prints them: thousands separated, rates to one decimal below 100. */
export function formatCount(x: number): string {
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString("en-US");
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2).replace(/0$/, "");
}
