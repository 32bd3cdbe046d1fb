import type { ReactNode } from 'react';
import { Alert, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** A form in a dialog: its title, the server's refusal above the fields, and save (the form's submit) / cancel. */
export function FormModal({ title, width, okText, busy, problem, onOk, onClose, children }: { title: ReactNode; width?: number; okText?: string; busy: boolean; problem?: string; onOk: () => void; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal open width={width} title={title} okText={okText ?? t('masterData.save')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={onOk} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      {children}
    </Modal>
  );
}
