import { useState } from 'react';
import { Button, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiProblem } from '../api/client';
import { answerSurvey, useSurvey, type SurveyAnswers } from '../api/surveys';
import { problemMessage } from '../components/problems';
import { StandalonePage } from '../components/StandalonePage';
import { SurveyForm } from '../components/SurveyForm';
import { useFormat } from '../format';

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
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const survey = useSurvey(token);

  const submit = async (body: SurveyAnswers) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await answerSurvey(token, body);
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
      <SurveyForm questions={questions} busy={busy} failure={failure} onSubmit={(body) => void submit(body)} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('survey.validUntil', { date: format.dateTime(expiresAt) })}
      </Typography.Paragraph>
    </StandalonePage>
  );
}
