// Run by node next to the module compiled to JavaScript, with the path of
// `errcat render --format json` of the same catalog: the module's values
// must be the catalog's (cli/tests/cli/typescript.rs).
"use strict";
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const module_ = require(path.join(__dirname, "errors.js"));

const page = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { CODES, ERRORS, TAGS, entriesOf, isErrorCode } = module_;

assert.deepEqual(Object.keys(ERRORS), page.entries.map((entry) => entry.name));
for (const entry of page.entries) {
  assert.deepEqual(ERRORS[entry.name], {
    code: entry.code,
    status: entry.status,
    description: entry.description,
    hint: entry.hint,
    reference: entry.reference,
    deprecated: entry.deprecated,
    deprecationNote: entry.deprecation_note,
    since: entry.since,
    tags: entry.tags,
    fields: entry.fields,
  });
  assert.ok(isErrorCode(entry.code), entry.code);
  assert.deepEqual(
    entriesOf(entry.code).map((found) => found.status),
    page.entries.filter((other) => other.code === entry.code).map((other) => other.status),
  );
}
assert.deepEqual(CODES, [...new Set(page.entries.map((entry) => entry.code))]);
for (const [tag, codes] of Object.entries(TAGS)) {
  const tagged = page.entries.filter((entry) => entry.tags.includes(tag));
  assert.deepEqual(codes, [...new Set(tagged.map((entry) => entry.code))]);
}
for (const other of ["", "no_such_code", 400, null, undefined, {}, ["invalid_request"]]) {
  assert.equal(isErrorCode(other), false, String(other));
}
console.log(`checked ${page.entries.length} entries`);
