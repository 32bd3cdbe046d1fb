import { useState } from 'react';
import { Alert, Button, Card, Form, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { caseExportHref, caseStatuses, caseTypes, useCaseCount, useCasePages, type AftersalesCase, type CaseFilters } from '../api/cases';
import { DataTable } from '../components/DataTable';
import { useUrlSort } from '../components/url-params';
import type { Answer } from '../api/openapi';
import { can, type Me } from '../api/session';
import { caseColours, caseNumber, contactOverdue, OpenCaseForm, useCaseOwners, useCaseRefresh } from '../components/Cases';
import { problemMessage } from '../components/problems';
import { RemoteSelect } from '../components/RemoteSelect';
import { useFormat } from '../format';
import { CardHeading } from '../components/CardHeading';

/** Open a case from the desk: the customer, optionally one of their orders, then the case itself. */
function OpenCaseModal({ onClose }: { onClose: (opened?: AftersalesCase) => void }) {
  const { t } = useTranslation();
  const [customerId, setCustomerId] = useState<string>();
  const [orderId, setOrderId] = useState<string>();
  const orders = useQuery({
    queryKey: ['orders', 'of-customer', customerId],
    queryFn: () => api<Answer<'/api/v1/orders', 'get'>>('/api/v1/orders', { query: { customerId, limit: 100 } }),
    enabled: customerId !== undefined,
  });
  return (
    <Modal open title={t('aftersalesDesk.openCaseTitle')} footer={null} onCancel={() => onClose()} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('aftersalesDesk.customer')} required>
          <RemoteSelect
            id="case-customer"
            path="/api/v1/customers"
            label={(c) => c.name}
            value={customerId}
            onChange={(id) => {
              setCustomerId(id);
              setOrderId(undefined);
            }}
          />
        </Form.Item>
        <Form.Item label={t('aftersalesDesk.orderOptional')}>
          <Select
            id="case-order"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!customerId}
            placeholder={customerId ? undefined : t('aftersalesDesk.feedback.chooseCustomerFirst')}
            value={orderId}
            onChange={setOrderId}
            options={(orders.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.number} · ${t(`status.${o.status}`)}` }))}
          />
        </Form.Item>
      </Form>
      {customerId && <OpenCaseForm key={`${customerId}:${orderId ?? ''}`} target={orderId ? { orderId, customerId } : { customerId }} onDone={onClose} />}
    </Modal>
  );
}

type OwnerChoice = 'anyone' | 'me' | string;

/** The columns the server sorts the desk's cases by; none is newest first. */
const caseSorts = ['opened', 'contactDue', 'type', 'status'] as const;

/** The export writes the visible columns in their order; the case number is the console's, the file has the opening time instead. */
function exportColumnsOf(shown: string[]): string {
  const columns: Record<string, string[]> = { opened: ['opened'], order: ['order'], customer: ['customer'], type: ['type'], status: ['status'], owner: ['owner'], deadline: ['contactDue', 'contacted'] };
  return [...new Set(shown.flatMap((key) => columns[key] ?? []))].join(',') || 'opened';
}

/** The after-sales desk (`/cases`): every case, filtered by type, status, owner and overdue contact. */
export default function CaseDesk({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const refresh = useCaseRefresh();
  const owners = useCaseOwners();
  const [type, setType] = useState<CaseFilters['type']>();
  const [status, setStatus] = useState<CaseFilters['status']>();
  const [owner, setOwner] = useState<OwnerChoice>('anyone');
  const [overdue, setOverdue] = useState(false);
  const [opening, setOpening] = useState(false);
  const ownerId = owner === 'anyone' ? undefined : owner === 'me' ? me.id : owner;
  const { sort, setSort } = useUrlSort(caseSorts);
  const filters = { ...(type ? { type } : {}), ...(status ? { status } : {}), ...(ownerId ? { ownerId } : {}), ...(overdue ? { overdue: true } : {}) };
  const query = { ...filters, sort: sort?.key, order: sort?.order };
  const cases = useCasePages(query);
  const total = useCaseCount(filters);

  return (
    <Card
      title={<CardHeading>{t('aftersalesDesk.title')}</CardHeading>}
      extra={
        can(me, 'aftersales:write') && (
          <Button type="primary" onClick={() => setOpening(true)} data-testid="desk-open-case">
            {t('aftersalesDesk.openCase')}
          </Button>
        )
      }
      data-testid="case-desk"
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('aftersalesDesk.type')}
          allowClear
          placeholder={t('aftersalesDesk.allTypes')}
          style={{ minWidth: 140 }}
          value={type}
          onChange={setType}
          options={caseTypes.map((c) => ({ value: c, label: t(`portal.caseType.${c}`) }))}
        />
        <Select
          aria-label={t('aftersalesDesk.status')}
          allowClear
          placeholder={t('aftersalesDesk.allStatuses')}
          style={{ minWidth: 140 }}
          value={status}
          onChange={setStatus}
          options={caseStatuses.map((s) => ({ value: s, label: t(`aftersalesDesk.statusName.${s}`) }))}
        />
        <Select
          aria-label={t('aftersalesDesk.ownerFilter')}
          style={{ minWidth: 160 }}
          value={owner}
          onChange={setOwner}
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: 'anyone', label: t('aftersalesDesk.ownerAnyone') },
            { value: 'me', label: t('aftersalesDesk.ownerMine') },
            ...(owners.data ?? []).filter((s) => s.id !== me.id).map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <Space>
          <Switch checked={overdue} onChange={setOverdue} aria-label={t('aftersalesDesk.overdueOnly')} />
          <Typography.Text>{t('aftersalesDesk.overdueOnly')}</Typography.Text>
        </Space>
      </Space>
      {cases.isError && <Alert type="error" showIcon title={problemMessage(t, cases.error)} style={{ marginBottom: 16 }} />}
      <DataTable<AftersalesCase>
        preferenceKey="table.cases"
        rowKey="id"
        loading={cases.isPending}
        rows={cases.data?.pages.flatMap((p) => p.items) ?? []}
        total={total.data?.total}
        hasMore={cases.hasNextPage}
        onLoadMore={() => void cases.fetchNextPage()}
        loadingMore={cases.isFetchingNextPage}
        onReload={() => void Promise.all([cases.refetch(), total.refetch()])}
        sort={sort}
        onSort={setSort}
        exportHref={(fileFormat, shown) => caseExportHref({ ...query, format: fileFormat, columns: exportColumnsOf(shown), lang: i18n.language === 'en' ? 'en' : 'zh-CN' })}
        onRow={(c) => ({ onClick: () => navigate(`/cases/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'opened', title: t('listExport.opened'), sortKey: 'opened', render: (_, c) => format.dateTime(c.openedAt) },
          { key: 'number', title: t('aftersalesDesk.number'), render: (_, c) => <Link to={`/cases/${c.id}`}>{caseNumber(c.id)}</Link> },
          { key: 'order', title: t('aftersalesDesk.order'), render: (_, c) => (c.orderId ? <Link to={`/orders/${c.orderId}?tab=cases`} onClick={(e) => e.stopPropagation()}>{c.orderNumber}</Link> : '—') },
          { key: 'customer', title: t('aftersalesDesk.customer'), render: (_, c) => c.customerName },
          { key: 'type', title: t('aftersalesDesk.type'), sortKey: 'type', render: (_, c) => t(`portal.caseType.${c.type}`) },
          { key: 'status', title: t('aftersalesDesk.status'), sortKey: 'status', render: (_, c) => <Tag color={caseColours[c.status]}>{t(`aftersalesDesk.statusName.${c.status}`)}</Tag> },
          { key: 'owner', title: t('aftersalesDesk.owner'), render: (_, c) => c.owner?.label ?? <Typography.Text type="secondary">{t('aftersalesDesk.unowned')}</Typography.Text> },
          {
            key: 'deadline',
            title: t('aftersalesDesk.deadline'),
            sortKey: 'contactDue',
            render: (_, c) =>
              c.contactedAt ? (
                <Typography.Text type="secondary">{t('aftersalesDesk.contacted')}</Typography.Text>
              ) : contactOverdue(c) ? (
                <Typography.Text type="danger" data-testid="case-overdue">
                  {`${format.dateTime(c.contactDueAt)} · ${t('aftersalesDesk.overdue')}`}
                </Typography.Text>
              ) : (
                format.dateTime(c.contactDueAt)
              ),
          },
        ]}
      />
      {opening && (
        <OpenCaseModal
          onClose={(opened) => {
            setOpening(false);
            if (opened) {
              refresh(opened.orderId);
              navigate(`/cases/${opened.id}`);
            }
          }}
        />
      )}
    </Card>
  );
}
