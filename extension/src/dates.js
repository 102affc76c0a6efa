// Dates as pages write them, for the article's reference date (extract.js): ISO 8601 timestamps
// from metadata and <time datetime>, and dates written out in bylines. Pure functions, tested in
// tests/extension/messages.test.js.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "YYYY-MM-DD" if y-m-d is a calendar date, else null. */
export function ymd(y, m, d) {
  y = Number(y); m = Number(m); d = Number(d);
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (d > days) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The date an ISO 8601 timestamp was written on (its own date, not converted to UTC). */
export function isoDate(value) {
  const m = typeof value === "string" && value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/);
  return m ? ymd(m[1], m[2], m[3]) : null;
}

/** A date written out in a byline or dateline: "June 5, 2023", "5 June 2023", "2023-06-05". */
export function writtenDate(text) {
  if (typeof text !== "string") return null;
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return ymd(iso[1], iso[2], iso[3]);
  const month = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  let m = text.match(new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"));
  if (m) return ymd(m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, m[2]);
  m = text.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})\\b`, "i"));
  if (m) return ymd(m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, m[1]);
  return null;
}

