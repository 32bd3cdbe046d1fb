import { findViolations, formatViolation, readImportGraph } from './boundaries.js';

const violations = findViolations(readImportGraph(process.cwd()));
if (violations.length > 0) {
  console.error(`Import boundaries: ${violations.length} violation(s)`);
  for (const violation of violations) console.error(`  ${formatViolation(violation)}`);
  console.error('Rules: ARCHITECTURE.md, "Rules we build toward" (Doors).');
  process.exit(1);
}
console.warn('Import boundaries: no violations');
