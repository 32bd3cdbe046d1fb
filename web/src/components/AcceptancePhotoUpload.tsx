import { useState } from 'react';
import { Alert, Button, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { csrfHeaders } from '../api/client';

// The server tells a file's type by its bytes; this only narrows the file picker.
const photoTypes = 'image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf';

interface UploadProblem {
  code?: string;
  maxFileBytes?: number;
  maxFiles?: number;
}

/**
 * Adds photos of a delivery to its recorded acceptance, on the console and on the portal (each
 * posts to its own `action`), and says why the server refused one: a file too large, too many.
 * `onUploaded` gets the server's answer to each photo taken.
 */
export function AcceptancePhotoUpload({ action, label, onUploaded }: { action: string; label: string; onUploaded: (response: unknown) => void }) {
  const { t } = useTranslation();
  const [uploadProblem, setUploadProblem] = useState<string>();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload
        name="file"
        multiple
        accept={photoTypes}
        action={action}
        withCredentials
        headers={csrfHeaders()}
        showUploadList={false}
        onChange={({ file }) => {
          if (file.status === 'done') {
            setUploadProblem(undefined);
            onUploaded(file.response);
          }
          if (file.status === 'error') {
            const problem = (file.response ?? {}) as UploadProblem;
            const code = problem.code ?? 'internal_error';
            const limits = { maxMiB: Math.floor((problem.maxFileBytes ?? 0) / 1024 / 1024), maxFiles: problem.maxFiles };
            setUploadProblem(t(`errors.${code}`, { ...limits, defaultValue: t('errors.unknown', { code }) }));
          }
        }}
      >
        <Button icon={<UploadOutlined />}>{label}</Button>
      </Upload>
      {uploadProblem && <Alert type="error" showIcon title={uploadProblem} />}
    </Space>
  );
}
