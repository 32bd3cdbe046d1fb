import { useState } from 'react';
import { Alert, Button, Card, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { csrfHeaders, withQuery } from '../api/client';
import { attachmentKeys, attachmentKinds, attachmentsUrl, deleteAttachment, useAttachments, type AttachmentKind, type AttachmentOwner } from '../api/attachments';
import { orderKeys } from '../api/orders';
import { useFormat } from '../format';
import { problemMessage } from './problems';

// The server tells a file's type by its bytes (and wants the name to agree); this only narrows the file picker.
const acceptedTypes = 'application/pdf,.pdf,image/png,image/jpeg,image/webp,image/heic,.heic';

interface UploadProblem {
  code?: string;
  maxFileBytes?: number;
  maxFiles?: number;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

/**
 * The files kept on an order or a case (signed confirmation, drawings, LOGO files, photos):
 * listed with who added them, downloaded, uploaded by kind; staff with the right delete them.
 */
export function Attachments({ owner, mayUpload, mayDelete }: { owner: AttachmentOwner; mayUpload: boolean; mayDelete: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const attachments = useAttachments(owner);
  const [kind, setKind] = useState<AttachmentKind>('signed_confirmation');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const url = attachmentsUrl(owner);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: attachmentKeys.list(owner) });
    if ('orderId' in owner) void queryClient.invalidateQueries({ queryKey: orderKeys.order(owner.orderId) });
  };
  const remove = async (id: string) => {
    setBusy(id);
    setProblem(undefined);
    try {
      await deleteAttachment(owner, id);
      refresh();
    } catch (err) {
      setProblem(problemMessage(t, err));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Card size="small" title={t('attachments.title')} loading={attachments.isPending} data-testid="attachments">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {attachments.isError && <Alert type="error" showIcon title={problemMessage(t, attachments.error)} />}
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={attachments.data?.items ?? []}
          locale={{ emptyText: t('attachments.none') }}
          scroll={{ x: true }}
          columns={[
            { title: t('attachments.kind'), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'signed_confirmation' ? 'green' : undefined}>{t(`attachments.kinds.${k}`)}</Tag> },
            {
              title: t('attachments.file'),
              dataIndex: 'fileName',
              render: (name: string, a) => (
                <Typography.Link href={`${url}/${a.id}`} download={name} data-testid="attachment-link">
                  <FileOutlined /> {name}
                </Typography.Link>
              ),
            },
            { title: t('attachments.size'), dataIndex: 'sizeBytes', align: 'right', render: (b: number) => size(b) },
            { title: t('attachments.uploaded'), dataIndex: 'uploadedAt', render: (at: string, a) => `${a.uploadedByLabel} · ${format.dateTime(at)}${a.source === 'portal' ? ` · ${t('attachments.fromPortal')}` : ''}` },
            ...(mayDelete
              ? [
                  {
                    title: '',
                    key: 'delete',
                    render: (_: unknown, a: { id: string; fileName: string }) => (
                      <Popconfirm title={t('attachments.confirmDelete', { name: a.fileName })} okText={t('attachments.delete')} cancelText={t('attachments.cancel')} onConfirm={() => remove(a.id)}>
                        <Button size="small" danger icon={<DeleteOutlined />} loading={busy === a.id} aria-label={t('attachments.delete')} />
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {mayUpload && (
          <Space wrap>
            <Select<AttachmentKind>
              value={kind}
              onChange={setKind}
              style={{ width: 180 }}
              aria-label={t('attachments.kind')}
              options={attachmentKinds.map((k) => ({ value: k, label: t(`attachments.kinds.${k}`) }))}
              data-testid="attachment-kind"
            />
            <Upload
              name="file"
              multiple
              accept={acceptedTypes}
              action={withQuery(url, { kind })}
              withCredentials
              headers={csrfHeaders()}
              showUploadList={false}
              onChange={({ file }) => {
                if (file.status === 'done') {
                  setProblem(undefined);
                  refresh();
                }
                if (file.status === 'error') {
                  const refused = (file.response ?? {}) as UploadProblem;
                  const code = refused.code ?? 'internal_error';
                  const limits = { maxMiB: Math.floor((refused.maxFileBytes ?? 0) / 1024 / 1024), maxFiles: refused.maxFiles };
                  setProblem(t(`attachments.problems.${code}`, { ...limits, defaultValue: t(`errors.${code}`, { defaultValue: t('errors.unknown', { code }) }) }));
                }
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="attachment-upload">
                {t('attachments.upload')}
              </Button>
            </Upload>
          </Space>
        )}
        {problem && <Alert type="error" showIcon title={problem} data-testid="attachment-problem" />}
      </Space>
    </Card>
  );
}
