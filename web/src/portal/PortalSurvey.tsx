import { useState } from 'react';
import { Card, Result, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { SurveyForm, type SurveyBody } from '../components/SurveyForm';
import { useFormat } from '../format';
import type { PortalOrder } from './types';

/** Rate a delivered order here, as well as through the mailed link: one answer either way. */
export function PortalSurvey({ order }: { order: PortalOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const survey = order.survey;
  if (!survey || survey.status === 'expired') return null;

  const submit = async (body: SurveyBody) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const updated = await api<PortalOrder>(`/api/v1/portal/orders/${order.id}/survey`, { method: 'POST', body });
      queryClient.setQueryData(['portal', 'order', order.id], updated);
    } catch (err) {
      setFailure(err);
      // Answered meanwhile through the mailed link: show it as answered.
      void queryClient.invalidateQueries({ queryKey: ['portal', 'order', order.id] });
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
