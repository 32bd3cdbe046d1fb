import type { Executor } from '../../platform/db/connect.js';
import { exportLabels } from '../../platform/export/labels.js';
import type { TableColumn } from '../../platform/documents/printed-document.js';
import type { Words } from '../../platform/export/table-file.js';
import { formattersFor, printOrderLines, type Reader, startDocument } from '../documents/service.js';
import { surveyLinkActor } from '../feedback/service.js';
import type { Dossier } from './contract.js';
import { caseSummaryText, dossierWords as words, eventName, filled } from './labels.js';

/*
 * The dossier printed for the archive: every part under its heading, every status, stage and
 * event as a word in the reader's language (never a code), and the chain check in a sentence.
 */

export async function dossierPdf(db: Executor, dossier: Dossier, reader: Reader): Promise<Buffer> {
  const { language } = reader;
  const f = formattersFor(reader);
  const say = (w: Record<typeof language, string>) => w[language];
  const none = say(words.none);
  const col = (title: Words, width: number, align?: TableColumn['align']): TableColumn => ({ title: say(title), width, ...(align ? { align } : {}) });
  const at = (iso: string | null) => (iso ? f.dateTime(new Date(iso)) : '—');
  // Ordo's own jobs and the survey link are named in words; people by their names.
  const who = (label: string) => {
    if (label === 'system' || label.startsWith('system:')) return say(words.systemActor);
    return label === surveyLinkActor ? say(exportLabels.feedback.byLink) : label;
  };
  const { order } = dossier;
  const currency = order.totals.currency;
  const doc = await startDocument(db, reader, f, say(words.title), order.number);
  /** A part that is a list: its heading, then its table, or "none" when the order has nothing of it. */
  const listSection = <T>(title: string, items: readonly T[], columns: TableColumn[], row: (item: T) => string[]) => {
    doc.heading(title);
    if (items.length === 0) doc.note(none);
    else doc.table(columns, items.map(row));
  };

  doc.heading(say(words.section.order)).fields([
    [f.labels.field.orderNumber, order.number],
    [f.labels.field.customer, order.customer.name],
    [say(words.field.status), say(exportLabels.orders.status[order.status])],
    [say(words.field.type), say(words.orderType[order.type])],
    [say(words.field.channel), say(exportLabels.orders.channel[order.channel])],
    [say(words.field.priority), say(exportLabels.orders.priority[order.priority.level])],
    [say(words.field.received), at(order.receivedAt)],
    [f.labels.field.externalRef, order.externalRef ?? f.labels.none],
    [f.labels.field.requestedDate, f.calendarDate(order.requestedDeliveryDate)],
    [f.labels.field.promisedDate, f.calendarDate(order.promisedDeliveryDate)],
    [say(words.field.payment), say(words.paymentState[order.paymentStatus])],
    [f.labels.field.specialist, order.owner?.name ?? f.labels.none],
  ]);

  doc.heading(say(words.section.lines));
  printOrderLines(doc, f, order);

  listSection(
    say(words.section.revisions),
    dossier.revisions,
    [col(words.column.revision, 0.08, 'center'), col(words.column.at, 0.2), col(words.column.who, 0.2), col(words.column.reason, 0.52)],
    (r) => [String(r.revision), at(r.at), who(r.actorLabel), r.reason],
  );

  doc.heading(say(words.section.review));
  const review = dossier.review;
  if (!review) doc.note(none);
  else {
    doc.fields([[say(words.field.reviewStatus), say(words.reviewStatus[review.status])]], 1);
    doc.table(
      [col(words.column.round, 0.07, 'center'), col(words.column.step, 0.2), col(words.column.status, 0.13), col(words.column.who, 0.16), col(words.column.at, 0.18), col(words.field.comment, 0.26)],
      [...review.rounds]
        .reverse()
        .flatMap((round) => round.steps.map((s) => [String(round.round), s.name[language], say(words.stepStatus[s.status]), s.decidedByLabel ? who(s.decidedByLabel) : '—', at(s.decidedAt), s.comment ?? ''])),
    );
  }

  doc.heading(say(words.section.plan));
  const plan = dossier.plan;
  if (!plan) doc.note(none);
  else {
    doc.fields([
      [say(words.field.planTemplate), `${say(words.orderType[plan.template.orderType])} v${plan.template.version}`],
      [f.labels.field.promisedDate, f.calendarDate(plan.promiseDate)],
    ]);
    // Planned stages are calendar days; what actually happened is an instant.
    const span = (from: string | null, to: string | null, write: (value: string) => string) => (from ? `${write(from)} – ${to ? write(to) : '…'}` : '—');
    doc.table(
      [col(words.column.stage, 0.22), col(words.column.who, 0.16), col(words.column.planned, 0.24), col(words.column.actual, 0.24), col(words.column.status, 0.14)],
      plan.stages.map((s) => [s.name[language], s.assigneeName ?? '—', span(s.plannedStart, s.plannedEnd, f.calendarDate), span(s.actualStart, s.actualEnd, at), say(words.stageStatus[s.status])]),
    );
  }

  listSection(
    say(words.section.shipments),
    dossier.shipments,
    [
      col(words.column.carrier, 0.18),
      col(words.column.trackingNumber, 0.2),
      col(words.column.shipped, 0.18),
      col(words.column.delivered, 0.18),
      col(words.column.status, 0.12),
      col(words.column.cost, 0.14, 'right'),
    ],
    (s) => [s.carrier.name, s.trackingNumber, at(s.shippedAt), at(s.deliveredAt), say(words.shipmentStatus[s.status]), f.money(s.costMinor, s.currency)],
  );

  doc.heading(say(words.section.acceptance));
  const acceptance = dossier.acceptance;
  if (!acceptance) doc.note(none);
  else
    doc.fields([
      [say(words.field.result), say(words.lineResult[acceptance.result])],
      [say(words.field.recordedBy), who(acceptance.recordedByLabel)],
      [say(words.field.recordedAt), at(acceptance.recordedAt)],
      [say(words.field.comment), acceptance.comment ?? '—'],
    ]);

  listSection(
    say(words.section.cases),
    dossier.cases,
    [col(words.column.opened, 0.18), col(words.column.caseType, 0.12), col(words.column.status, 0.12), col(words.column.summary, 0.58)],
    (c) => [
      at(c.openedAt),
      say(exportLabels.cases.type[c.type]),
      say(exportLabels.cases.status[c.status]),
      (c.summaryCode && caseSummaryText(c.summaryCode, c.summaryParams, language)) ?? c.summary,
    ],
  );

  doc.heading(say(words.section.feedback));
  doc.fields([[say(words.field.survey), dossier.survey ? say(words.surveyStatus[dossier.survey.status]) : none]], 1);
  if (dossier.feedback.length > 0)
    doc.table(
      [col(words.column.at, 0.18), col(words.column.scores, 0.22, 'center'), col(words.column.overall, 0.08, 'right'), col(words.column.source, 0.14), col(words.column.comments, 0.38)],
      dossier.feedback.map((fb) => [
        at(fb.recordedAt),
        [fb.responseSpeed, fb.productQuality, fb.deliveryTimeliness, fb.serviceAttitude].join(' / '),
        String(fb.overall),
        say(exportLabels.feedback.channel[fb.channel]),
        [fb.comments, fb.suggestions].filter(Boolean).join(' '),
      ]),
    );

  doc.heading(say(words.section.payments));
  const { balance, items } = dossier.payments;
  doc.fields([
    [say(words.field.paid), f.money(balance.paidMinor, currency)],
    [say(words.field.outstanding), f.money(balance.dueMinor, currency)],
  ]);
  if (items.length > 0)
    doc.table(
      [col(words.column.paidOn, 0.18), col(words.column.kind, 0.14), col(words.column.method, 0.18), col(words.column.who, 0.22), col(words.column.amount, 0.28, 'right')],
      items.map((p) => [f.calendarDate(p.paidOn), say(words.paymentKind[p.kind]), say(words.paymentMethod[p.method]), who(p.recordedByLabel), f.money(p.amountMinor, p.currency)]),
    );

  doc.heading(say(words.section.events)).table(
    [col(words.column.seq, 0.07, 'right'), col(words.column.at, 0.16), col(words.column.who, 0.14), col(words.column.event, 0.21), col(words.column.hash, 0.42)],
    dossier.events.map((e) => [String(e.seq), at(e.at), who(e.actorLabel), eventName(e.action, language), e.hash]),
  );

  doc.heading(say(words.section.verification));
  if (dossier.verification.segments.length === 0) doc.note(say(words.verification.noEvents));
  for (const segment of dossier.verification.segments) {
    const chain = segment.chain.slice(0, 8);
    doc.note(
      segment.broken
        ? filled(say(words.verification.broken), { chain, seq: segment.broken.seq, reason: say(words.breakReason[segment.broken.code]) })
        : filled(say(words.verification.intact), { chain, from: segment.fromSeq, to: segment.toSeq, checked: segment.checked }),
    );
  }
  return doc.finish();
}
