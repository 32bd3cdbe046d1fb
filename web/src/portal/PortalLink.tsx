import { useState } from 'react';
import { Alert, Button, Result, Spin, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../api/client';
import { signInWithLink, useSignInLinkHolder } from '../api/portal';
import { markSignedIn, reloadMe } from '../api/session';
import { problemMessage } from '../components/problems';
import { StandalonePage } from '../components/StandalonePage';
import { useFormat } from '../format';

const linkProblems = new Set(['sign_in_link_unknown', 'sign_in_link_used', 'sign_in_link_expired']);

/**
 * Where a mailed sign-in link lands. Opening it changes nothing (mail scanners open links
 * too); the link is used only when the person presses Continue.
 */
export default function PortalLink() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const holder = useSignInLinkHolder(token);

  const signIn = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await signInWithLink(token);
      markSignedIn(true);
      // Whoever was signed in on this browser before, their data goes with their session.
      queryClient.clear();
      await reloadMe(queryClient);
      navigate('/portal', { replace: true });
    } catch (err) {
      setFailure(err);
      setBusy(false);
    }
  };

  const problem = [holder.error, failure].find((err): err is ApiProblem => err instanceof ApiProblem && (linkProblems.has(err.code) || err.code === 'validation_failed'));
  if (problem) {
    const code = linkProblems.has(problem.code) ? problem.code : 'sign_in_link_unknown';
    return (
      <StandalonePage title={t('portal.title')} testId="portal-link">
        <Result
          status="warning"
          title={t(`portal.linkProblem.${code}`)}
          extra={
            <Button type="primary" onClick={() => navigate('/portal/sign-in')}>
              {t('portal.getNewLink')}
            </Button>
          }
        />
      </StandalonePage>
    );
  }
  return (
    <StandalonePage title={t('portal.linkConfirmTitle')} testId="portal-link">
      {holder.isPending && <Spin style={{ display: 'block', margin: '32px auto' }} />}
      {holder.isError && <Alert type="error" showIcon title={problemMessage(t, holder.error)} />}
      {holder.data && (
        <>
          <Typography.Paragraph style={{ fontSize: 16 }}>{t('portal.linkConfirmText', { name: holder.data.name, email: holder.data.email, customer: holder.data.customerName })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('portal.linkValidUntil', { date: format.dateTime(holder.data.expiresAt) })}</Typography.Paragraph>
          {failure !== undefined && <Alert type="error" showIcon title={problemMessage(t, failure)} style={{ marginBottom: 16 }} />}
          <Button type="primary" size="large" block loading={busy} onClick={() => void signIn()} data-testid="link-continue">
            {t('portal.continue')}
          </Button>
        </>
      )}
    </StandalonePage>
  );
}
