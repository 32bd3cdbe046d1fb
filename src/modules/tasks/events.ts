import type { Audience } from '../identity/service.js';
import type { TextMessage } from '../../platform/messages.js';
import type { TaskKind } from './service.js';

declare module '../../platform/outbox/events.js' {
  interface EventPayloads {
    'task.created': { taskId: string; orderId: string | null; number?: string; kind: TaskKind; dueAt: string; summary: TextMessage; audience: Audience };
  }
}
