/** Numbers as a desk prints them. */

/** A count: thousands separated ("1,100"). */
export function formatCount(x: number): string {
  return Math.round(x).toLocaleString("en-US");
}

/** A rate: one decimal from 10 up ("110.3"), two below ("3.29", "0.29"). */
export function formatRate(x: number): string {
  if (Math.abs(x) >= 10) return x.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return x.toFixed(2);
}
