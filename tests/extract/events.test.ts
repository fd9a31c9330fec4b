import { describe, expect, it } from "vitest";
import { extractArticle } from "../../pipeline/extract/article.ts";
import { findEvents } from "../../pipeline/extract/events.ts";
import { words } from "../../pipeline/extract/words.ts";
import { conventions } from "../helpers/extract.ts";


function eventOf(text: string, quantity: string): string | null {
  const { figures } = extractArticle({ articleId: "t", text, outlet: null, url: null, published: null, campaignStart: null }, conventions);
  const f = figures.find((x) => x.quantity_text === quantity);
  expect(f, `${quantity} in ${text}`).toBeDefined();
  return f!.event;
}

/** Sentences from the corpus review (bench/corpus-sample.ts) and the event expected of each figure. */
describe("events on real news text", () => {
  it("does not take an event cut off from the figure by a parenthetical", () => {
    const text =
      "Last week, Turkish authorities said they had arrested a person -- working for an undisclosed nation's intelligence service -- on suspicion of helping three British girls who are thought to have entered Syria.";
    expect(eventOf(text, "three")).toBeNull();
  });

  it("does not read 'found that' as a discovery", () => {
    const text = 'An investigation by The Wall Street Journal found that "at least 60 companies that lobbied the State Department donated money," it said.';
    // what the companies did, not a discovery
    expect(eventOf(text, "at least 60")).toBe("donated");
    const ws = words("Police found that two", 0, 21);
    expect(findEvents(ws, 0, ws.length)).toEqual([]);
  });

  it("keeps an event across a break before 'when', 'and': the seed's executions", () => {
    const text = "These follow executions on Thursday and Friday, when ISIS militants rounded up and shot dead 284 men and boys, an Iraqi intelligence source told CNN.";
    expect(eventOf(text, "284")).toBe("executed");
    expect(eventOf("The attackers went to Jitar village, where they killed three \"male vigilante members,\" police said.", "three")).toBe("killed");
  });

  it("keeps the verb after the figure: 'thousands dead', '78 towns liberated, and ...'", () => {
    expect(eventOf("The standoff sparked months of violence, leaving thousands dead.", "thousands")).toBe("killed");
    expect(eventOf("Officials said 78 towns were liberated, and the army moved on.", "78")).toBe("liberated");
  });

  it("does not read 'living' before a noun as an event: '200,000 living alumni'", () => {
    expect(eventOf("The fraternity now boasts more than 200,000 living alumni.", "more than 200,000")).toBeNull();
  });
});
