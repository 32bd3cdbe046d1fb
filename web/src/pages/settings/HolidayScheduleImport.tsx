import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem, type FieldProblem } from '../../api/client';
import type { Answer, RequestBody } from '../../api/openapi';
import type { CalendarSetting } from '../../api/settings';
import { ifMatch, reloadVersioned, type Versioned, type VersionedSource } from '../../api/versioned';
import { weekdayName } from './HolidayDates';
import { settingsProblemMessage } from './VersionedForm';

/* 导入法定节假日: a schedule file uploaded, previewed day by day, applied on confirm. */

const importPath = '/api/v1/settings/calendar/import';
type ImportAnswer = Answer<typeof importPath, 'post'>;
type ImportRequest = RequestBody<typeof importPath, 'post'>;
type ImportedDay = ImportAnswer['days'][number];

/** One bad line of the file in words: "第 3 行：不是有效日期". */
function fileProblemMessage(t: TFunction, problem: FieldProblem): string {
  const params = problem.params ?? {};
  const text = t(`holidayCalendar.import.problems.${problem.code}`, { ...params, defaultValue: problem.message });
  return typeof params.line === 'number' ? t('holidayCalendar.import.line', { line: params.line, problem: text }) : text;
}

function KindTag({ kind }: { kind: ImportedDay['kind'] }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'holiday' ? 'green' : 'orange'}>{t(`holidayCalendar.kind.${kind}`)}</Tag>;
}

export function HolidayScheduleImport({ source, unsavedEdits, onImported }: {
  source: VersionedSource<CalendarSetting>;
  /** The form holds edits not saved yet: importing replaces them with the imported calendar. */
  unsavedEdits: () => boolean;
  onImported: (saved: Versioned<CalendarSetting>) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [request, setRequest] = useState<ImportRequest>();
  const [preview, setPreview] = useState<ImportAnswer>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [discarding, setDiscarding] = useState(false);

  const close = () => {
    setOpen(false);
    setRequest(undefined);
    setPreview(undefined);
    setError(undefined);
  };

  const send = async (body: ImportRequest, version?: number) => {
    setBusy(true);
    setError(undefined);
    try {
      return await api<ImportAnswer>(importPath, { method: 'POST', body, headers: version === undefined ? {} : ifMatch(version) });
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const read = async (file: File) => {
    const body: ImportRequest = { fileName: file.name, content: await file.text(), dryRun: true };
    setRequest(body);
    setPreview(await send(body));
  };

  const confirm = async () => {
    if (!request || !preview) return;
    const answer = await send({ ...request, dryRun: false }, preview.version);
    if (!answer) return;
    onImported(await reloadVersioned(queryClient, source));
    message.success(answer.applied ? t('holidayCalendar.import.done', { year: answer.year, version: answer.version }) : t('holidayCalendar.import.nothingChanged'));
    close();
  };

  const count = (outcome: ImportedDay['outcome']) => preview?.days.filter((d) => d.outcome === outcome).length ?? 0;
  const problems = error instanceof ApiProblem ? error.errors : [];

  return (
    <>
      <Button
        icon={<UploadOutlined />}
        onClick={() => {
          setDiscarding(unsavedEdits());
          setOpen(true);
        }}
        data-testid="holiday-import"
      >
        {t('holidayCalendar.import.button')}
      </Button>
      <Modal
        open={open}
        title={t('holidayCalendar.import.title')}
        width={760}
        onCancel={close}
        okText={t('holidayCalendar.import.confirm')}
        okButtonProps={{ disabled: !preview, loading: busy }}
        onOk={() => void confirm()}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('holidayCalendar.import.hint')}</Typography.Paragraph>
          {discarding && <Alert type="warning" showIcon title={t('holidayCalendar.import.unsaved')} />}
          <Upload
            accept=".ics,.csv,.txt"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void read(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy && !preview}>
              {request ? t('holidayCalendar.import.otherFile', { name: request.fileName }) : t('holidayCalendar.import.file')}
            </Button>
          </Upload>
          {error !== undefined && (
            <Alert
              type="error"
              showIcon
              data-testid="holiday-import-error"
              title={settingsProblemMessage(t, error)}
              description={problems.length > 0 ? problems.map((p, i) => <div key={i}>{fileProblemMessage(t, p)}</div>) : undefined}
            />
          )}
          {preview && (
            <>
              <Alert
                type="info"
                showIcon
                data-testid="holiday-import-summary"
                title={t('holidayCalendar.import.summary', { year: preview.year, added: count('added'), unchanged: count('unchanged'), skipped: count('skipped'), removed: preview.removed.length })}
              />
              <Table<ImportedDay>
                size="small"
                rowKey="date"
                data-testid="holiday-import-preview"
                dataSource={preview.days}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { key: 'date', title: t('holidayCalendar.import.date'), dataIndex: 'date' },
                  { key: 'weekday', title: t('holidayCalendar.import.weekday'), render: (_: unknown, day) => weekdayName(t, day.date) },
                  { key: 'kind', title: t('holidayCalendar.import.kind'), render: (_: unknown, day) => <KindTag kind={day.kind} /> },
                  { key: 'name', title: t('holidayCalendar.import.name'), dataIndex: 'name', render: (name: string | null) => name ?? '—' },
                  { key: 'outcome', title: t('holidayCalendar.import.outcome'), render: (_: unknown, day) => t(`holidayCalendar.import.outcomes.${day.outcome}`) },
                ]}
              />
              {preview.removed.length > 0 && (
                <>
                  <Typography.Text strong>{t('holidayCalendar.import.removed')}</Typography.Text>
                  <Table
                    size="small"
                    rowKey="date"
                    data-testid="holiday-import-removed"
                    dataSource={preview.removed}
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    columns={[
                      { key: 'date', title: t('holidayCalendar.import.date'), dataIndex: 'date' },
                      { key: 'weekday', title: t('holidayCalendar.import.weekday'), render: (_: unknown, day: ImportAnswer['removed'][number]) => weekdayName(t, day.date) },
                      { key: 'kind', title: t('holidayCalendar.import.kind'), render: (_: unknown, day: ImportAnswer['removed'][number]) => <KindTag kind={day.kind} /> },
                      { key: 'name', title: t('holidayCalendar.import.name'), dataIndex: 'name', render: (name: string | null) => name ?? '—' },
                    ]}
                  />
                </>
              )}
            </>
          )}
        </Space>
      </Modal>
    </>
  );
}
