import { Alert, Card, Col, Descriptions, Empty, Row, Space, Spin, Steps, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePortalOrder } from '../api/portal';
import { problemMessage } from '../components/problems';
import { StatusTag } from '../components/tags';
import { useFormat } from '../format';
import { useUnits } from '../units';
import { Attachments } from '../components/Attachments';
import { PortalAcceptance } from './PortalAcceptance';
import { PortalCases } from './PortalCases';
import { PortalSurvey } from './PortalSurvey';

const stepState: Record<string, 'finish' | 'process' | 'error' | 'wait'> = { approved: 'finish', waiting: 'process', rejected: 'error', returned: 'error' };

/** One of my orders: where it stands in review, its plan, tracking, acceptance and cases. */
export default function PortalOrderDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const units = useUnits();
  const order = usePortalOrder(id);
  // Plan dates are calendar days; actual ones are instants.
  const day = (value: string | null) => (!value ? '—' : value.length === 10 ? format.date(value) : format.dateTime(value));

  if (order.isPending) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (order.isError) return <Alert type="error" showIcon title={problemMessage(t, order.error)} action={<Link to="/portal">{t('portal.myOrders')}</Link>} />;
  const o = order.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="portal-order">
      <Card
        title={
          <Space wrap>
            <Link to="/portal">{t('portal.myOrders')}</Link>/<Typography.Text strong>{o.number}</Typography.Text>
            <StatusTag status={o.status} />
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('orders.received')}>{format.dateTime(o.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('entry.deliveryDate')}>{day(o.requestedDeliveryDate)}</Descriptions.Item>
          <Descriptions.Item label={t('portal.promised')}>{day(o.promisedDeliveryDate)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.total')}>{format.money(o.totals.totalMinor, o.totals.currency)}</Descriptions.Item>
          <Descriptions.Item label={t('entry.delivery')} span={2}>
            {t(`deliveryMethod.${o.delivery.method}`)}
            {o.delivery.address ? ` · ${[o.delivery.address.city, o.delivery.address.district, o.delivery.address.line1].filter(Boolean).join(' ')}` : ''}
          </Descriptions.Item>
        </Descriptions>
        {/* On a phone the table keeps what a buyer checks (what, how many, how much) and scrolls inside itself, never the page. */}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={o.lines}
          scroll={{ x: 'max-content' }}
          data-testid="portal-order-lines"
          columns={[
            { title: '#', dataIndex: 'lineNo', width: 48, responsive: ['sm'] },
            { title: t('detail.product'), key: 'product', render: (_, l) => `${l.name} (${l.sku})` },
            { title: t('entry.quantity'), key: 'quantity', align: 'right', render: (_, l) => units.quantity(l.quantity, l.unit) },
            { title: t('portal.shipped'), key: 'shipped', align: 'right', responsive: ['md'], render: (_, l) => units.quantity(l.shippedQuantity, l.unit) },
            { title: t('detail.unitPrice'), key: 'unitPrice', align: 'right', responsive: ['md'], render: (_, l) => format.money(l.unitPriceMinor, o.totals.currency) },
            { title: t('orders.total'), key: 'total', align: 'right', render: (_, l) => format.money(l.totalMinor, o.totals.currency) },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('portal.reviewProgress')} style={{ height: '100%' }}>
            {o.review ? (
              <Steps
                orientation="vertical"
                size="small"
                items={o.review.steps.map((s) => ({
                  title: format.name(s.name),
                  status: stepState[s.status] ?? 'wait',
                  content: `${t(`review.stepStatus.${s.status}`, { defaultValue: s.status })}${s.decidedAt ? ` · ${format.dateTime(s.decidedAt)}` : ''}`,
                }))}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noReview')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('portal.plan')} style={{ height: '100%' }}>
            {o.plan ? (
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={o.plan.stages}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('portal.stage'), key: 'name', render: (_, s) => format.name(s.name) },
                  { title: t('portal.plannedDates'), key: 'planned', render: (_, s) => `${day(s.plannedStart)} – ${day(s.plannedEnd)}` },
                  { title: t('portal.done'), key: 'actualEnd', responsive: ['sm'], render: (_, s) => day(s.actualEnd) },
                  { title: t('orders.status'), key: 'status', render: (_, s) => <Tag>{t(`portal.stageStatus.${s.status}`, { defaultValue: s.status })}</Tag> },
                ]}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noPlan')} />
            )}
          </Card>
        </Col>
      </Row>

      <Card title={t('portal.tracking')}>
        {o.shipments.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noShipments')} />
        ) : (
          <Row gutter={[16, 16]}>
            {o.shipments.map((s) => (
              <Col xs={24} md={12} key={s.id}>
                <Typography.Paragraph strong data-testid="tracking-number">
                  {s.carrier} · {s.trackingNumber} <Tag>{t(`portal.shipmentStatus.${s.status}`, { defaultValue: s.status })}</Tag>
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary">{s.lines.map((l) => `${l.name} × ${units.quantity(l.quantity, l.unit)}`).join(t('detail.listSeparator'))}</Typography.Paragraph>
                <Timeline
                  items={[{ content: `${t('portal.shipmentStatus.shipped')} · ${format.dateTime(s.shippedAt)}` }, ...s.events.map((e) => ({ content: `${t(`portal.shipmentStatus.${e.status}`, { defaultValue: e.status })} · ${format.dateTime(e.at)}${e.location ? ` · ${e.location}` : ''}` }))]}
                />
              </Col>
            ))}
          </Row>
        )}
      </Card>

      <PortalAcceptance order={o} />
      <PortalSurvey order={o} />
      <PortalCases order={o} />
      <Attachments owner={{ portalOrderId: o.id }} mayUpload mayDelete={false} />
    </Space>
  );
}
