import { describe, expect, it } from 'vitest';
import { findViolations, formatViolation, type ImportEdge } from '../../scripts/boundaries.js';

function edge(from: string, to: string, typeOnly = false): ImportEdge {
  return { from, to, typeOnly };
}

function reported(edges: ImportEdge[]): string[] {
  return findViolations(edges).map(formatViolation);
}

describe('import boundaries', () => {
  it('lets a module use another only through its service.ts or contract.ts', () => {
    expect(reported([
      edge('src/modules/orders/cancel.ts', 'src/modules/inventory/service.ts'),
      edge('src/modules/orders/routes.ts', 'src/modules/customers/contract.ts'),
      edge('src/modules/orders/cancel.ts', 'src/modules/orders/schema.ts'),
    ])).toEqual([]);
    expect(reported([
      edge('src/modules/orders/intake.ts', 'src/modules/customers/schema.ts', true),
      edge('src/modules/orders/routes.ts', 'src/modules/inventory/states.ts'),
    ])).toEqual([
      'src/modules/orders/intake.ts → src/modules/customers/schema.ts: another module is imported only through its service.ts or contract.ts',
      'src/modules/orders/routes.ts → src/modules/inventory/states.ts: another module is imported only through its service.ts or contract.ts',
    ]);
  });

  it('keeps platform free of modules, doors included', () => {
    expect(reported([edge('src/platform/http/auth.ts', 'src/modules/identity/service.ts', true)])).toEqual([
      'src/platform/http/auth.ts → src/modules/identity/service.ts: platform imports no module',
    ]);
  });

  it('lets the composition roots wire any module file', () => {
    expect(reported([
      edge('src/app.ts', 'src/modules/orders/routes.ts'),
      edge('src/worker.ts', 'src/modules/sla/scan.ts'),
      edge('src/seed/demo.ts', 'src/modules/orders/intake.ts'),
    ])).toEqual([]);
    expect(reported([edge('src/config.ts', 'src/modules/orders/settings.ts')])).toEqual([
      'src/config.ts → src/modules/orders/settings.ts: another module is imported only through its service.ts or contract.ts',
    ]);
  });

  it('finds a cycle between modules even when every import goes through a door', () => {
    expect(reported([
      edge('src/modules/orders/cancel.ts', 'src/modules/inventory/service.ts'),
      edge('src/modules/inventory/service.ts', 'src/modules/orders/service.ts', true),
      edge('src/modules/orders/service.ts', 'src/modules/catalog/service.ts'),
    ])).toEqual([
      'src/modules/inventory/service.ts → src/modules/orders/service.ts: import cycle between modules (inventory, orders)',
      'src/modules/orders/cancel.ts → src/modules/inventory/service.ts: import cycle between modules (inventory, orders)',
    ]);
  });

  it('finds a run-time cycle between files and lets a type-only one be', () => {
    expect(reported([
      edge('src/modules/planning/service.ts', 'src/modules/planning/quote.ts'),
      edge('src/modules/planning/quote.ts', 'src/modules/planning/schedule.ts'),
      edge('src/modules/planning/schedule.ts', 'src/modules/planning/service.ts'),
      edge('src/platform/db/connect.ts', 'src/platform/db/sql.ts'),
      edge('src/platform/db/sql.ts', 'src/platform/db/connect.ts', true),
    ])).toEqual([
      'src/modules/planning/quote.ts → src/modules/planning/schedule.ts: import cycle between files (src/modules/planning/quote.ts, src/modules/planning/schedule.ts, src/modules/planning/service.ts)',
      'src/modules/planning/schedule.ts → src/modules/planning/service.ts: import cycle between files (src/modules/planning/quote.ts, src/modules/planning/schedule.ts, src/modules/planning/service.ts)',
      'src/modules/planning/service.ts → src/modules/planning/quote.ts: import cycle between files (src/modules/planning/quote.ts, src/modules/planning/schedule.ts, src/modules/planning/service.ts)',
    ]);
  });
});
