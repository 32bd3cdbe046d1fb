import { useEffect, useState } from 'react';
import { App, Button, Card, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { createSegment, deleteSegment, segmentExportHref, updateSegment, useSegmentPreview, useSegments, type Segment, type SegmentFilter, type SegmentMember } from '../api/segments';
import { problemMessage } from '../components/problems';
import { QueryError } from '../components/QueryError';
import { SegmentCampaigns } from '../components/SegmentCampaigns';
import { SegmentFollowUps } from '../components/SegmentFollowUps';
import { useFormat } from '../format';
import { TierTag } from './CustomerList';

const tiers = ['vip', 'normal', 'new'] as const;
/** The console counts money in CNY, entered in yuan. */
const currency = 'CNY';

/** The editor's fields: one per bound, amounts in yuan. */
interface FilterForm {
  name?: string;
  tiers?: (typeof tiers)[number][];
  recencyMin?: number | null;
  recencyMax?: number | null;
  ordersWindow?: number | null;
  ordersMin?: number | null;
  ordersMax?: number | null;
  amountWindow?: number | null;
  amountMin?: number | null;
  amountMax?: number | null;
  contactMin?: number | null;
  contactMax?: number | null;
  tags?: string[];
  province?: string;
  city?: string;
  openCases?: 'any' | 'yes' | 'no';
  scoreAbove?: number | null;
  scoreBelow?: number | null;
}

const given = (value: number | null | undefined): value is number => value !== null && value !== undefined;
const toMinor = (yuan: number) => Math.round(yuan * 100);

/** The filter the fields say: a part only when one of its bounds is filled in. */
function filterOf(v: FilterForm): SegmentFilter {
  const filter: SegmentFilter = {};
  if (v.tiers?.length) filter.tiers = v.tiers;
  if (given(v.recencyMin) || given(v.recencyMax)) filter.recency = { ...(given(v.recencyMin) ? { minDays: v.recencyMin } : {}), ...(given(v.recencyMax) ? { maxDays: v.recencyMax } : {}) };
  if (given(v.ordersMin) || given(v.ordersMax)) {
    filter.frequency = { windowDays: v.ordersWindow ?? 365, ...(given(v.ordersMin) ? { min: v.ordersMin } : {}), ...(given(v.ordersMax) ? { max: v.ordersMax } : {}) };
  }
  if (given(v.amountMin) || given(v.amountMax)) {
    filter.monetary = { windowDays: v.amountWindow ?? 365, currency, ...(given(v.amountMin) ? { minMinor: toMinor(v.amountMin) } : {}), ...(given(v.amountMax) ? { maxMinor: toMinor(v.amountMax) } : {}) };
  }
  if (given(v.contactMin) || given(v.contactMax)) filter.lastContact = { ...(given(v.contactMin) ? { minDays: v.contactMin } : {}), ...(given(v.contactMax) ? { maxDays: v.contactMax } : {}) };
  if (v.tags?.length) filter.tags = v.tags;
  const province = v.province?.trim();
  const city = v.city?.trim();
  if (province || city) filter.region = { ...(province ? { province } : {}), ...(city ? { city } : {}) };
  if (v.openCases === 'yes' || v.openCases === 'no') filter.openCases = v.openCases === 'yes';
  if (given(v.scoreAbove) || given(v.scoreBelow)) filter.satisfaction = { ...(given(v.scoreAbove) ? { above: v.scoreAbove } : {}), ...(given(v.scoreBelow) ? { below: v.scoreBelow } : {}) };
  return filter;
}

function formOf(segment: Segment): FilterForm {
  const f = segment.filter;
  return {
    name: segment.name,
    tiers: f.tiers,
    recencyMin: f.recency?.minDays,
    recencyMax: f.recency?.maxDays,
    ordersWindow: f.frequency?.windowDays,
    ordersMin: f.frequency?.min,
    ordersMax: f.frequency?.max,
    amountWindow: f.monetary?.windowDays,
    amountMin: given(f.monetary?.minMinor) ? f.monetary.minMinor / 100 : undefined,
    amountMax: given(f.monetary?.maxMinor) ? f.monetary.maxMinor / 100 : undefined,
    contactMin: f.lastContact?.minDays,
    contactMax: f.lastContact?.maxDays,
    tags: f.tags,
    province: f.region?.province,
    city: f.region?.city,
    openCases: f.openCases === undefined ? 'any' : f.openCases ? 'yes' : 'no',
    scoreAbove: f.satisfaction?.above,
    scoreBelow: f.satisfaction?.below,
  };
}

/** Two bounds side by side under one heading. */
function Bounds({ label, low, high, unit, min = 0, max, step }: { label: string; low: keyof FilterForm; high: keyof FilterForm; unit: string; min?: number; max?: number; step?: number }) {
  const { t } = useTranslation();
  return (
    <Row gutter={8}>
      <Col span={12}>
        <Form.Item name={low} label={t('segments.atLeast', { what: label, unit })}>
          <InputNumber min={min} max={max} step={step} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name={high} label={t('segments.atMost', { what: label, unit })}>
          <InputNumber min={min} max={max} step={step} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

function MembersTable({ members, loading }: { members: SegmentMember[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ago = (at: string | null, days: number | null) => (at ? `${format.dateTime(at)} · ${t('segments.daysAgo', { count: days ?? 0 })}` : '—');
  return (
    <Table<SegmentMember>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={members}
      pagination={false}
      scroll={{ x: true }}
      onRow={() => ({ 'data-testid': 'segment-member' }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('segments.noMembers') }}
      columns={[
        { title: t('segments.columns.name'), dataIndex: 'name', render: (name: string, m) => <Link to={`/customers/${m.id}`}>{name}</Link> },
        { title: t('segments.columns.tier'), dataIndex: 'tier', render: (tier: string) => <TierTag tier={tier} /> },
        { title: t('segments.columns.region'), key: 'region', render: (_, m) => [m.province, m.city].filter(Boolean).join(' ') || '—' },
        { title: t('segments.columns.lastOrder'), key: 'lastOrder', render: (_, m) => ago(m.lastOrderAt, m.daysSinceLastOrder) },
        { title: t('segments.columns.orders'), dataIndex: 'ordersInWindow', align: 'right' },
        { title: t('segments.columns.amount'), key: 'amount', align: 'right', render: (_, m) => format.money(m.amountInWindowMinor, m.currency) },
        { title: t('segments.columns.lastContact'), key: 'lastContact', render: (_, m) => ago(m.lastContactAt, m.daysSinceLastContact) },
        { title: t('segments.columns.openCases'), dataIndex: 'openCases', align: 'right' },
        { title: t('segments.columns.averageScore'), dataIndex: 'averageScore', align: 'right', render: (score: number | null) => score ?? '—' },
      ]}
    />
  );
}

/** Saved customer segments: the list with counts, an editor with a live count, the members with export, and their follow-ups. */
export default function Segments() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const segments = useSegments();
  const [form] = Form.useForm<FilterForm>();
  const [selected, setSelected] = useState<Segment>();
  const [draft, setDraft] = useState<SegmentFilter>({});
  const [filter, setFilter] = useState<SegmentFilter>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [followingUp, setFollowingUp] = useState(false);
  // The count follows the fields a moment after typing stops, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setFilter(draft), 300);
    return () => clearTimeout(timer);
  }, [draft]);
  const preview = useSegmentPreview(filter);

  const open = (segment: Segment | undefined) => {
    setSelected(segment);
    setProblem(undefined);
    form.resetFields();
    const values = segment ? formOf(segment) : { openCases: 'any' as const };
    form.setFieldsValue(values);
    setDraft(filterOf(values));
  };

  const save = async (values: FilterForm) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { name: (values.name ?? '').trim(), filter: filterOf(values) };
      const saved = selected ? await updateSegment(selected, body) : await createSegment(body);
      const list = await segments.refetch();
      setSelected(list.data?.items.find((s) => s.id === saved.id));
      void message.success(t('segments.saved'));
    } catch (err) {
      setProblem(problemMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (segment: Segment) => {
    try {
      await deleteSegment(segment);
      await segments.refetch();
      open(undefined);
    } catch (err) {
      setProblem(problemMessage(t, err));
    }
  };

  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const members = preview.data?.items ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="segments-page">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('segments.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Card
            title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('segments.saved_list')}</Typography.Title>}
            extra={
              <Button icon={<PlusOutlined />} onClick={() => open(undefined)}>
                {t('segments.new')}
              </Button>
            }
          >
            <QueryError query={segments} />
            <Table<Segment>
              rowKey="id"
              size="small"
              loading={segments.isPending}
              dataSource={segments.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: t('segments.none') }}
              rowClassName={(s) => (s.id === selected?.id ? 'ant-table-row-selected' : '')}
              onRow={(s) => ({ onClick: () => open(s), style: { cursor: 'pointer' }, 'data-testid': 'segment-row' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('segments.name'), dataIndex: 'name', render: (name: string, s) => <a onClick={() => open(s)}>{name}</a> },
                { title: t('segments.count'), dataIndex: 'count', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{selected ? selected.name : t('segments.new')}</Typography.Title>}>
            <Form<FilterForm> form={form} layout="vertical" initialValues={{ openCases: 'any' }} onValuesChange={(_, all) => setDraft(filterOf(all))} onFinish={(values) => void save(values)}>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item name="name" label={t('segments.name')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100, message: t('fieldErrors.maxLength') }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                  <Form.Item name="tiers" label={t('segments.tiers')}>
                    <Select mode="multiple" allowClear options={tiers.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))} />
                  </Form.Item>
                  <Form.Item name="tags" label={t('segments.tags')} extra={t('segments.tagsHint')}>
                    <Select mode="tags" allowClear open={false} />
                  </Form.Item>
                  <Row gutter={8}>
                    <Col span={12}>
                      <Form.Item name="province" label={t('segments.province')}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item name="city" label={t('segments.city')}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item name="openCases" label={t('segments.openCases')}>
                    <Select options={(['any', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`segments.openCasesOptions.${v}`) }))} />
                  </Form.Item>
                  <Bounds label={t('segments.satisfaction')} low="scoreAbove" high="scoreBelow" unit={t('segments.scoreUnit')} min={1} max={5} step={0.1} />
                </Col>
                <Col xs={24} md={12}>
                  <Bounds label={t('segments.recency')} low="recencyMin" high="recencyMax" unit={t('segments.days')} />
                  <Form.Item name="ordersWindow" label={t('segments.ordersWindow')}>
                    <InputNumber min={1} max={3650} placeholder="365" style={{ width: '100%' }} />
                  </Form.Item>
                  <Bounds label={t('segments.orders')} low="ordersMin" high="ordersMax" unit={t('segments.ordersUnit')} />
                  <Form.Item name="amountWindow" label={t('segments.amountWindow')}>
                    <InputNumber min={1} max={3650} placeholder="365" style={{ width: '100%' }} />
                  </Form.Item>
                  <Bounds label={t('segments.amount')} low="amountMin" high="amountMax" unit={t('segments.yuan')} step={100} />
                  <Bounds label={t('segments.lastContact')} low="contactMin" high="contactMax" unit={t('segments.days')} />
                </Col>
              </Row>
              <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                <div data-testid="segment-count">
                  <Statistic title={t('segments.liveCount')} value={preview.data?.total ?? 0} loading={preview.isPending} valueStyle={{ fontSize: 20 }} />
                </div>
                <Space wrap>
                  {selected && (
                    <Popconfirm title={t('segments.deleteConfirm')} okText={t('segments.delete')} cancelText={t('common.cancel')} onConfirm={() => void remove(selected)}>
                      <Button danger>{t('segments.delete')}</Button>
                    </Popconfirm>
                  )}
                  <Button type="primary" htmlType="submit" loading={busy}>
                    {t('segments.save')}
                  </Button>
                </Space>
              </Space>
              {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
            </Form>
          </Card>
        </Col>
      </Row>
      <Card
        title={<Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>{t('segments.members', { count: preview.data?.total ?? 0 })}</Typography.Title>}
        extra={
          selected && (
            <Space wrap>
              <Button icon={<DownloadOutlined />} href={segmentExportHref(selected.id, { format: 'xlsx', lang })}>
                {t('segments.exportXlsx')}
              </Button>
              <Button icon={<DownloadOutlined />} href={segmentExportHref(selected.id, { format: 'csv', lang })}>
                {t('segments.exportCsv')}
              </Button>
              <Button type="primary" onClick={() => setFollowingUp(true)}>
                {t('segments.followUps.open')}
              </Button>
            </Space>
          )
        }
      >
        <QueryError query={preview} />
        {(preview.data?.total ?? 0) > members.length && <Typography.Paragraph type="secondary">{t('segments.firstOnly', { shown: members.length })}</Typography.Paragraph>}
        <MembersTable members={members} loading={preview.isPending} />
      </Card>
      {selected && <SegmentCampaigns segment={selected} />}
      {followingUp && selected && <SegmentFollowUps segment={selected} onClose={() => setFollowingUp(false)} />}
    </Space>
  );
}
