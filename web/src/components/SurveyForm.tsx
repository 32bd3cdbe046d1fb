import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswers } from '../api/surveys';
import { problemMessage } from './problems';
import { ScoreRate } from './ScoreRate';

type Answers = Record<string, number | string | undefined>;

const scores = [1, 2, 3, 4, 5] as const;

/**
 * The four satisfaction scores as stars with their words, and a comment: the survey page
 * behind the mailed link and the portal's "rate this order" both ask it this way.
 */
export function SurveyForm({ questions, busy, failure, onSubmit }: { questions: string[]; busy: boolean; failure: unknown; onSubmit: (body: SurveyAnswers) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Answers>();
  const submit = (values: Answers) => {
    const comments = typeof values.comments === 'string' ? values.comments.trim() : '';
    onSubmit({ ...Object.fromEntries(questions.map((q) => [q, values[q] as number])), ...(comments ? { comments } : {}) });
  };
  return (
    <Form<Answers> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      {questions.map((question) => (
        <Form.Item key={question} label={t(`survey.questions.${question}`)} required style={{ marginBottom: 12 }}>
          <Form.Item name={question} noStyle rules={[{ required: true, message: t('survey.pickScore') }]}>
            <ScoreRate aria-label={t(`survey.questions.${question}`)} tooltips={scores.map((s) => t(`survey.scores.${s}`))} style={{ fontSize: 32 }} data-testid={`score-${question}`} />
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
    </Form>
  );
}
