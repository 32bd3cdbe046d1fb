import { Card, Typography } from 'antd';
import { useDocumentTitle } from '../document-title';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * A page on its own, outside any frame: one card in the middle of the screen, filling a
 * phone's width. The sign-in pages and what people open from a mail (sign-in link, survey).
 */
export function StandalonePage({ title, children, testId }: { title: React.ReactNode; children: React.ReactNode; testId?: string }) {
  useDocumentTitle(typeof title === 'string' ? title : undefined);
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 440 }} data-testid={testId}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 8 }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            {title}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        {children}
      </Card>
    </div>
  );
}
