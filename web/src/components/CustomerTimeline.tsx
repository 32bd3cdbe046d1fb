import { Button, Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCustomerTimeline, type TimelineEntry } from '../api/relationship';
import { useFormat } from '../format';
import { useMessages } from '../messages';
import { QueryError } from './QueryError';

const colours: Record<TimelineEntry['kind'], string> = {
  order_received: 'blue',
  order_delivered: 'green',
  order_contact: 'cyan',
  case_opened: 'red',
  case_closed: 'gray',
  feedback: 'gold',
  follow_up_done: 'purple',
};

/** One entry in the reader's words: what happened, then the details it carries. */
function EntryText({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const messages = useMessages();
  const p = entry.params;
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const order = entry.orderId && entry.orderNumber ? <Link to={`/orders/${entry.orderId}`}>{entry.orderNumber}</Link> : null;
  const details = ((): string => {
    switch (entry.kind) {
      case 'order_received':
        return t('relationship.timeline.orderReceived', { channel: t(`channel.${text(p.channel)}`), amount: format.money(Number(p.totalMinor), text(p.currency)), status: t(`status.${text(p.status)}`) });
      case 'order_contact':
        return t('relationship.timeline.contact', { channel: t(`exceptionDesk.channels.${text(p.channel)}`, { defaultValue: text(p.channel) }), summary: text(p.summary) }) + (p.outcome ? t('relationship.timeline.outcome', { outcome: text(p.outcome) }) : '');
      case 'case_opened':
        return `${t(`portal.caseType.${text(p.type)}`)} · ${entry.message ? messages.render(entry.message.code, entry.message.params) : text(p.summary)}`;
      case 'case_closed':
        return `${t(`portal.caseType.${text(p.type)}`)}${p.resolution ? ` · ${text(p.resolution)}` : ''}`;
      case 'feedback':
        return `${t(`aftersalesDesk.feedback.channels.${text(p.channel)}`)} · ` + (['responseSpeed', 'productQuality', 'deliveryTimeliness', 'serviceAttitude'] as const).map((q) => `${t(`survey.questions.${q}`)} ${text(p[q])}`).join(t('messages.listSeparator')) + (p.comments ? ` · ${text(p.comments)}` : '');
      case 'follow_up_done':
        return `${t(`tasksPage.kinds.${text(p.taskKind)}`)} · ${entry.message ? messages.render(entry.message.code, entry.message.params) : ''}${p.note ? ` · ${t('relationship.timeline.note', { note: text(p.note) })}` : ''}`;
      case 'order_delivered':
        return '';
    }
  })();
  return (
    <div data-testid="timeline-entry" data-kind={entry.kind}>
      <Typography.Text strong>{t(`relationship.timeline.kinds.${entry.kind}`)}</Typography.Text> {order}
      {entry.caseId && (
        <>
          {' '}
          <Link to={`/cases/${entry.caseId}`}>{t('relationship.timeline.openCase')}</Link>
        </>
      )}
      <div>
        <Typography.Text type="secondary">
          {format.dateTime(entry.at)}
          {entry.by ? ` · ${messages.actor(entry.by)}` : ''}
        </Typography.Text>
      </div>
      {details && <div>{details}</div>}
    </div>
  );
}

/** Seed 003: the customer's history in one column, newest first — orders, contacts, cases, surveys, follow-ups. */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const timeline = useCustomerTimeline(customerId);
  const entries = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card size="small" title={t('relationship.timeline.title')} loading={timeline.isPending} data-testid="customer-timeline">
      <QueryError query={timeline} />
      {entries.length === 0 && !timeline.isPending ? (
        <Empty description={t('relationship.timeline.empty')} />
      ) : (
        <Timeline items={entries.map((entry) => ({ key: `${entry.kind}:${entry.id}`, color: colours[entry.kind], content: <EntryText entry={entry} /> }))} />
      )}
      {timeline.hasNextPage && (
        <Button onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
          {t('relationship.timeline.more')}
        </Button>
      )}
    </Card>
  );
}
