import { useState } from 'react';
import { App, Button, Card, Form, Input, Popconfirm, Space, Switch, Table, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { carrierKeys, createCarrier, deleteCarrier, updateCarrier, useCarriers, type Carrier } from '../../api/carriers';
import { settingSource, type SettingValue } from '../../api/settings';
import { useSettingsAccess } from './access';
import { FormModal } from './FormModal';
import { settingsProblemMessage, VersionedForm } from './VersionedForm';

type Letterhead = SettingValue<'documents-letterhead'>;

/** The company's name, address, telephone and tax number heading every printed document. */
function LetterheadForm() {
  const { t } = useTranslation();
  return (
    <VersionedForm<Letterhead, Letterhead>
      source={settingSource('documents-letterhead')}
      title={t('documents.letterhead.title')}
      toForm={(value) => value}
      fromForm={(values) => ({
        name: { 'zh-CN': values.name['zh-CN'].trim(), en: values.name.en.trim() },
        ...(values.address?.trim() ? { address: values.address.trim() } : {}),
        ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
        ...(values.taxId?.trim() ? { taxId: values.taxId.trim() } : {}),
      })}
      testId="letterhead-settings"
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('documents.letterhead.hint')}</Typography.Paragraph>
          <Space wrap align="start">
            <Form.Item name={['name', 'zh-CN']} label={t('documents.letterhead.nameZh')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100 }]}>
              <Input maxLength={100} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name={['name', 'en']} label={t('documents.letterhead.nameEn')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100 }]}>
              <Input maxLength={100} style={{ width: 260 }} />
            </Form.Item>
          </Space>
          <Form.Item name="address" label={t('documents.letterhead.address')} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="phone" label={t('documents.letterhead.phone')} rules={[{ max: 50 }]}>
              <Input maxLength={50} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="taxId" label={t('documents.letterhead.taxId')} rules={[{ max: 30 }]}>
              <Input maxLength={30} style={{ width: 240 }} />
            </Form.Item>
          </Space>
        </>
      )}
    </VersionedForm>
  );
}

interface CarrierValues {
  code: string;
  name: string;
  trackingUrlTemplate?: string;
}

const placeholder = '{trackingNumber}';

/** Adding a carrier, or changing one (`carrier` given). The server checks the template too. */
function CarrierForm({ carrier, onClose }: { carrier?: Carrier; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const title = carrier ? t('documents.carriers.edit') : t('documents.carriers.create');
  return (
    <FormModal<CarrierValues, Carrier>
      title={title}
      okText={t('documents.carriers.save')}
      initialValues={carrier ? { code: carrier.code, name: carrier.name, trackingUrlTemplate: carrier.trackingUrlTemplate ?? '' } : {}}
      submit={(values) => {
        const body = { code: values.code.trim(), name: values.name.trim(), trackingUrlTemplate: values.trackingUrlTemplate?.trim() || null };
        return carrier ? updateCarrier(carrier, body) : createCarrier(body);
      }}
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: carrierKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label={t('documents.carriers.code')}
        extra={t('documents.carriers.codeHint')}
        rules={[
          { required: true, whitespace: true, message: t('fieldErrors.required') },
          { pattern: /^[A-Za-z0-9_-]{1,20}$/, message: t('documents.carriers.codePattern') },
        ]}
      >
        <Input maxLength={20} style={{ width: 160 }} data-testid="carrier-code" />
      </Form.Item>
      <Form.Item name="name" label={t('documents.carriers.name')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100, message: t('fieldErrors.maxLength') }]}>
        <Input maxLength={100} data-testid="carrier-name" />
      </Form.Item>
      <Form.Item
        name="trackingUrlTemplate"
        label={t('documents.carriers.template')}
        extra={t('documents.carriers.templateHint')}
        rules={[
          {
            validator: async (_rule, value?: string) => {
              const template = value?.trim() ?? '';
              if (template === '') return;
              if (!template.startsWith('https://') || !template.includes(placeholder)) throw new Error(t('errors.invalid_tracking_url'));
            },
          },
          { max: 500, message: t('fieldErrors.maxLength') },
        ]}
      >
        <Input maxLength={500} placeholder={`https://www.example.com/track?no=${placeholder}`} data-testid="carrier-template" />
      </Form.Item>
    </FormModal>
  );
}

/** The carrier directory (承运商): what the shipment form offers, and where each carrier's tracking page is. */
export function CarriersSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { editable } = useSettingsAccess();
  const carriers = useCarriers();
  const [editing, setEditing] = useState<Carrier | 'new'>();

  const change = async (send: () => Promise<unknown>) => {
    try {
      await send();
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    }
    void queryClient.invalidateQueries({ queryKey: carrierKeys.all });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
    <Card
      title={t('settings.section.carriers')}
      extra={
        editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="carrier-create">
            {t('documents.carriers.create')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('documents.carriers.help')}</Typography.Paragraph>
      <Table<Carrier>
        rowKey="id"
        size="small"
        loading={carriers.isPending}
        dataSource={carriers.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="carriers-table"
        columns={[
          { title: t('documents.carriers.code'), dataIndex: 'code', render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: t('documents.carriers.name'), dataIndex: 'name' },
          {
            title: t('documents.carriers.template'),
            dataIndex: 'trackingUrlTemplate',
            render: (template: string | null) => (template ? <Typography.Text style={{ wordBreak: 'break-all' }}>{template}</Typography.Text> : <Typography.Text type="secondary">{t('documents.carriers.noTemplate')}</Typography.Text>),
          },
          {
            title: t('documents.carriers.active'),
            dataIndex: 'active',
            render: (active: boolean, c) => (
              <Switch checked={active} disabled={!editable} aria-label={t('documents.carriers.activeOf', { name: c.name })} onChange={(on) => void change(() => updateCarrier(c, { active: on }))} />
            ),
          },
          {
            key: 'actions',
            render: (_, c) =>
              editable && (
                <Space size={4}>
                  <Button size="small" icon={<EditOutlined />} aria-label={t('documents.carriers.editOf', { name: c.name })} onClick={() => setEditing(c)} />
                  <Popconfirm title={t('documents.carriers.deleteConfirm', { name: c.name })} okText={t('documents.carriers.delete')} cancelText={t('plan.cancel')} onConfirm={() => void change(() => deleteCarrier(c))}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('documents.carriers.deleteOf', { name: c.name })} />
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing && <CarrierForm carrier={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </Card>
    <LetterheadForm />
    </Space>
  );
}
