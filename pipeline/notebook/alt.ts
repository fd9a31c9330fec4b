/**
 * Alt text generated from the data a chart draws, never typed by hand: what kind of chart, what it
 * shows, how many items, and the extremes with their wording as reported.
 */
export interface AltItem {
  label: string;
  value: number;
  /** The wording as reported, e.g. "nearly 400". */
  reported: string;
  hedged: boolean;
}

export function altText(chart: string, shows: string, items: readonly AltItem[], unit = ""): string {
  if (items.length === 0) return `${chart} of ${shows}: no figures to show.`;
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  const u = unit ? ` ${unit}` : "";
  const hedged = items.filter((i) => i.hedged).length;
  const parts = [
    `${chart} of ${shows}, ${items.length} ${items.length === 1 ? "item" : "items"}.`,
    items.length === 1
      ? `${top.label}: ${num(top.value)}${u} (reported as "${top.reported}").`
      : `Highest: ${top.label}, ${num(top.value)}${u} (reported as "${top.reported}"). Lowest: ${bottom.label}, ${num(bottom.value)}${u} (reported as "${bottom.reported}").`,
  ];
  if (hedged > 0) parts.push(`${hedged} of them hedged, drawn as ranges.`);
  return parts.join(" ");
}

function num(x: number): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: x < 10 ? 2 : x < 100 ? 1 : 0 });
}
