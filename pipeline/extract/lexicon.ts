/**
 * Lexicons for the quantity recognizer (pure data, no I/O).
 *
 * Everything is keyed by lower-case words. Multi-word phrases are stored as arrays of words and matched
 * token by token (no regular expressions), so lookups are linear in the phrase length.
 */

/** How a hedge bounds the reported number. */
export type HedgeSense =
  | "approx" // nearly, about, some ...: the figure is approximate, no interval
  | "gt" // more than, over, above: (v, +inf)
  | "ge" // at least, no fewer than: [v, +inf)
  | "lt" // fewer than, less than, under: (-inf, v)
  | "le" // up to, at most, no more than: (-inf, v]
  | "eq" // equal to, exactly: [v, v]
  | "range" // between: needs an explicit range "between a and b"
  | "only"; // only, just: the figure is exact but flagged as small

export interface HedgeEntry {
  readonly words: readonly string[];
  readonly canonical: string;
  readonly sense: HedgeSense;
}

function h(phrase: string, sense: HedgeSense, canonical = phrase): HedgeEntry {
  return { words: phrase.split(" "), canonical, sense };
}

/**
 * Hedges that precede a number. `canonical` is the lower-case phrase the desk uses in its convention table;
 * spelling variants map onto one canonical phrase ("approx." -> "approximately", "upward of" -> "upwards of").
 */
export const HEDGE_ENTRIES: readonly HedgeEntry[] = [
  h("nearly", "approx"),
  h("almost", "approx"),
  h("about", "approx"),
  h("around", "approx"),
  h("approximately", "approx"),
  h("approx", "approx", "approximately"),
  h("roughly", "approx"),
  h("some", "approx"),
  h("an estimated", "approx"),
  h("estimated", "approx", "an estimated"),
  h("close to", "approx"),
  h("circa", "approx"),
  h("more or less", "approx"),
  h("more than", "gt"),
  h("over", "gt"),
  h("above", "gt"),
  h("just over", "gt"),
  h("well over", "gt"),
  h("in excess of", "gt"),
  h("upwards of", "gt"),
  h("upward of", "gt", "upwards of"),
  h("greater than", "gt"),
  h("larger than", "gt"),
  h("higher than", "gt"),
  h("bigger than", "gt"),
  h("exceeding", "gt"),
  h("exceed", "gt", "exceeding"),
  h("exceeds", "gt", "exceeding"),
  h("surpass", "gt", "exceeding"),
  h("at least", "ge"),
  h("no fewer than", "ge"),
  h("no less than", "ge"),
  h("not less than", "ge", "no less than"),
  h("a minimum of", "ge", "at least"),
  h("as many as", "le"),
  h("as much as", "le", "as many as"),
  h("up to", "le"),
  h("at most", "le"),
  h("no more than", "le"),
  h("not more than", "le", "no more than"),
  h("a maximum of", "le", "at most"),
  h("fewer than", "lt"),
  h("less than", "lt"),
  h("under", "lt"),
  h("below", "lt"),
  h("just under", "lt"),
  h("lower than", "lt"),
  h("smaller than", "lt"),
  // comparison wording with "or equal": rare in news, present in the Recognizers-Text range tests
  h("more than or equal to", "ge", "at least"),
  h("greater than or equal to", "ge", "at least"),
  h("bigger or equal than", "ge", "at least"),
  h("higher or equal than", "ge", "at least"),
  h("larger or equal than", "ge", "at least"),
  h("greater or equal than", "ge", "at least"),
  h("at least or equal to", "ge", "at least"),
  h("equal to or more than", "ge", "at least"),
  h("equal to or greater than", "ge", "at least"),
  h("less than or equal to", "le", "at most"),
  h("smaller or equal than", "le", "at most"),
  h("lower or equal than", "le", "at most"),
  h("less or equal than", "le", "at most"),
  h("equal to or less than", "le", "at most"),
  h("equal to or fewer than", "le", "at most"),
  h("equal to", "eq"),
  h("equals to", "eq", "equal to"),
  h("equals", "eq", "equal to"),
  h("equaling to", "eq", "equal to"),
  h("exactly", "eq"),
  h("only", "only"),
  h("just", "only", "only"),
  h("between", "range"),
];

/** Hedges written after the number ("500 or more"). */
export const POSTFIX_HEDGE_ENTRIES: readonly HedgeEntry[] = [
  h("or more", "ge"),
  h("or more than", "ge", "or more"),
  h("and more", "ge", "or more"),
  h("or greater", "ge", "or more"),
  h("or greater than", "ge", "or more"),
  h("or higher", "ge", "or more"),
  h("or above", "ge", "or more"),
  h("and above", "ge", "or more"),
  h("or over", "ge", "or more"),
  h("or less", "le"),
  h("or less than", "le", "or less"),
  h("or fewer", "le", "or less"),
  h("or lower", "le", "or less"),
  h("or below", "le", "or less"),
  h("or under", "le", "or less"),
  h("or so", "approx"),
  h("or equal to", "eq", "or equal"),
  h("or equal", "eq", "or equal"),
];

/**
 * "a couple (of)" is the number 2 said loosely ("a couple of weeks" may be three), so it is its own hedge:
 * the figure keeps the value 2 and the convention table gives its interval.
 */
export const A_COUPLE: HedgeEntry = h("a couple", "approx");

/** Canonical hedge phrases (prefix, postfix, "a couple"), for checking a convention table. */
export const HEDGES: readonly string[] = [
  ...new Set([...HEDGE_ENTRIES, ...POSTFIX_HEDGE_ENTRIES, A_COUPLE].map((e) => e.canonical)),
];

export const HEDGE_SENSE: ReadonlyMap<string, HedgeSense> = new Map(
  [...HEDGE_ENTRIES, ...POSTFIX_HEDGE_ENTRIES, A_COUPLE].map((e) => [e.canonical, e.sense] as const),
);

/**
 * Vague quantities. The canonical terms are below; "many", "numerous", "a lot" are deliberately NOT
 * figures (the desk never charts them). "a couple (of)" is read as 2 hedged by "a couple" (above), "a dozen" as 12.
 * Plural multipliers alone ("hundreds", "thousands", "millions") are vague; "scores" only with "of".
 */
export const VAGUE_TERMS: readonly string[] = [
  "a few",
  "a handful",
  "several",
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "several dozen",
  "several hundred",
  "several thousand",
  "several million",
  "a few dozen",
  "a few hundred",
  "a few thousand",
  "a few million",
  "a few hundred thousand",
  "several hundred thousand",
  "a few hundred million",
  "several hundred million",
  "tens of thousands",
  "tens of millions",
  "hundreds of thousands",
  "hundreds of millions",
  "tens of billions",
  "hundreds of billions",
  // two vague words joined by "or" / "to": one figure over both
  "dozens or hundreds",
  "hundreds or thousands",
  "thousands or millions",
];

export type UnitDimension =
  | "distance"
  | "area"
  | "weight"
  | "money"
  | "percent"
  | "duration"
  | "fraction"
  | "speed" // mph, km/h, knots
  | "score" // points and goals in sport: a result, not a tally of things
  | "ratio" // "10 times bigger": a multiplier
  | "frequency" // "several times a month"
  | "concentration" // "10 parts per billion"
  | "volume" // gallons, litres
  | "degree" // temperature or angle: "drop 20 degrees", "spun 180 degrees" (the text rarely says which)
  | "power" // watts
  | "loudness"; // decibels

export interface UnitEntry {
  readonly unit: string;
  readonly dim: UnitDimension;
}

function u(unit: string, dim: UnitDimension): UnitEntry {
  return { unit, dim };
}

/**
 * Unit words after a number (lower case). Canonical units:
 * distance km, mi, m, mm, cm, ft, in, yd; area km2, mi2, m2, ha, acre; weight kg, t, lb, g(ram words only);
 * money usd, gbp, eur, iqd; percent percent, percentage_point; duration year, month, week, day, hour,
 * minute, second, decade; fraction "fraction" (a value like 1/3 with no integer part).
 */
export const UNIT_WORDS: ReadonlyMap<string, UnitEntry> = new Map<string, UnitEntry>([
  ...["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"].map((w) => [w, u("km", "distance")] as const),
  ...["mile", "miles", "mi"].map((w) => [w, u("mi", "distance")] as const),
  ...["meter", "meters", "metre", "metres"].map((w) => [w, u("m", "distance")] as const),
  ...["foot", "feet", "ft"].map((w) => [w, u("ft", "distance")] as const),
  ...["inch", "inches"].map((w) => [w, u("in", "distance")] as const),
  ...["mm", "millimeter", "millimeters", "millimetre", "millimetres"].map((w) => [w, u("mm", "distance")] as const),
  ...["cm", "centimeter", "centimeters", "centimetre", "centimetres"].map((w) => [w, u("cm", "distance")] as const),
  ...["yard", "yards", "yd", "yds"].map((w) => [w, u("yd", "distance")] as const),
  ...["km2", "sqkm"].map((w) => [w, u("km2", "area")] as const),
  ...["mi2"].map((w) => [w, u("mi2", "area")] as const),
  ...["m2"].map((w) => [w, u("m2", "area")] as const),
  ...["hectare", "hectares", "ha"].map((w) => [w, u("ha", "area")] as const),
  ...["acre", "acres"].map((w) => [w, u("acre", "area")] as const),
  ...["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"].map(
    (w) => [w, u("kg", "weight")] as const,
  ),
  ...["gram", "grams", "gramme", "grammes"].map((w) => [w, u("g", "weight")] as const),
  ...["mg", "milligram", "milligrams", "milligramme", "milligrammes"].map((w) => [w, u("mg", "weight")] as const),
  ...["ton", "tons", "tonne", "tonnes"].map((w) => [w, u("t", "weight")] as const),
  ...["pound", "pounds", "lb", "lbs"].map((w) => [w, u("lb", "weight")] as const),
  ...["dollar", "dollars", "usd"].map((w) => [w, u("usd", "money")] as const),
  ...["gbp", "sterling"].map((w) => [w, u("gbp", "money")] as const),
  ...["euro", "euros", "eur"].map((w) => [w, u("eur", "money")] as const),
  ...["dinar", "dinars", "iqd"].map((w) => [w, u("iqd", "money")] as const),
  ...["ruble", "rubles", "rouble", "roubles"].map((w) => [w, u("rub", "money")] as const),
  ...["yen"].map((w) => [w, u("jpy", "money")] as const),
  ...["yuan", "renminbi"].map((w) => [w, u("cny", "money")] as const),
  ...["rupee", "rupees"].map((w) => [w, u("inr", "money")] as const),
  ...["peso", "pesos"].map((w) => [w, u("peso", "money")] as const),
  ...["franc", "francs"].map((w) => [w, u("chf", "money")] as const),
  ...["riyal", "riyals", "rial", "rials"].map((w) => [w, u("riyal", "money")] as const),
  ...["lira", "liras"].map((w) => [w, u("try", "money")] as const),
  ...["shekel", "shekels"].map((w) => [w, u("ils", "money")] as const),
  ...["dirham", "dirhams"].map((w) => [w, u("aed", "money")] as const),
  ...["naira"].map((w) => [w, u("ngn", "money")] as const),
  // "a one-million riel ($250) fine"
  ...["riel", "riels"].map((w) => [w, u("khr", "money")] as const),
  ...["rupiah", "rupiahs"].map((w) => [w, u("idr", "money")] as const),
  ...["baht"].map((w) => [w, u("thb", "money")] as const),
  ...["ringgit", "ringgits"].map((w) => [w, u("myr", "money")] as const),
  ...["kyat", "kyats"].map((w) => [w, u("mmk", "money")] as const),
  ...["taka"].map((w) => [w, u("bdt", "money")] as const),
  ...["hryvnia", "hryvnias"].map((w) => [w, u("uah", "money")] as const),
  ...["zloty", "zlotys", "zlotych"].map((w) => [w, u("pln", "money")] as const),
  ...["forint", "forints"].map((w) => [w, u("huf", "money")] as const),
  ...["cedi", "cedis"].map((w) => [w, u("ghs", "money")] as const),
  // ISO 4217 codes that are not English words ("20.7 million pkr"); "try" and "cad" are left out
  ...["pkr", "inr", "aud", "nzd", "jpy", "cny", "rmb", "hkd", "sgd", "zar", "chf", "sek", "nok", "dkk", "brl", "mxn", "rub", "krw", "aed", "egp", "ngn", "kes", "idr", "myr", "thb", "vnd", "ils", "uah", "irr", "qar", "kwd"].map(
    (w) => [w, u(w === "rmb" ? "cny" : w, "money")] as const,
  ),
  ...["db", "decibel", "decibels"].map((w) => [w, u("db", "loudness")] as const),
  ...["watt", "watts", "kilowatt", "kilowatts", "megawatt", "megawatts", "gigawatt", "gigawatts"].map(
    (w) => [w, u(w.startsWith("watt") ? "w" : `${w[0]}w`, "power")] as const,
  ),
  ...["mph", "kph"].map((w) => [w, u(w, "speed")] as const),
  ...["knot", "knots"].map((w) => [w, u("knot", "speed")] as const),
  ...["point", "points", "goal", "goals"].map((w) => [w, u(w.startsWith("p") ? "point" : "goal", "score")] as const),
  // "then two or three putts": strokes in golf, a score
  ...["putt", "putts"].map((w) => [w, u("stroke", "score")] as const),
  ...["percent", "percents", "percentage", "pct"].map((w) => [w, u("percent", "percent")] as const),
  ...["year", "years", "yr", "yrs"].map((w) => [w, u("year", "duration")] as const),
  ...["month", "months"].map((w) => [w, u("month", "duration")] as const),
  ...["week", "weeks"].map((w) => [w, u("week", "duration")] as const),
  ...["day", "days"].map((w) => [w, u("day", "duration")] as const),
  ...["night", "nights"].map((w) => [w, u("night", "duration")] as const),
  ...["weekend", "weekends"].map((w) => [w, u("weekend", "duration")] as const),
  ...["overs"].map((w) => [w, u("over", "duration")] as const),
  ...["hour", "hours"].map((w) => [w, u("hour", "duration")] as const),
  ...["minute", "minutes", "mins"].map((w) => [w, u("minute", "duration")] as const),
  ...["second", "seconds", "secs"].map((w) => [w, u("second", "duration")] as const),
  ...["decade", "decades"].map((w) => [w, u("decade", "duration")] as const),
  ...["century", "centuries"].map((w) => [w, u("century", "duration")] as const),
  ...["moment", "moments"].map((w) => [w, u("moment", "duration")] as const),
  ...["season", "seasons"].map((w) => [w, u("season", "duration")] as const),
  ...["gallon", "gallons"].map((w) => [w, u("gal", "volume")] as const),
  ...["liter", "liters", "litre", "litres"].map((w) => [w, u("l", "volume")] as const),
  ...["pint", "pints"].map((w) => [w, u("pt", "volume")] as const),
  ...["ml", "milliliter", "milliliters", "millilitre", "millilitres"].map((w) => [w, u("ml", "volume")] as const),
  ...["cent", "cents"].map((w) => [w, u("cent", "money")] as const),
  ...["buck", "bucks"].map((w) => [w, u("usd", "money")] as const),
  ...["quart", "quarts"].map((w) => [w, u("qt", "volume")] as const),
  ...["barrel", "barrels"].map((w) => [w, u("bbl", "volume")] as const),
  ...["ounce", "ounces", "oz"].map((w) => [w, u("oz", "weight")] as const),
  ...["storey", "storeys"].map((w) => [w, u("storey", "distance")] as const),
]);

/** Units that may be glued to digits ("30km", "10kg", "5%"): lower-case letters only. */
export const GLUED_UNITS: ReadonlyMap<string, UnitEntry> = new Map<string, UnitEntry>([
  ["km", u("km", "distance")],
  ["kms", u("km", "distance")],
  ["mi", u("mi", "distance")],
  ["m", u("m", "distance")],
  ["ft", u("ft", "distance")],
  ["km2", u("km2", "area")],
  ["sqkm", u("km2", "area")],
  ["m2", u("m2", "area")],
  ["ha", u("ha", "area")],
  ["kg", u("kg", "weight")],
  ["kgs", u("kg", "weight")],
  ["lb", u("lb", "weight")],
  ["lbs", u("lb", "weight")],
  ["yr", u("year", "duration")],
  ["yrs", u("year", "duration")],
]);

/** Multipliers written as words or suffixes. Case matters for single letters: see numbers.ts. */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["quadrillion", 1e15],
  ["quintillion", 1e18],
  ["lakh", 1e5],
  ["lakhs", 1e5],
  ["crore", 1e7],
  ["crores", 1e7],
  ["bn", 1e9],
  ["bln", 1e9],
  ["mn", 1e6],
  ["mln", 1e6],
  ["mil", 1e6],
  ["tn", 1e12],
  ["tln", 1e12],
]);

export const UNIT_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["nought", 0],
  ["naught", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fourty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

export const DOZEN_WORDS: ReadonlySet<string> = new Set(["dozen", "dozens", "dz", "dzs", "doz", "dozs"]);

/** Fraction denominators: singular form (numerator 1) and plural form (numerator other than 1). */
export const DENOMINATORS: ReadonlyMap<string, { den: number; plural: boolean }> = new Map([
  ["half", { den: 2, plural: false }],
  ["halves", { den: 2, plural: true }],
  ["third", { den: 3, plural: false }],
  ["thirds", { den: 3, plural: true }],
  ["quarter", { den: 4, plural: false }],
  ["quarters", { den: 4, plural: true }],
  ["fourth", { den: 4, plural: false }],
  ["fourths", { den: 4, plural: true }],
  ["fifth", { den: 5, plural: false }],
  ["fifths", { den: 5, plural: true }],
  ["sixth", { den: 6, plural: false }],
  ["sixths", { den: 6, plural: true }],
  ["seventh", { den: 7, plural: false }],
  ["sevenths", { den: 7, plural: true }],
  ["eighth", { den: 8, plural: false }],
  ["eighths", { den: 8, plural: true }],
  ["ninth", { den: 9, plural: false }],
  ["ninths", { den: 9, plural: true }],
  ["tenth", { den: 10, plural: false }],
  ["tenths", { den: 10, plural: true }],
  ...(["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"] as const).flatMap(
    (w, i) => [[w, { den: 20 + 10 * i, plural: false }], [`${w}s`, { den: 20 + 10 * i, plural: true }]] as const,
  ),
  ["hundredth", { den: 100, plural: false }],
  ["hundredths", { den: 100, plural: true }],
  ["thousandth", { den: 1e3, plural: false }],
  ["thousandths", { den: 1e3, plural: true }],
  ["millionth", { den: 1e6, plural: false }],
  ["millionths", { den: 1e6, plural: true }],
  ["billionth", { den: 1e9, plural: false }],
  ["billionths", { den: 1e9, plural: true }],
  ["trillionth", { den: 1e12, plural: false }],
  ["trillionths", { den: 1e12, plural: true }],
]);

/** Capitalised month names and abbreviations (case-sensitive: "may" the verb is not a month). */
export const MONTHS: ReadonlySet<string> = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);

/**
 * Count nouns that turn a bare 4-digit 1800..2100 into a count ("2000 people", "1500 troops") and that
 * confirm a dot used as a thousands separator ("152.857 people"). Units count as well.
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  "people", "persons", "person", "civilians", "residents", "inhabitants", "families", "households",
  "troops", "soldiers", "fighters", "militants", "jihadists", "insurgents", "rebels", "militiamen",
  "police", "policemen", "officers", "members", "men", "women", "children", "kids", "boys", "girls",
  "refugees", "migrants", "displaced", "deaths", "dead", "casualties", "victims", "wounded", "injured",
  "prisoners", "hostages", "detainees", "captives", "patients", "cases", "students", "workers",
  "employees", "jobs", "voters", "votes", "homes", "houses", "buildings", "villages", "towns", "cities",
  "neighborhoods", "neighbourhoods", "districts", "vehicles", "cars", "trucks", "tanks", "aircraft",
  "planes", "airstrikes", "strikes", "raids", "bombs", "ieds", "rockets", "missiles", "shells", "mines",
  "weapons", "guns", "tents", "schools", "hospitals", "attacks", "incidents", "arrests", "individuals",
  "others", "more", "new", "additional", "other", "extra",
]);

/** Words before a bare number that make it a label or code ("No. 10", "number 7"). */
export const CODE_PRECEDERS: ReadonlySet<string> = new Set([
  "no", "nos", "number", "route", "flight", "version", "room", "page", "chapter", "article", "resolution", "highway",
  "channel", "level", "gate", "line", "bus", "apartment", "chromosome", "deck",
  // labels of an item in a series ("season 3", "stage 4 cancer", "type 2 diabetes", "category 5")
  "season", "episode", "series", "round", "game", "grade", "category", "phase", "stage", "act", "type", "class",
  "tier", "zone", "sector", "unit", "division", "platform", "terminal", "pier", "exit", "track", "size", "row",
  "floor", "ward", "ranked", "verse", "paragraph", "section", "clause", "amendment", "item", "question", "step",
  "volume", "vol", "part", "hole", "lap", "marker", "markers",
  // an identity number: "inmate 402282"
  "inmate", "prisoner", "badge", "serial",
]);

/** Words right before a bare number that make it an age ("aged 35", "age 13 or older"). */
export const AGE_PRECEDERS: ReadonlySet<string> = new Set(["age", "aged", "ages", "ageing"]);

/**
 * Words right before a hedge word that make it a preposition or a particle, not a hedge: "go over three
 * main reasons", "heard a story about one of the inventors", "turned around two". The number that
 * follows is then read on its own.
 */
export const NOT_HEDGE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["over", new Set([
    "go", "goes", "went", "gone", "going", "look", "looks", "looked", "looking", "pore", "pores", "pored", "poring",
    "hand", "hands", "handed", "handing", "argue", "argues", "argued", "arguing", "fight", "fights", "fought", "fighting",
    "worry", "worries", "worried", "worrying", "preside", "presides", "presided", "presiding", "fret", "fretted",
    "fretting", "clash", "clashed", "clashing", "feud", "feuding", "turn", "turns", "turned", "turning",
    "dote", "dotes", "doted", "doting", "fuss", "fussing", "obsess", "obsessing", "watch", "watched", "watching", "rule", "ruled", "ruling",
  ])],
  ["about", new Set([
    "talk", "talks", "talked", "talking", "care", "cares", "cared", "worry", "worries", "worried", "story", "stories",
    "questions", "concerns", "concerned", "something", "nothing", "anything", "everything", "complain", "complains",
    "complained", "joke", "joked", "curious", "wondered", "wonder", "sure", "upset", "excited", "debate", "book",
    "film", "documentary", "movie", "song", "information", "details", "how", "what",
    // "a historic drama about two Jesuit priests"
    "drama", "comedy", "thriller", "novel", "musical", "podcast", "memoir", "biopic", "tale", "episode", "books", "films", "movies", "songs", "stories",
    "testify", "testifies", "testified", "testifying", "spoke", "speak", "speaks", "speaking", "wrote", "write", "writes", "writing",
    "know", "knew", "known", "learn", "learned", "think", "thought", "thinking", "asked", "ask", "told", "tell", "report", "article",
  ])],
  ["around", new Set([
    "turn", "turns", "turned", "turning", "go", "goes", "went", "going", "look", "looks", "looked", "looking", "walk",
    "walked", "walking", "move", "moved", "moving", "revolve", "revolves", "revolved", "centered", "centred",
  ])],
]);

/** Determiners that make a following "one" a pronoun ("the one who", "this one", "no one"). */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  "the", "this", "that", "which", "no", "any", "every", "each", "some", "someone", "another", "last",
  "next", "only", "other", "little", "big", "new", "old", "right", "wrong", "same", "first", "young",
  // "not one" (none), "number one" (a rank), "like one", "never one to"
  "not", "number", "like", "never", "ever",
]);

/** Words after "one" that make it a pronoun ("one of the", "one another", "one who"). */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set([
  "of", "another", "who", "whom", "whose", "'s", "s",
  // relative clauses: "a betrayal -- one that cost lives"
  "that", "which",
  // the generic pronoun before a modal: "one must attempt the absurd"
  "must", "should", "can", "cannot", "could", "would", "might", "may", "shall",
  // idioms: "one way or another", "for one thing", "one at a time", "one by one", "one step closer",
  // "one morning in September", "at one time"
  "way", "thing", "at", "by", "step", "time", "morning", "afternoon", "evening",
]);

/**
 * After a number and a hyphen, the words that keep it a count of what the compound names ("a 20-member
 * delegation", "a 300-strong force", "a three-judge panel"). Any other word makes the number part of a
 * modifier: "three-dimensional", "a four-piece", "the 3-iron", "two-time", "five-star", "3-D".
 */
export const HYPHEN_COUNT_WORDS: ReadonlySet<string> = new Set([
  "member", "strong", "man", "men", "woman", "women", "person", "people", "seat", "judge", "nation", "country",
  "city", "vehicle", "car", "truck", "boat", "ship", "plane", "aircraft", "jet", "helicopter", "tank",
  "soldier", "officer", "officers", "family", "count", "victim", "odd", "plus", "some", "something",
]);

/**
 * After "N times", words that make it a multiplier ("10 times bigger", "four times as often", "three times
 * the poverty level") rather than a count of occasions ("arrested three times").
 */
export const TIMES_COMPARATIVE: ReadonlySet<string> = new Set([
  "as", "more", "less", "fewer", "the", "what", "that", "bigger", "larger", "greater", "higher", "lower", "smaller",
  "faster", "slower", "longer", "shorter", "worse", "better", "older", "heavier", "stronger", "cheaper", "richer",
  "deadlier", "likelier", "over", "below", "above", "under",
  "closer", "further", "farther", "wider", "deeper", "taller", "louder", "brighter", "hotter", "colder", "warmer", "quicker",
  "easier", "harder", "lighter", "weaker", "poorer", "costlier", "safer", "riskier", "busier", "thicker", "denser", "smarter",
]);

/** Words after a number that make it a clock time. */
export const TIME_AFTER: ReadonlySet<string> = new Set(["am", "pm", "a.m", "p.m", "gmt", "utc", "hrs", "o'clock", "bst", "cet", "edt", "est", "pdt", "pst"]);

/**
 * Determiners that, before "one" with only adjectives between, make it a pronoun when no noun follows:
 * "an extravagant one:", "The second one,", "an increasingly unusual one."
 */
export const ONE_PHRASE_DETERMINERS: ReadonlySet<string> = new Set([
  "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
]);

/** Words that cannot stand between a determiner and the pronoun "one" (they start or join another phrase). */
export const ONE_PHRASE_BLOCKERS: ReadonlySet<string> = new Set([
  "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "than", "as", "is", "was",
  "are", "were", "be", "been", "has", "have", "had", "that", "which", "who", "when", "where", "if", "not", "no",
  "between", "about", "over", "under", "after", "before", "through", "against", "among", "without", "within",
  "during", "across", "like", "per", "via", "toward", "towards", "upon", "onto", "than", "then", "there",
]);

/** Words after "one" that end its noun phrase: "one in Vancouver", "an unusual one that". */
export const ONE_PHRASE_END: ReadonlySet<string> = new Set([
  "in", "on", "at", "for", "with", "from", "to", "by", "that", "which", "who", "where", "when", "and", "or", "but",
  "than", "as", "is", "was", "are", "were", "has", "had", "will", "would", "could", "if", "between", "among",
]);

/** Before "one" + "to": "similar to one targeting her", "compared to one". */
export const ONE_COMPARED: ReadonlySet<string> = new Set(["similar", "identical", "compared", "equivalent", "akin", "comparable", "close", "related"]);

/** Subject pronouns right after "one" make it a pronoun: "you hurt one you hurt us all". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "you", "he", "she", "we", "they"]);

/**
 * Time words that, right before a number with no noun after it, make it a label: "until year 21",
 * "At year five", "on day three of the trial".
 */
export const TIME_LABEL_PRECEDERS: ReadonlySet<string> = new Set(["year", "day", "week", "month"]);

/** Forms of "be" (and "turn") before an age: "Alex is 7,", "She'll be 69 by the time", "I was 22;". */
export const AGE_VERBS: ReadonlySet<string> = new Set(["is", "was", "be", "turned", "turns", "turn", "turning", "s", "are"]);

/** Singular subjects of such a verb (a capitalised name also counts). */
export const AGE_SUBJECTS: ReadonlySet<string> = new Set(["i", "he", "she", "you", "who", "girl", "boy", "child", "victim", "suspect", "gunman", "teen", "teenager"]);

/** Words that may follow an age and end its phrase: "I was 22 when", "She'll be 69 by the time". */
export const AGE_FOLLOWERS: ReadonlySet<string> = new Set([
  "by", "when", "and", "at", "in", "or", "but", "now", "then", "so", "on", "until", "while", "before", "after",
  "last", "this", "next", "today", "yesterday", "tomorrow", "soon", "already", "himself", "herself", "later", "earlier", "because", "though", "although", "if", "she", "he", "i", "they", "we", "you", "back", "compared", "every", "each",
]);

/** Rounds of a knockout competition: "the last 16 of the Europa League", "reach the last eight". */
export const KNOCKOUT_ROUNDS: ReadonlySet<number> = new Set([4, 8, 16, 32, 64]);

/** Street suffixes (case-sensitive): "43 Alfred St.", "10 Downing Street". */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set([
  "St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard", "Lane", "Ln", "Drive", "Dr", "Place", "Pl",
  "Way", "Court", "Ct", "Terrace", "Square", "Sq", "Highway", "Hwy", "Parkway", "Pkwy", "Crescent", "Close",
]);

/** Verbs before a phone number: "called 911", "dial 999". */
export const CALL_VERBS: ReadonlySet<string> = new Set([
  "call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling", "phoned", "text", "texted",
]);

/** Words before a bare 4-digit number below 1800 that make it a year: "since the first in 1300". */
export const OLD_YEAR_PRECEDERS: ReadonlySet<string> = new Set(["in", "since", "until", "till", "circa", "year", "around", "about"]);

/** Modifiers of a duration unit: "58,300 flight hours", "1,000 man hours". */
export const DURATION_MODIFIERS: ReadonlySet<string> = new Set([
  "flight", "flying", "man", "person", "working", "work", "labor", "labour", "billable", "service", "combat",
  "volunteer", "community", "machine", "overtime", "training", "engine",
  // "three and a half more years to live", "two extra days"
  "more", "additional", "extra", "further", "full", "long", "consecutive", "straight", "successive",
]);

/** Modifiers of a distance unit: "16,000 sea miles", "200 nautical miles". */
export const DISTANCE_MODIFIERS: ReadonlySet<string> = new Set(["sea", "nautical", "statute", "air", "road", "square", "total", "cumulative"]);

/** After "blocks", "stories": words that make them a distance or a height ("two blocks from", "16 stories high"). */
export const BLOCKS_AFTER: ReadonlySet<string> = new Set([
  "from", "away", "south", "north", "east", "west", "down", "up", "apart", "further", "farther", "beyond", "behind", "past",
]);
export const STORIES_AFTER: ReadonlySet<string> = new Set(["high", "tall", "up", "down", "below", "above", "underground", "deep"]);
