import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Dropdown, Grid, Modal, Result, Row, Space, Typography } from 'antd';
import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { FileProtectOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { printedDocumentUrl } from '../api/carriers';
import { ApiProblem } from '../api/client';
import { addressLine, textField } from '../api/open-fields';
import { confirmOrderEntry, dossierHref, orderEvents, orderKeys, useOrder, type AuditEvent, type AuditEventPage, type Order } from '../api/orders';
import { reviewKeys } from '../api/review';
import { can, type Me } from '../api/session';
import { Findings } from '../components/Findings';
import { OrderChanges } from '../components/OrderChanges';
import { OrderExecution } from '../components/OrderExecution';
import { LateReasons, PriorityOverrideButton } from '../components/OrderAdjustments';
import { Attachments } from '../components/Attachments';
import { Payments } from '../components/Payments';
import { History, Lines, ReviewChain, SlaClocks } from '../components/OrderSections';
import { PriorityExplain } from '../components/PriorityExplain';
import { problemMessage } from '../components/problems';
import { Countdown, HealthTag, PriorityTag, StatusTag } from '../components/tags';
import { useFormat } from '../format';
import { OwnerForm } from './ExceptionDesk';
import { actionLabel, actorName } from '../messages';

/**
 * Maker–checker (SPEC §3): a hand-entered order waits until someone else confirms it. The
 * confirmation carries the version seen; if the order changed meanwhile, say who changed what.
 */
function EntryCheck({ order, me }: { order: Order; me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [stale, setStale] = useState<AuditEvent[]>();
  const waiting = order.status === 'awaiting_entry_check';
  // A refused confirmation stays on screen after the reload that shows the order moved on.
  if (!waiting && !stale) return null;
  const mayConfirm = waiting && can(me, 'orders:confirm_entry') && order.entry.enteredBy !== me.id;

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    setStale(undefined);
    // The history on screen is what this user has seen; anything after it is someone else's change.
    const seen = queryClient.getQueryData<InfiniteData<AuditEventPage>>(orderKeys.events(order.id));
    const lastSeen = Math.max(0, ...(seen?.pages.flatMap((p) => p.items.map((e) => e.seq)) ?? []));
    try {
      await confirmOrderEntry(order);
    } catch (err) {
      setError(err);
      if (err instanceof ApiProblem && err.code === 'precondition_failed') {
        const events = await orderEvents(order.id, { limit: 200 }).catch(() => undefined);
        setStale(events?.items.filter((e) => e.seq > lastSeen));
      }
    } finally {
      setBusy(false);
      for (const queryKey of [orderKeys.order(order.id), orderKeys.all, reviewKeys.inbox, orderKeys.summary]) void queryClient.invalidateQueries({ queryKey });
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="entry-check"
      title={waiting ? t('detail.awaitingEntryCheck') : problemMessage(t, error)}
      description={
        <Space orientation="vertical">
          {waiting && <span>{mayConfirm ? t('detail.entryCheckYou') : order.entry.enteredBy === me.id ? t('detail.entryCheckOther') : t('detail.entryCheckRole')}</span>}
          {waiting && error !== undefined && <Typography.Text type="danger">{problemMessage(t, error)}</Typography.Text>}
          {stale && stale.length > 0 && (
            <Typography.Text type="warning">
              {t('detail.staleBy', {
                who: [...new Set(stale.map((e) => actorName(t, e.actorLabel)))].join(', '),
                at: format.dateTime(stale.at(-1)!.at),
                what: stale.map((e) => actionLabel(t, e.action)).join(t('detail.listSeparator')),
              })}
            </Typography.Text>
          )}
          {mayConfirm && (
            <Button type="primary" loading={busy} onClick={() => void confirm()}>
              {t('detail.confirmEntry')}
            </Button>
          )}
        </Space>
      }
    />
  );
}

/** Who owns the order, and handing it over (If-Match: a stale version is refused). */
function OrderOwner({ order, me }: { order: Order; me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <Space size={4} data-testid="order-owner">
      {order.owner?.name ?? t('assignment.unassigned')}
      {can(me, 'orders:handle_exception') && (
        <Button size="small" type="link" onClick={() => setOpen(true)}>
          {t('exceptionDesk.reassign')}
        </Button>
      )}
      <Modal open={open} title={`${t('exceptionDesk.reassign')} · ${order.number}`} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <OwnerForm
          order={order}
          onDone={() => {
            setOpen(false);
            for (const queryKey of [orderKeys.order(order.id), orderKeys.all, ['tasks']]) void queryClient.invalidateQueries({ queryKey });
          }}
        />
      </Modal>
    </Space>
  );
}

/** 订单档案: the order's archive record, printed in the reader's language or as JSON; the server records each download. */
function DossierMenu({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'pdf',
            label: (
              <a href={dossierHref(order.id, { format: 'pdf', lang })} download data-testid="dossier-pdf">
                {t('dossier.pdf')}
              </a>
            ),
          },
          {
            key: 'json',
            label: (
              <a href={dossierHref(order.id, { format: 'json', lang })} download={`dossier-${order.number}.json`} data-testid="dossier-json">
                {t('dossier.json')}
              </a>
            ),
          },
        ],
      }}
    >
      <Button icon={<FileProtectOutlined />} data-testid="dossier">
        {t('dossier.button')}
      </Button>
    </Dropdown>
  );
}

/** One order: header, lines, its execution (process, plan, shipments, acceptance, cases), priority explanation, SLA clocks, review chain and the full history. */
export default function OrderDetail({ me }: { me: Me }) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const narrow = !Grid.useBreakpoint().md;
  const order = useOrder(id);

  if (order.isPending) return <Card loading />;
  if (order.isError) {
    return <Result status={order.error instanceof ApiProblem && order.error.status === 404 ? '404' : 'error'} title={problemMessage(t, order.error)} extra={<Link to="/orders">{t('nav.orders')}</Link>} />;
  }
  const o = order.data;
  const address = addressLine(o.delivery.address);
  const requirements = textField(o.specialRequirements, 'text');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="order-detail">
      <Space wrap align="center">
        <Typography.Title level={1} style={{ margin: 0 }} data-testid="order-number">
          {o.number}
        </Typography.Title>
        <StatusTag status={o.status} />
        <HealthTag health={o.health} />
        {o.deliveredLate && <Typography.Text type="danger">{t('health.deliveredLate', { date: o.promisedAtDelivery ? format.date(o.promisedAtDelivery) : '—' })}</Typography.Text>}
        <PriorityTag level={o.priority.level} />
        {o.nextDeadline && <Countdown secondsLeft={o.nextDeadline.secondsLeft} />}
        <Button icon={<PrinterOutlined />} href={printedDocumentUrl.orderConfirmation(o.id)} target="_blank" rel="noopener" data-testid="print-confirmation">
          {t('documents.printConfirmation')}
        </Button>
        <DossierMenu order={o} />
      </Space>
      {o.replacementOf && (
        <Alert
          type="info"
          showIcon
          data-testid="replacement-of"
          title={
            <Space wrap>
              <span>{t('aftersalesDesk.replacementOf', { number: o.replacementOf.number })}</span>
              <Link to={`/orders/${o.replacementOf.orderId}?tab=cases`}>{o.replacementOf.number}</Link>
              <Link to={`/cases/${o.replacementOf.caseId}`}>{t('aftersalesDesk.viewCase')}</Link>
            </Space>
          }
        />
      )}
      <EntryCheck order={o} me={me} />
      <Findings exceptions={o.exceptions} warnings={o.warnings} />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('orders.customer')}>
            <Link to={`/customers/${o.customer.id}`}>{o.customer.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('assignment.owner')}>
            <OrderOwner order={o} me={me} />
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.total')}>{format.money(o.totals.totalMinor, o.totals.currency)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.channel')}>{`${t(`channel.${o.channel}`)}${o.externalRef ? ` · ${o.externalRef}` : ''}`}</Descriptions.Item>
          <Descriptions.Item label={t('entry.type')}>{t(`orderType.${o.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('entry.payment')}>{t(`payment.${o.paymentStatus}`)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.received')}>{format.dateTime(o.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('entry.deliveryDate')}>{o.requestedDeliveryDate ? format.date(o.requestedDeliveryDate) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail.promised')}>{o.promisedDeliveryDate ? format.date(o.promisedDeliveryDate) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('entry.delivery')}>{o.delivery.method === 'pickup' ? t('deliveryMethod.pickup') : (address ?? '—')}</Descriptions.Item>
          <Descriptions.Item label={t('detail.contact')}>{o.contact ? [textField(o.contact, 'name'), textField(o.contact, 'phone'), textField(o.contact, 'email')].filter(Boolean).join(' · ') : '—'}</Descriptions.Item>
          {requirements && <Descriptions.Item label={t('entry.requirements')}>{requirements}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t('entry.lines')}>
        <Lines order={o} narrow={narrow} />
      </Card>
      <OrderChanges order={o} me={me} />
      <OrderExecution order={o} me={me} narrow={narrow} />
      <Payments order={o} me={me} />
      <Attachments owner={{ orderId: o.id }} mayUpload={can(me, 'attachments:write')} mayDelete={can(me, 'attachments:write')} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('detail.priority')} extra={<PriorityOverrideButton order={o} me={me} />}>
            <PriorityExplain priority={o.priority} currency={o.totals.currency} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <SlaClocks orderId={o.id} />
          <LateReasons orderId={o.id} me={me} />
        </Col>
        <Col xs={24} lg={12}>
          <ReviewChain order={o} me={me} />
        </Col>
        <Col xs={24} lg={12}>
          <History orderId={o.id} />
        </Col>
      </Row>
    </Space>
  );
}
