/*
 * Reports (the monthly report, process mining, bottlenecks, improvement actions): aggregates over
 * other modules' tables, in SQL. Doors: this file and contract.ts. The dashboard's figures come
 * from the order rollups, which the orders module keeps (orders/summary.ts).
 */
export { checkedMonth } from './monthly.js';
export { monthlyCsv, monthlyPdf, monthlyXlsx } from './monthly-files.js';
export { closeMonth, monthlyReport, recomputeMonth } from './snapshots.js';
