import { Alert, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { settingSource, type SettingValue } from '../../api/settings';
import { VersionedForm } from './VersionedForm';

type Retention = SettingValue<'retention'>;
const source = settingSource('retention');

/** How long business records are kept after completion: at least the three years the E-Commerce Law asks. */
export function RetentionSection() {
  const { t } = useTranslation();
  return (
    <VersionedForm<Retention, Retention> source={source} title={t('archive.retention.title')} toForm={(value) => value} fromForm={(values) => values} testId="retention-form">
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('archive.retention.intro')}</Typography.Paragraph>
          <Alert type="info" showIcon title={t('archive.retention.law')} style={{ marginBottom: 16 }} data-testid="retention-law" />
          {/* No minimum on the field: a number under 3 reaches the server, whose refusal names the law beside the field. */}
          <Form.Item name="years" label={t('archive.retention.years')} rules={[{ required: true }]} extra={t('archive.retention.imports')}>
            <InputNumber min={1} max={30} precision={0} suffix={t('archive.retention.yearsUnit')} />
          </Form.Item>
        </>
      )}
    </VersionedForm>
  );
}
