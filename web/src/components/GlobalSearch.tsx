import { useEffect, useRef, useState } from 'react';
import { AutoComplete, Input, Typography, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { minSearchLength, searchable, searchKinds, useQuickSearch, type SearchHit } from '../api/global-search';
import { HitStatus } from './SearchHitParts';

/** Typing in a field or an editor is not a request to search. */
function typingElsewhere(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)));
}

function HitOption({ hit }: { hit: SearchHit }) {
  return (
    <div data-testid={`search-hit-${hit.kind}`} style={{ whiteSpace: 'normal' }}>
      <Typography.Text strong>{hit.number ?? hit.customerName}</Typography.Text>{' '}
      <Typography.Text type="secondary">{hit.number ? hit.customerName : ''}</Typography.Text> <HitStatus hit={hit} />
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hit.snippet}
        </Typography.Text>
      </div>
    </div>
  );
}

/**
 * 全局搜索 in the top bar: `/` puts the cursor here; hits come grouped as orders, cases and
 * feedback; choosing one opens it; Enter opens the full results page.
 */
export function GlobalSearch({ width }: { width: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const input = useRef<InputRef>(null);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const found = useQuickSearch(q);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingElsewhere(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const hits = searchable(q) ? (found.data?.items ?? []) : [];
  const groups = searchKinds
    .map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) }))
    .filter((g) => g.hits.length > 0)
    .map((g) => ({
      label: <span data-testid={`search-group-${g.kind}`}>{t(`archive.search.kind.${g.kind}`)}</span>,
      options: g.hits.map((hit) => ({ value: `${hit.kind}:${hit.id}`, label: <HitOption hit={hit} /> })),
    }));
  const notFound = !searchable(q)
    ? q.trim() && t('archive.search.tooShort', { min: minSearchLength })
    : found.isFetching && !found.data
      ? t('archive.search.searching')
      : t('archive.search.none', { q: q.trim() });

  const showAll = () => {
    if (!searchable(q)) return;
    setOpen(false);
    navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };

  return (
    <AutoComplete
      value={q}
      options={groups}
      open={open && q.trim().length > 0}
      onOpenChange={setOpen}
      onSearch={(value) => {
        setQ(value);
        setOpen(true);
      }}
      onSelect={(value: string) => {
        const hit = hits.find((h) => `${h.kind}:${h.id}` === value);
        setOpen(false);
        setQ('');
        if (hit) navigate(hit.link);
      }}
      notFoundContent={notFound}
      defaultActiveFirstOption={false}
      popupMatchSelectWidth={Math.max(width, 360)}
      style={{ width }}
      data-testid="global-search"
    >
      <Input
        ref={input}
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('archive.search.placeholder')}
        aria-label={t('archive.search.label')}
        title={t('archive.search.shortcut')}
        onKeyDown={(event) => {
          // Enter with no hit highlighted opens the full page; with one highlighted AutoComplete selects it.
          if (event.key === 'Enter' && !document.querySelector('.ant-select-item-option-active')) showAll();
        }}
        data-testid="global-search-input"
      />
    </AutoComplete>
  );
}
