// Sums the results of every test project: xunit TRX files and Pester NUnit XML files.
// Pester suites run inside an xunit wrapper test (PesterSuiteTests); a passing wrapper is not counted again,
// a failing one is (it may have failed before Pester could write its results).
// Prints "N passed, N failed[, N skipped]" and exits non-zero when anything failed, nothing ran, or (in CI) anything skipped.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'TestResults';
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(root);

let passed = 0, failed = 0, skipped = 0;
const attr = (tag, name) => (tag.match(new RegExp(`\\b${name}="([^"]*)"`)) ?? [])[1];

for (const file of files.filter((f) => f.endsWith('.trx'))) {
  const xml = readFileSync(file, 'utf8');
  for (const [tag] of xml.matchAll(/<UnitTestResult\b[^>]*>/g)) {
    const outcome = attr(tag, 'outcome');
    const wrapper = (attr(tag, 'testName') ?? '').includes('PesterSuiteTests');
    if (outcome === 'Passed') { if (!wrapper) passed++; }
    else if (outcome === 'Failed' || outcome === 'Error' || outcome === 'Timeout' || outcome === 'Aborted') failed++;
    else skipped++;
  }
}

for (const file of files.filter((f) => f.endsWith('.xml') && f.includes('pester'))) {
  const xml = readFileSync(file, 'utf8');
  for (const [tag] of xml.matchAll(/<test-case\b[^>]*>/g)) {
    const result = attr(tag, 'result');
    if (result === 'Success') passed++;
    else if (result === 'Failure' || result === 'Error') failed++;
    else skipped++;
  }
}

const line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
writeFileSync(join(root, 'summary.txt'), line + '\n');
console.log(line);
const ci = process.env.CI === 'true';
process.exit(failed > 0 || passed === 0 || (ci && skipped > 0) ? 1 : 0);
