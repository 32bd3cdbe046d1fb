import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/orders';

/** The preliminary audit's findings (SPEC §3), translated by code; the server's sentence as detail. */
export function Findings({ exceptions, warnings }: { exceptions: Finding[]; warnings: Finding[] }) {
  const { t } = useTranslation();
  if (exceptions.length === 0 && warnings.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="findings">
      {exceptions.map((f, i) => (
        <Alert key={`e${i}`} type="error" showIcon title={t(`findings.${f.code}`, { defaultValue: f.code })} description={f.message} data-code={f.code} />
      ))}
      {warnings.map((f, i) => (
        <Alert key={`w${i}`} type="warning" showIcon title={t(`findings.${f.code}`, { defaultValue: f.code })} description={f.message} data-code={f.code} />
      ))}
    </Space>
  );
}
