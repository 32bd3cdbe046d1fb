import { Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The 导出 button of a list: a menu of the file formats, each a download of the whole view the server writes. */
export function ExportMenu({ href }: { href: (format: 'xlsx' | 'csv') => string }) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: (['xlsx', 'csv'] as const).map((format) => ({
          key: format,
          label: (
            <a href={href(format)} download data-testid={`export-${format}`}>
              {t(`dataTable.export.${format}`)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('dataTable.export.button')}</Button>
    </Dropdown>
  );
}
