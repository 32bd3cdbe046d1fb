import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/orders';
import { useMessages } from '../messages';

/** The preliminary audit's findings (SPEC §3): a title by code, the detail rendered from code and parameters. */
export function Findings({ exceptions, warnings }: { exceptions: Finding[]; warnings: Finding[] }) {
  const { t } = useTranslation();
  const messages = useMessages();
  if (exceptions.length === 0 && warnings.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="findings">
      {exceptions.map((f, i) => (
        <Alert key={`e${i}`} type="error" showIcon title={t(`findings.${f.code}`, { defaultValue: f.code })} description={messages.finding(f)} data-code={f.code} />
      ))}
      {warnings.map((f, i) => (
        <Alert key={`w${i}`} type="warning" showIcon title={t(`findings.${f.code}`, { defaultValue: f.code })} description={messages.finding(f)} data-code={f.code} />
      ))}
    </Space>
  );
}
