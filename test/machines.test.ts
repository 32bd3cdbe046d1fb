import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseMachine, rmaMachine } from '../src/modules/aftersales/states.js';
import { campaignMachine, recipientMachine } from '../src/modules/campaigns/states.js';
import { shipmentMachine, trackingStatuses } from '../src/modules/fulfilment/states.js';
import { deliveryMachine } from '../src/modules/notifications/states.js';
import { orderMachine } from '../src/modules/orders/states.js';
import { planDelayMachine, planStageMachine } from '../src/modules/planning/states.js';
import { improvementActionMachine } from '../src/modules/reports/states.js';
import { reviewMachine, reviewStepMachine } from '../src/modules/review/states.js';
import { slaMachine } from '../src/modules/sla/states.js';
import { taskMachine } from '../src/modules/tasks/states.js';
import { checkGraph, type Machine } from '../src/platform/fsm.js';
import { jobMachine } from '../src/platform/jobs/states.js';

/** Every status machine in Ordo: a new `states.ts` adds its machine here. */
const machines: Machine<string, string>[] = [
  orderMachine,
  caseMachine,
  rmaMachine,
  planStageMachine,
  planDelayMachine,
  shipmentMachine,
  reviewMachine,
  reviewStepMachine,
  taskMachine,
  slaMachine,
  deliveryMachine,
  jobMachine,
  improvementActionMachine,
  campaignMachine,
  recipientMachine,
];

describe('every status machine is a sound graph', () => {
  test('each machine has its own name', () => {
    const names = machines.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(machines.map((machine) => [machine.name, machine] as const))('%s: every state reachable, terminal states closed, no edge to an unknown state', (_name, machine) => {
    expect(checkGraph(machine)).toEqual([]);
  });
});

describe('the console names every state it shows, in both languages', () => {
  const messages = Object.fromEntries(
    ['zh-CN', 'en'].map((language) => [language, JSON.parse(fs.readFileSync(path.resolve(`web/src/locales/${language}.json`), 'utf8')) as Record<string, unknown>]),
  );

  function text(language: string, key: string): unknown {
    return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages[language]);
  }

  /** Where the console (and the portal) looks up each machine's states. */
  const shown: [prefix: string, states: readonly string[]][] = [
    ['status', orderMachine.states],
    ['portal.caseStatus', caseMachine.states],
    ['plan.stageStatus', planStageMachine.states],
    ['portal.stageStatus', planStageMachine.states],
    ['plan.delayStatus', planDelayMachine.states],
    ['portal.shipmentStatus', shipmentMachine.states],
    ['portal.shipmentStatus', trackingStatuses],
    ['review.status', reviewMachine.states],
    ['review.stepStatus', reviewStepMachine.states],
    ['sla.status', slaMachine.states],
    ['settings.webhooks.statuses', deliveryMachine.states],
    ['improvementActions.status', improvementActionMachine.states],
    ['campaigns.status', campaignMachine.states],
  ];

  test.each(['zh-CN', 'en'])('%s', (language) => {
    const missing = shown.flatMap(([prefix, states]) => states.map((state) => `${prefix}.${state}`)).filter((key) => typeof text(language, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
