import { useState } from 'react';
import { Card, Result, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answerPortalSurvey, portalKeys, type PortalOrder } from '../api/portal';
import { SurveyForm } from '../components/SurveyForm';
import type { SurveyAnswers } from '../api/surveys';
import { useFormat } from '../format';

/** Rate a delivered order here, as well as through the mailed link: one answer either way. */
export function PortalSurvey({ order }: { order: PortalOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const survey = order.survey;
  if (!survey || survey.status === 'expired') return null;

  const submit = async (body: SurveyAnswers) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const updated = await answerPortalSurvey(order.id, body);
      queryClient.setQueryData(portalKeys.order(order.id), updated);
    } catch (err) {
      setFailure(err);
      // Answered meanwhile through the mailed link: show it as answered.
      void queryClient.invalidateQueries({ queryKey: portalKeys.order(order.id) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('survey.rateOrder')} data-testid="portal-survey">
      {survey.status === 'answered' ? (
        <Result status="success" title={t('survey.thanksTitle')} subTitle={t('survey.thanksText')} data-testid="survey-thanks" />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('survey.hint')}</Typography.Paragraph>
          <div style={{ maxWidth: 560 }}>
            <SurveyForm questions={survey.questions} busy={busy} failure={failure} onSubmit={(body) => void submit(body)} />
          </div>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
            {t('survey.validUntil', { date: format.dateTime(survey.expiresAt) })}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
