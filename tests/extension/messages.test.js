// What crosses between the content script and the service worker is checked
// (extension/src/messages.js), and the reference date is read as pages write it
// (extension/src/dates.js). No browser needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkBegun, checkRequest, checkServedPage, checkView } from "../../extension/src/messages.js";
import { isoDate, writtenDate } from "../../extension/src/dates.js";

const ID = "abcdefghijklmnopabcdefghijklmnop";
const tab = { id: ID, tab: { id: 7, index: 2 }, frameId: 0 };
const view = { v: 1, text: "Ada Lovelace spoke on Monday.", reference_date: "2023-06-14", hidden: ["NORP"], corrections: [] };

test("requests from the extension's content script in a tab's top frame are accepted", () => {
  assert.deepEqual(checkRequest({ op: "export", format: "brat", view }, tab, ID), { op: "export", format: "brat", view });
  assert.deepEqual(checkRequest({ op: "open", target: "served", view }, tab, ID), { op: "open", target: "served", view });
  assert.deepEqual(checkRequest({ op: "cleared", scheme: "dark" }, tab, ID), { op: "cleared", scheme: "dark" });
});

test("anything else is refused", () => {
  const refused = [
    [{ op: "export", format: "html", view }, { ...tab, id: "another-extension" }],
    [{ op: "export", format: "html", view }, { id: ID, frameId: 0 }],                  // not from a tab
    [{ op: "export", format: "html", view }, { ...tab, frameId: 3 }],                 // a frame
    [{ op: "export", format: "exe", view }, tab],
    [{ op: "export", format: "toString", view }, tab],
    [{ op: "export", format: "html", view, extra: 1 }, tab],
    [{ op: "open", target: "https://evil.example/", view }, tab],
    [{ op: "cleared", scheme: "x" }, tab],
    [{ op: "annotate", text: "x" }, tab],
    [{ op: "__proto__" }, tab],
    ["export", tab], [null, tab], [[], tab],
  ];
  for (const [msg, sender] of refused) assert.equal(checkRequest(msg, sender, ID), null, JSON.stringify([msg, sender]));
});

test("views: shape, sizes, labels, dates; no corrections from the extension", () => {
  assert.deepEqual(checkView({ ...view, reference_date: undefined }), { ...view, reference_date: null });
  for (const bad of [
    { ...view, v: 2 }, { ...view, text: "" }, { ...view, text: 5 }, { ...view, reference_date: "June 14" },
    { ...view, hidden: ["a b"] }, { ...view, hidden: Array(65).fill("X") }, { ...view, hidden: "NORP" },
    { ...view, corrections: [{ op: "remove" }] }, { ...view, html: "<b>" }, Object.create({ ...view }),
    { ...view, text: "x".repeat(16 * 1024 * 1024 + 1) },
  ]) assert.equal(checkView(bad), null, JSON.stringify(bad).slice(0, 80));
});

test("the content script's answers are checked before the core sees them", () => {
  const token = "0f8fad5b-d9cb-469f-a165-70867728950e";
  assert.deepEqual(checkBegun({ state: "extracted", token, text: "x", referenceDate: null, scheme: "dark", referenceSource: null }),
    { state: "extracted", token, text: "x", referenceDate: null, referenceSource: null, scheme: "dark" });
  assert.equal(checkBegun({ state: "extracted", token: "t", text: "x", referenceDate: null }).state, "error");
  assert.equal(checkBegun({ state: "extracted", token, text: "x", referenceDate: "14/06/2023" }).state, "error");
  assert.equal(checkBegun({ state: "marked", text: "forged" }).state, "error");
  assert.equal(checkBegun(null).state, "error");
  assert.deepEqual(checkBegun({ state: "cleared", scheme: "<b>" }), { state: "cleared", scheme: "light" });
});

test("the served page's address: http(s) only, no credentials, no fragment", () => {
  assert.equal(checkServedPage("https://example.org/newsmark/#old"), "https://example.org/newsmark/");
  assert.equal(checkServedPage(" http://127.0.0.1:8080 "), "http://127.0.0.1:8080/");
  for (const bad of ["", "javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "https://u:p@example.org/", "example.org", 5, null]) {
    assert.equal(checkServedPage(bad), "", String(bad));
  }
});

test("reference dates as pages write them", () => {
  assert.equal(isoDate("2023-06-14T21:30:00-04:00"), "2023-06-14"); // the publisher's date, not UTC's
  assert.equal(isoDate("2024-02-29"), "2024-02-29");
  for (const bad of ["2023-02-29", "2023-13-01", "not a date", "20230614", "", null]) assert.equal(isoDate(bad), null, String(bad));
  assert.equal(writtenDate("By Jane Reporter · June 14, 2023"), "2023-06-14");
  assert.equal(writtenDate("Updated 5 Sept. 2022, 10:00"), "2022-09-05");
  assert.equal(writtenDate("Published Mar. 3rd, 2021"), "2021-03-03");
  assert.equal(writtenDate("By Jane Reporter"), null);
});
