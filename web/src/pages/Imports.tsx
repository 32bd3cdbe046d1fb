import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Progress, Radio, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { cancelImport, importKinds, isFinished, outcomeUrl, runChecked, startImport, templateUrl, useImport, useImportColumns, type ImportKind, type ImportView } from '../api/imports';
import { CardHeading } from '../components/CardHeading';

type RowError = ImportView['errors'][number];

/** A row error in the reader's language: the code with its column and value; the server's English when the code is new. */
function useErrorText() {
  const { t } = useTranslation();
  return (e: RowError) => t(`imports.errors.${e.code}`, { column: e.column ?? '', ...e.params, defaultValue: e.message });
}

function Counts({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const { counts, dryRun } = view;
  const word = (outcome: 'created' | 'updated' | 'unchanged' | 'failed') => t(`imports.outcomes.${dryRun && outcome !== 'failed' && outcome !== 'unchanged' ? `would_${outcome}` : outcome}`);
  return (
    <Space wrap data-testid="import-counts">
      <Tag>{t('imports.rows', { count: counts.rows })}</Tag>
      <Tag color="green">{`${word('created')} ${counts.created}`}</Tag>
      <Tag color="blue">{`${word('updated')} ${counts.updated}`}</Tag>
      <Tag>{`${word('unchanged')} ${counts.unchanged}`}</Tag>
      <Tag color={counts.failed > 0 ? 'red' : undefined}>{`${word('failed')} ${counts.failed}`}</Tag>
    </Space>
  );
}

function RowErrors({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const text = useErrorText();
  if (view.errors.length === 0) return null;
  return (
    <Table<RowError>
      size="small"
      rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
      dataSource={view.errors}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      data-testid="import-errors"
      columns={[
        { title: t('imports.row'), dataIndex: 'row', width: 80 },
        { title: t('imports.column'), dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '—' },
        { title: t('imports.problem'), key: 'message', render: (_, e) => text(e) },
      ]}
    />
  );
}

/** The header mapping as read from the file: each header and the field it fills, or ignored. */
function Mapping({ view }: { view: ImportView }) {
  const { t, i18n } = useTranslation();
  const columns = useImportColumns(view.kind);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const label = (field: string | null) => (field ? (columns.data?.columns.find((c) => c.field === field)?.headers[language] ?? field) : null);
  return (
    <Table
      size="small"
      rowKey="header"
      pagination={false}
      dataSource={view.mapping}
      data-testid="import-mapping"
      columns={[
        { title: t('imports.fileHeader'), dataIndex: 'header' },
        { title: t('imports.field'), dataIndex: 'field', render: (field: string | null) => label(field) ?? <Typography.Text type="secondary">{t('imports.ignored')}</Typography.Text> },
      ]}
    />
  );
}

/**
 * The import wizard: pick the kind, upload the file (a dry run checks it), look at the
 * mapping and the dry-run report, run it with a progress bar, download the outcome file.
 */
export default function Imports() {
  const { t } = useTranslation();
  const text = useErrorText();
  const [kind, setKind] = useState<ImportKind>('orders');
  const [step, setStep] = useState(0);
  const [dryRunId, setDryRunId] = useState<string>();
  const [runId, setRunId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const dryRun = useImport(dryRunId);
  const run = useImport(runId);
  const checked = dryRun.data && isFinished(dryRun.data) ? dryRun.data : undefined;
  const running = run.data;

  const restart = () => {
    setStep(0);
    setDryRunId(undefined);
    setRunId(undefined);
    setProblem(undefined);
  };
  const refused = (err: unknown) => setProblem(err instanceof ApiProblem ? t(`imports.problems.${err.code}`, { defaultValue: err.message }) : String(err));
  const upload = async (file: File) => {
    setProblem(undefined);
    try {
      const started = await startImport(kind, file, true);
      setDryRunId(started.id);
      setStep(2);
    } catch (err) {
      refused(err);
    }
  };
  const startRun = async () => {
    try {
      setRunId((await runChecked(dryRunId!)).id);
      setStep(3);
    } catch (err) {
      refused(err);
    }
  };
  const currentStep = step === 3 && running && isFinished(running) ? 4 : step;

  return (
    <Card title={<CardHeading>{t('imports.title')}</CardHeading>} data-testid="imports-page">
      <Steps
        current={currentStep}
        style={{ marginBottom: 24 }}
        items={['kind', 'upload', 'check', 'run', 'outcome'].map((s) => ({ title: t(`imports.steps.${s}`) }))}
      />
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} data-testid="import-problem" />}

      {step === 0 && (
        <Space orientation="vertical" size="large">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} optionType="button" buttonStyle="solid" data-testid="import-kind">
            {importKinds.map((k) => (
              <Radio.Button key={k} value={k}>
                {t(`imports.kinds.${k}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
          <Typography.Paragraph type="secondary">{t(`imports.hints.${kind}`)}</Typography.Paragraph>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={templateUrl(kind, 'zh-CN')}>
              {t('imports.templateZh')}
            </Button>
            <Button icon={<DownloadOutlined />} href={templateUrl(kind, 'en')}>
              {t('imports.templateEn')}
            </Button>
            <Button type="primary" onClick={() => setStep(1)} data-testid="import-next">
              {t('imports.next')}
            </Button>
          </Space>
        </Space>
      )}

      {step === 1 && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Upload.Dragger
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('imports.dropHere', { kind: t(`imports.kinds.${kind}`) })}</p>
            <Typography.Text type="secondary">{t('imports.formats')}</Typography.Text>
          </Upload.Dragger>
          <Button onClick={restart}>{t('imports.back')}</Button>
        </Space>
      )}

      {step === 2 && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {!checked && <Progress percent={100} status="active" showInfo={false} />}
          {checked && (
            <>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('imports.file')}>{`${checked.fileName} · ${checked.format.toUpperCase()}${checked.encoding ? ` · ${checked.encoding.toUpperCase()}` : ''}`}</Descriptions.Item>
              </Descriptions>
              <Typography.Title level={5}>{t('imports.mappingTitle')}</Typography.Title>
              <Mapping view={checked} />
              <Typography.Title level={5}>{t('imports.dryRunTitle')}</Typography.Title>
              {checked.failure ? <Alert type="error" showIcon message={text(checked.failure)} data-testid="import-failure" /> : <Counts view={checked} />}
              <RowErrors view={checked} />
              <Space>
                <Button onClick={restart}>{t('imports.startOver')}</Button>
                {!checked.failure && (
                  <>
                    <Button icon={<DownloadOutlined />} href={outcomeUrl(checked.id)}>
                      {t('imports.dryRunFile')}
                    </Button>
                    <Button type="primary" onClick={() => void startRun()} disabled={checked.counts.created + checked.counts.updated === 0} data-testid="import-run">
                      {t('imports.run')}
                    </Button>
                  </>
                )}
              </Space>
            </>
          )}
        </Space>
      )}

      {step === 3 && running && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Progress
            percent={checked && checked.counts.rows > 0 ? Math.round((running.counts.rows / checked.counts.rows) * 100) : 0}
            status={running.state === 'failed' ? 'exception' : isFinished(running) ? 'success' : 'active'}
            data-testid="import-progress"
          />
          <Counts view={running} />
          {isFinished(running) ? (
            <>
              <Alert type={running.state === 'succeeded' && running.counts.failed === 0 ? 'success' : 'warning'} showIcon message={t(`imports.states.${running.state}`)} data-testid="import-outcome" />
              {running.failure && <Alert type="error" showIcon message={text(running.failure)} />}
              <RowErrors view={running} />
              <Space>
                {!running.failure && (
                  <Button type="primary" icon={<DownloadOutlined />} href={outcomeUrl(running.id)} data-testid="import-outcome-file">
                    {t('imports.outcomeFile')}
                  </Button>
                )}
                <Button onClick={restart}>{t('imports.another')}</Button>
              </Space>
            </>
          ) : (
            <Button danger onClick={() => void cancelImport(running.id).catch(refused)} disabled={running.cancelRequested}>
              {t('imports.cancel')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
