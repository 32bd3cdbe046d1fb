import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../api/global-search';

/** A hit's status in words: an order's as the order list says it, a case's as the case desk does. */
export function HitStatus({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  if (!hit.status) return null;
  return <Tag>{hit.kind === 'case' ? t(`aftersalesDesk.statusName.${hit.status}`) : t(`status.${hit.status}`)}</Tag>;
}
