/** Prints one closing line CI can read: `<suite>: N passed, N failed, N skipped`. */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    const suite = process.env.TEST_SUITE ?? 'tests';
    console.log(`\n${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
