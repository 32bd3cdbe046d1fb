/* Saved customer segments, their live count and members, and the follow-ups they hand out. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { Answer, ItemOf, QueryOf, RequestBody } from './openapi';
import { ifMatch } from './versioned';

export type Segment = ItemOf<'/api/v1/segments'>;
export type SegmentFilter = RequestBody<'/api/v1/segments', 'post'>['filter'];
export type SegmentPreview = Answer<'/api/v1/segments/preview', 'post'>;
export type SegmentMember = SegmentPreview['items'][number];
export type FollowUpRequest = RequestBody<'/api/v1/segments/{id}/follow-ups', 'post'>;
export type FollowUpResult = Answer<'/api/v1/segments/{id}/follow-ups', 'post'>;

export const segmentKeys = {
  all: ['segments'],
  preview: (filter: SegmentFilter) => ['segments', 'preview', filter],
} as const;

export function useSegments() {
  return useQuery({ queryKey: segmentKeys.all, queryFn: () => api<Answer<'/api/v1/segments', 'get'>>('/api/v1/segments') });
}

/** Who the filter takes now: the count and the first members, kept on screen while the next answer comes. */
export function useSegmentPreview(filter: SegmentFilter) {
  return useQuery({
    queryKey: segmentKeys.preview(filter),
    queryFn: () => api<SegmentPreview>('/api/v1/segments/preview', { method: 'POST', body: { filter, limit: 100 } }),
    placeholderData: keepPreviousData,
  });
}

export function createSegment(body: RequestBody<'/api/v1/segments', 'post'>) {
  return api<Answer<'/api/v1/segments', 'post'>>('/api/v1/segments', { method: 'POST', body });
}

export function updateSegment(segment: Pick<Segment, 'id' | 'version'>, body: RequestBody<'/api/v1/segments/{id}', 'patch'>) {
  return api<Answer<'/api/v1/segments/{id}', 'patch'>>(`/api/v1/segments/${segment.id}`, { method: 'PATCH', body, headers: ifMatch(segment.version) });
}

export function deleteSegment(segment: Pick<Segment, 'id' | 'version'>) {
  return api<null>(`/api/v1/segments/${segment.id}`, { method: 'DELETE', headers: ifMatch(segment.version) });
}

/** The address of a segment's members as a file: the server streams it, the browser downloads it. */
export function segmentExportHref(id: string, query: QueryOf<'/api/v1/segments/{id}/export', 'get'>): string {
  return withQuery(`/api/v1/segments/${id}/export`, query);
}

export function createFollowUps(id: string, body: FollowUpRequest, idempotencyKey: string) {
  return api<FollowUpResult>(`/api/v1/segments/${id}/follow-ups`, { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } });
}
