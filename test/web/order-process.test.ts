import { expect, test } from 'vitest';
import { orderStatuses, orderTransitions } from '../../src/modules/orders/states.js';
import { orderProcess, processGrid, processMoves, travelled } from '../../web/src/order-process.js';

test("the console's flowchart draws the server's state machine: every status, every move", () => {
  expect(orderProcess).toEqual(orderTransitions);
  expect(Object.keys(processGrid).sort()).toEqual([...orderStatuses].sort());
  const cells = Object.values(processGrid).map((c) => `${c.column},${c.row}`);
  expect(new Set(cells).size).toBe(cells.length);
  expect(processMoves()).toContainEqual({ from: 'in_progress', to: 'in_service' });
  expect(processMoves().some((m) => m.from === m.to)).toBe(false);
});

test("the path travelled is what the order's history recorded, whatever else the table allows", () => {
  const event = (transitions: { from: string; to: string }[]) => ({ seq: 1, at: '', actorId: null, actorLabel: '', action: 'x', before: null, after: { transitions } });
  const path = travelled(
    [
      event([{ from: 'received', to: 'under_review' }, { from: 'under_review', to: 'approved' }]),
      { ...event([]), after: { status: 'planned' } },
      event([{ from: 'approved', to: 'planned' }]),
    ],
    'planned',
  );
  expect([...path.statuses].sort()).toEqual(['approved', 'planned', 'received', 'under_review']);
  expect([...path.moves]).toEqual(['received>under_review', 'under_review>approved', 'approved>planned']);
});
