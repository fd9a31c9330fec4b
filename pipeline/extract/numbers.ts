/**
 * Character classes and the digit-number scanner used by the quantity recognizer. Pure, no I/O.
 *
 * Digit rules (documented here, tested in tests/extract/quantities.test.ts):
 * - Digits may be ASCII, Arabic-Indic (U+0660..0669) or Extended Arabic-Indic / Persian (U+06F0..06F9);
 *   U+066C (Arabic thousands separator) and U+066B (Arabic decimal separator) are understood.
 * - A comma is a thousands separator only when followed by exactly three digits ("1,000", "22,240,260"),
 *   and only if the first group has 1-3 digits. "22,24" is two numbers (a list). A comma is never a
 *   decimal mark (English news).
 * - In CSV cells (cellMode) a comma followed by ONE space and exactly three digits is a misprinted
 *   separator: "85, 590" -> 85590. In running text that is a list and stays two numbers.
 * - No-break, narrow no-break and thin spaces group thousands ("40 000"); a plain space groups thousands
 *   only for "000" or when at least two such groups follow ("1 234 567").
 * - A dot is a decimal mark ("4.800" = 4.8), except: (a) two or more dots each followed by exactly three
 *   digits ("1.234.567") is a thousands grouping; (b) ONE dot, an integer part of 1-3 digits, exactly three
 *   digits after it, and a count noun right after ("152.857 people") -> 152857 (the caller checks the
 *   noun; the scanner only flags the candidate). Any other dotted chain ("192.168.1.2", "17.10.2016") is a
 *   code, not a quantity.
 * - Scientific notation "1e10", "1.3e6", "12.32e+14" is read; "^" powers are not.
 */

export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

const LETTER_RE = /\p{L}/u;

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c === 0xd7 || c === 0xf7) return false;
  if (isDigit(c)) return false;
  return LETTER_RE.test(String.fromCharCode(c));
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Spaces allowed inside a phrase (not newlines). */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** Spaces that group thousands unambiguously. */
function isGroupSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** Unicode vulgar fractions. */
export const VULGAR: ReadonlyMap<number, number> = new Map([
  [0xbd, 1 / 2], [0x2153, 1 / 3], [0x2154, 2 / 3], [0xbc, 1 / 4], [0xbe, 3 / 4], [0x2155, 1 / 5],
  [0x2156, 2 / 5], [0x2157, 3 / 5], [0x2158, 4 / 5], [0x2159, 1 / 6], [0x215a, 5 / 6], [0x215b, 1 / 8],
  [0x215c, 3 / 8], [0x215d, 5 / 8], [0x215e, 7 / 8],
]);

export interface DigitScan {
  end: number;
  /** ASCII digits without separators, integer part then fraction part. */
  digits: string;
  intLen: number;
  fracLen: number;
  exp10: number;
  /** thousands separators were used */
  grouped: boolean;
  /** one dot with exactly three digits after an integer part of 1-3 digits: maybe thousands */
  dotCandidate: boolean;
  /** a dotted/colon chain that is a code, time or date, not a number */
  code: boolean;
}

function threeDigitsAt(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    !isDigit(text.charCodeAt(i + 3))
  );
}

function readDigits(text: string, i: number): [string, number] {
  let s = "";
  let c = text.charCodeAt(i);
  let d = digitValue(c);
  while (d >= 0) {
    s += String.fromCharCode(48 + d);
    i++;
    c = text.charCodeAt(i);
    d = digitValue(c);
  }
  return [s, i];
}

/** Scan a digit number starting at `p` (a digit, or "." followed by a digit). Linear in what it reads. */
export function scanDigits(text: string, p: number, cellMode: boolean): DigitScan {
  let [int, i] = readDigits(text, p);
  let grouped = false;
  let spaceGrouped = false;
  if (int.length > 0) {
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c === 44 || c === 0x66c) && !spaceGrouped && (grouped || int.length <= 3) && threeDigitsAt(text, i + 1)) {
        int += readDigits(text, i + 1)[0];
        i += 4;
        grouped = true;
        continue;
      }
      if (
        cellMode && c === 44 && text.charCodeAt(i + 1) === 32 && !spaceGrouped && (grouped || int.length <= 3) &&
        threeDigitsAt(text, i + 2)
      ) {
        int += readDigits(text, i + 2)[0];
        i += 5;
        grouped = true;
        continue;
      }
      if ((isGroupSpace(c) || c === 32) && (!grouped || spaceGrouped) && (spaceGrouped || int.length <= 3) && threeDigitsAt(text, i + 1)) {
        let ok = isGroupSpace(c) || spaceGrouped;
        if (!ok) {
          const g = text.slice(i + 1, i + 4);
          const c2 = text.charCodeAt(i + 4);
          ok = g === "000" || ((c2 === 32 || isGroupSpace(c2)) && threeDigitsAt(text, i + 5));
        }
        if (ok) {
          int += readDigits(text, i + 1)[0];
          i += 4;
          grouped = true;
          spaceGrouped = true;
          continue;
        }
      }
      break;
    }
  }
  let frac = "";
  let dotCandidate = false;
  let code = false;
  const c = text.charCodeAt(i);
  if ((c === 46 || c === 0x66b) && isDigit(text.charCodeAt(i + 1))) {
    const [f, j] = readDigits(text, i + 1);
    if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)) && int.length > 0) {
      // dotted chain: thousands grouping only if every group has exactly three digits
      let k = j;
      let all3 = !grouped && int.length <= 3 && f.length === 3;
      let acc = int + f;
      while (text.charCodeAt(k) === 46 && isDigit(text.charCodeAt(k + 1))) {
        const [g, k2] = readDigits(text, k + 1);
        if (g.length !== 3) all3 = false;
        acc += g;
        k = k2;
      }
      if (all3) {
        int = acc;
        grouped = true;
        i = k;
      } else {
        code = true;
        i = k;
      }
    } else {
      frac = f;
      i = j;
      if (!grouped && int.length >= 1 && int.length <= 3 && f.length === 3) dotCandidate = true;
    }
  }
  if (int.length === 0) int = "0";
  let exp10 = 0;
  const e = text.charCodeAt(i);
  if (!code && (e === 101 || e === 69)) {
    let j = i + 1;
    let sign = 1;
    const s = text.charCodeAt(j);
    if (s === 43 || s === 45) {
      sign = s === 45 ? -1 : 1;
      j++;
    }
    if (isDigit(text.charCodeAt(j))) {
      const [x, k] = readDigits(text, j);
      if (!isLetter(text.charCodeAt(k)) && x.length <= 3) {
        exp10 = sign * Number(x);
        i = k;
      }
    }
  }
  if (!code && text.charCodeAt(i) === 58 && isDigit(text.charCodeAt(i + 1))) code = true; // 10:30
  return { end: i, digits: int + frac, intLen: int.length, fracLen: frac.length, exp10, grouped, dotCandidate, code };
}

/** digits * 10^(pow10 - fracLen), computed so that "1.34" x 10^6 is exactly 1340000. */
export function scaled(digits: string, fracLen: number, pow10: number): number {
  const m = Number(digits);
  const k = pow10 - fracLen;
  if (k >= 0) return k <= 22 ? m * 10 ** k : Number(`${digits}e${k}`);
  return k >= -22 ? m / 10 ** -k : Number(`${digits}e${k}`);
}

export function scanValue(s: DigitScan, extraPow10 = 0): number {
  return scaled(s.digits, s.fracLen, s.exp10 + extraPow10);
}

/** Exponent of a power-of-ten multiplier, or -1. */
export function log10Exact(m: number): number {
  let k = 0;
  let x = 1;
  while (x < m && k < 30) {
    x *= 10;
    k++;
  }
  return x === m ? k : -1;
}
