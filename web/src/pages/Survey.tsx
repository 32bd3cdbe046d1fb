import { useState } from 'react';
import { Alert, Button, Form, Input, Rate, Result, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, ApiProblem } from '../api/client';
import { problemMessage } from '../components/problems';
import { StandalonePage } from '../components/StandalonePage';
import { useFormat } from '../format';

interface Survey {
  orderNumber: string;
  customerName: string;
  expiresAt: string;
  questions: string[];
}

type Answers = Record<string, number | string | undefined>;

const scores = [1, 2, 3, 4, 5] as const;
/** Why a link cannot be answered, as the server names it; anything else that fails can be retried. */
const linkProblems = new Set(['survey_link_unknown', 'survey_link_expired', 'survey_answered']);

/**
 * The satisfaction survey a customer opens from the mail after delivery (/survey/<token>),
 * without signing in. Mostly opened on a phone: one column, large stars.
 */
export default function SurveyPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<Answers>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const survey = useQuery({ queryKey: ['survey', token], queryFn: () => api<Survey>(`/api/v1/surveys/${token}`), retry: false, staleTime: Infinity });

  const submit = async (values: Answers) => {
    setBusy(true);
    setFailure(undefined);
    const comments = typeof values.comments === 'string' ? values.comments.trim() : '';
    const body = { ...Object.fromEntries(survey.data!.questions.map((q) => [q, values[q]])), ...(comments ? { comments } : {}) };
    try {
      await api(`/api/v1/surveys/${token}`, { method: 'POST', body });
      setSent(true);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const linkProblem = [failure, survey.error].find((err): err is ApiProblem => err instanceof ApiProblem && linkProblems.has(err.code));
  if (sent || linkProblem) {
    const code = linkProblem?.code;
    return (
      <StandalonePage title={t('survey.title')} testId="survey">
        <Result
          status={sent || code === 'survey_answered' ? 'success' : 'warning'}
          title={sent ? t('survey.thanksTitle') : t(`survey.problems.${code}.title`)}
          subTitle={sent ? t('survey.thanksText') : t(`survey.problems.${code}.text`)}
          data-testid={sent ? 'survey-thanks' : `survey-${code}`}
        />
      </StandalonePage>
    );
  }
  if (survey.isPending) {
    return (
      <StandalonePage title={t('survey.title')} testId="survey">
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      </StandalonePage>
    );
  }
  if (survey.isError) {
    // An unusable token (wrong length or characters) is refused before any look-up: it is just as unknown.
    const unknown = survey.error instanceof ApiProblem && survey.error.code === 'validation_failed';
    return (
      <StandalonePage title={t('survey.title')} testId="survey">
        <Result
          status={unknown ? 'warning' : 'error'}
          title={unknown ? t('survey.problems.survey_link_unknown.title') : t('survey.loadFailed')}
          subTitle={unknown ? t('survey.problems.survey_link_unknown.text') : problemMessage(t, survey.error)}
          extra={!unknown && <Button onClick={() => void survey.refetch()}>{t('survey.retry')}</Button>}
        />
      </StandalonePage>
    );
  }

  const { orderNumber, customerName, expiresAt, questions } = survey.data;
  return (
    <StandalonePage title={t('survey.title')} testId="survey">
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {t('survey.intro', { number: orderNumber, customer: customerName })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('survey.hint')}</Typography.Paragraph>
      <Form<Answers> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {questions.map((question) => (
          <Form.Item key={question} label={t(`survey.questions.${question}`)} required style={{ marginBottom: 12 }}>
            <Form.Item name={question} noStyle rules={[{ required: true, message: t('survey.pickScore') }]}>
              <Rate aria-label={t(`survey.questions.${question}`)} tooltips={scores.map((s) => t(`survey.scores.${s}`))} style={{ fontSize: 32 }} data-testid={`score-${question}`} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(before, after) => before[question] !== after[question]}>
              {({ getFieldValue }) => {
                const score = getFieldValue(question) as number | undefined;
                return score ? (
                  <Typography.Text type="secondary" style={{ display: 'block' }} data-testid={`score-label-${question}`}>
                    {t(`survey.scores.${score}`)}
                  </Typography.Text>
                ) : null;
              }}
            </Form.Item>
          </Form.Item>
        ))}
        <Form.Item name="comments" label={t('survey.comment')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        {failure !== undefined && <Alert type="error" showIcon title={problemMessage(t, failure)} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          {t('survey.submit')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('survey.validUntil', { date: format.dateTime(expiresAt) })}
        </Typography.Paragraph>
      </Form>
    </StandalonePage>
  );
}
