import { useState } from 'react';
import { Button, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiProblem } from '../api/client';
import { unsubscribe, useUnsubscribePage, type UnsubscribePage as Page } from '../api/campaigns';
import { problemMessage } from '../components/problems';
import { StandalonePage } from '../components/StandalonePage';

/** Why a link opens nothing, as the server names it; anything else that fails can be retried. */
const linkProblems = new Set(['unsubscribe_link_unknown', 'unsubscribe_link_expired']);

/**
 * The page a campaign's unsubscribe link opens (/unsubscribe/<token>), without signing in: it
 * names the company the message went to, and a press confirms the opt-out.
 */
export default function UnsubscribePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const page = useUnsubscribePage(token);
  const [done, setDone] = useState<Page>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      setDone(await unsubscribe(token));
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const title = t('campaigns.unsubscribe.title');
  // An unusable token (wrong length or characters) is refused before any look-up: it is just as unknown.
  const problem = [failure, page.error].find((err): err is ApiProblem => err instanceof ApiProblem && (linkProblems.has(err.code) || err.code === 'validation_failed'));
  if (problem) {
    const code = problem.code === 'unsubscribe_link_expired' ? 'expired' : 'unknown';
    return (
      <StandalonePage title={title} testId="unsubscribe">
        <Result status="warning" title={t(`campaigns.unsubscribe.${code}Title`)} subTitle={t(`campaigns.unsubscribe.${code}Text`)} data-testid={`unsubscribe-${code}`} />
      </StandalonePage>
    );
  }
  if (page.isPending) {
    return (
      <StandalonePage title={title} testId="unsubscribe">
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      </StandalonePage>
    );
  }
  if (page.isError) {
    return (
      <StandalonePage title={title} testId="unsubscribe">
        <Result status="error" title={t('campaigns.unsubscribe.loadFailed')} subTitle={problemMessage(t, page.error)} extra={<Button onClick={() => void page.refetch()}>{t('campaigns.unsubscribe.retry')}</Button>} />
      </StandalonePage>
    );
  }
  const { customerName, optedOut } = done ?? page.data;
  if (optedOut) {
    return (
      <StandalonePage title={title} testId="unsubscribe">
        <Result status="success" title={t('campaigns.unsubscribe.doneTitle')} subTitle={t('campaigns.unsubscribe.doneText', { customer: customerName })} data-testid="unsubscribe-done" />
      </StandalonePage>
    );
  }
  return (
    <StandalonePage title={title} testId="unsubscribe">
      <Typography.Paragraph strong>{t('campaigns.unsubscribe.question', { customer: customerName })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('campaigns.unsubscribe.hint')}</Typography.Paragraph>
      {failure !== undefined && <Typography.Paragraph type="danger">{problemMessage(t, failure)}</Typography.Paragraph>}
      <Button type="primary" block loading={busy} onClick={() => void confirm()}>
        {t('campaigns.unsubscribe.confirm')}
      </Button>
    </StandalonePage>
  );
}
