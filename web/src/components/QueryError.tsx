import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { problemMessage } from './problems';

interface FailedQuery {
  isError: boolean;
  error: unknown;
  isRefetching?: boolean;
  refetch: () => unknown;
}

/**
 * A list or detail that could not be loaded, said in the reader's language with a way to
 * try again. A server fault says so plainly instead of showing its internal code; a refusal
 * (4xx) keeps its own message, since trying again will not change it.
 */
export function QueryError({ query }: { query: FailedQuery }) {
  const { t } = useTranslation();
  if (!query.isError) return null;
  const serverFault = !(query.error instanceof ApiProblem) || query.error.status >= 500;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="query-error"
      title={serverFault ? t('uiQuality.loadFailed') : problemMessage(t, query.error)}
      action={
        <Button size="small" loading={query.isRefetching} onClick={() => void query.refetch()} data-testid="query-retry">
          {t('uiQuality.retry')}
        </Button>
      }
    />
  );
}
