import { Form, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { settingSource, type SettingValue } from '../../api/settings';
import { VersionedForm } from './VersionedForm';

const changesSource = settingSource('order-changes');
const rules = ['amountChanged', 'linesAddedOrRemoved', 'customisationChanged'] as const;
const same = <T,>(value: T) => value;

/** Which changes after intake are material and restart the review chain (the order-changes setting). */
export function OrderChangeRules() {
  const { t } = useTranslation();
  return (
    <VersionedForm source={changesSource} title={t('orderChanges.settings.title')} toForm={same} fromForm={same<SettingValue<'order-changes'>>} testId="order-changes-form">
      {() => (
        <>
          {rules.map((rule) => (
            <Form.Item key={rule} name={['materialWhen', rule]} label={t(`orderChanges.settings.${rule}`)} valuePropName="checked">
              <Switch />
            </Form.Item>
          ))}
        </>
      )}
    </VersionedForm>
  );
}
