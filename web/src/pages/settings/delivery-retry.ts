import { App } from 'antd';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { retryDelivery } from '../../api/webhooks';
import { settingsProblemMessage } from './VersionedForm';

/** Sends a dead delivery again, says how that went (`retried` on success), and reloads the log (`logKey`) it is listed in. */
export function useDeliveryRetry(logKey: QueryKey, retried: string): (deliveryId: string) => Promise<void> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return async (deliveryId) => {
    try {
      await retryDelivery(deliveryId);
      message.success(retried);
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    }
    void queryClient.invalidateQueries({ queryKey: logKey });
  };
}
