import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { liveTopics } from './live-topics';

/** What a change to orders can alter on screen. */
const orderViews = [['orders'], ['summary'], ['inbox'], ['sla'], ['tasks'], ['notifications'], ['portal']];

/**
 * Keeps every screen current without a reload: each live event marks the queries it
 * touches stale, and TanStack Query refetches the ones on screen. The browser's
 * EventSource reconnects by itself (the server asks for a 3 s retry).
 */
export function useLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/api/v1/events/stream');
    const refresh = (message: MessageEvent<string>) => {
      let orderId: unknown;
      try {
        orderId = (JSON.parse(message.data) as { data?: { orderId?: unknown } }).data?.orderId;
      } catch {
        orderId = undefined;
      }
      for (const queryKey of orderViews) void queryClient.invalidateQueries({ queryKey });
      if (typeof orderId === 'string') void queryClient.invalidateQueries({ queryKey: ['order', orderId] });
    };
    for (const topic of liveTopics) source.addEventListener(topic, refresh);
    source.onmessage = refresh;
    return () => source.close();
  }, [enabled, queryClient]);
}
