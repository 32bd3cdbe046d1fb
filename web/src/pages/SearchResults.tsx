import { Alert, Button, Card, Input, List, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { minSearchLength, searchable, searchKinds, useSearchPages, type SearchKind } from '../api/global-search';
import { QueryError } from '../components/QueryError';
import { HitStatus } from '../components/SearchHitParts';
import { useFormat } from '../format';

/** 全局搜索's full page (/search?q=…&kind=…): every hit, best first, a page at a time, narrowed to one kind if asked. */
export default function SearchResults() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = searchKinds.find((k) => k === kindParam);
  const pages = useSearchPages(q, kind);
  const hits = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const searched = pages.data?.pages[0]?.kinds ?? [];

  const choose = (value: SearchKind | 'all') => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('kind');
    else next.set('kind', value);
    setParams(next, { replace: true });
  };

  const ask = (value: string) => {
    const next = new URLSearchParams(params);
    next.set('q', value.trim());
    setParams(next, { replace: true });
  };

  return (
    <>
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {q ? t('archive.search.resultsFor', { q }) : t('archive.search.title')}
      </Typography.Title>
      <Input.Search
        key={q}
        defaultValue={q}
        autoFocus={!q}
        allowClear
        enterButton
        placeholder={t('archive.search.placeholder')}
        aria-label={t('archive.search.label')}
        onSearch={ask}
        style={{ maxWidth: 560, marginBottom: 16 }}
        data-testid="search-page-input"
      />
      {!searchable(q) ? (
        q && <Alert type="info" showIcon title={t('archive.search.tooShort', { min: minSearchLength })} />
      ) : (
        <Card>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Segmented
              value={kind ?? 'all'}
              onChange={(value) => choose(value as SearchKind | 'all')}
              options={[{ value: 'all', label: t('archive.search.all') }, ...searchKinds.map((k) => ({ value: k, label: t(`archive.search.kind.${k}`) }))]}
              data-testid="search-kinds"
            />
            {searched.length > 0 && searched.length < searchKinds.length && (
              <Typography.Text type="secondary">{t('archive.search.onlyKinds', { kinds: searched.map((k) => t(`archive.search.kind.${k}`)).join('、') })}</Typography.Text>
            )}
            {pages.isError && <QueryError query={pages} />}
            <List
              loading={pages.isPending}
              dataSource={hits}
              locale={{ emptyText: t('archive.search.none', { q }) }}
              data-testid="search-results"
              renderItem={(hit) => (
                <List.Item key={`${hit.kind}:${hit.id}`} data-testid={`search-result-${hit.kind}`}>
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <Typography.Text type="secondary">{t(`archive.search.kind.${hit.kind}`)}</Typography.Text>
                        <Link to={hit.link}>{hit.number ?? hit.customerName}</Link>
                        {hit.number && <span>{hit.customerName}</span>}
                        <HitStatus hit={hit} />
                        <Typography.Text type="secondary">{format.dateTime(hit.at)}</Typography.Text>
                      </Space>
                    }
                    description={
                      <>
                        {hit.title && <div>{hit.title}</div>}
                        <Typography.Text type="secondary">{hit.snippet}</Typography.Text>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
            {pages.hasNextPage && (
              <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} data-testid="search-more">
                {t('archive.search.more')}
              </Button>
            )}
          </Space>
        </Card>
      )}
    </>
  );
}
