import { useState } from 'react';
import { Alert, Button, Card, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { verifyAuditChain, type AuditVerification } from '../../api/admin';
import { settingsProblemMessage } from './VersionedForm';

/** Recomputes every hash chain of the audit trail on demand and says what it found. */
export function AuditChainSection() {
  const { t } = useTranslation();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<AuditVerification>();
  const [problem, setProblem] = useState<string>();

  const verify = async () => {
    setChecking(true);
    setProblem(undefined);
    try {
      setResult(await verifyAuditChain());
    } catch (err) {
      setResult(undefined);
      setProblem(settingsProblemMessage(t, err));
    } finally {
      setChecking(false);
    }
  };

  const chainName = (chain: string) => (chain === 'system' ? t('adminConsole.audit.systemChain') : t('adminConsole.audit.customerChain', { id: chain }));

  return (
    <Card title={t('adminConsole.audit.title')}>
      <Typography.Paragraph type="secondary">{t('adminConsole.audit.help')}</Typography.Paragraph>
      <Button type="primary" icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void verify()} data-testid="audit-verify">
        {t('adminConsole.audit.verify')}
      </Button>
      <div aria-live="polite" style={{ marginTop: 16 }} data-testid="audit-result">
        {problem && <Alert type="error" showIcon title={problem} />}
        {result?.ok && <Alert type="success" showIcon title={t('adminConsole.audit.intact', { chains: result.chains, checked: result.checked })} />}
        {result && !result.ok && result.broken && (
          <Alert
            type="error"
            showIcon
            title={t('adminConsole.audit.broken', { chains: result.chains, checked: result.checked })}
            description={t('adminConsole.audit.breakAt', {
              chain: chainName(result.broken.chain),
              seq: result.broken.seq,
              what: t(`adminConsole.audit.breaks.${result.broken.code}`),
            })}
          />
        )}
      </div>
    </Card>
  );
}
