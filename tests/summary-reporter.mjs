// A @web/test-runner reporter that adds one machine-readable line after wtr's own summary:
//   tests: N passed, M failed, K skipped
// counted over every browser session. wtr prints per-browser totals only, and CI logs and
// scripts want one line to grep. Use next to the default reporter:
//   reporters: [defaultReporter(), summaryReporter()]

/** Adds up the tests of one suite and all suites nested in it. */
function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

function countSessions(sessions) {
  const counts = {passed: 0, failed: 0, skipped: 0};
  for (const session of sessions) {
    const before = counts.failed;
    countSuite(session.testResults, counts);
    // A file that failed to load (syntax error, 404 import, uncaught error, timeout) has no
    // failed test to count, yet wtr fails the run; count it as one failure so the line never
    // says "0 failed" on a red run.
    if (session.passed === false && counts.failed === before) counts.failed += 1;
  }
  return counts;
}

export default function summaryReporter() {
  let counts;
  // Recount on every run (watch mode reruns) and at stop; the last one is what the run ended with.
  const record = ({sessions}) => {
    counts = countSessions(sessions);
  };
  // Printed on exit so it comes after everything wtr writes, including its final summary.
  process.once('exit', () => {
    if (counts) console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  });
  return {onTestRunFinished: record, stop: record};
}
