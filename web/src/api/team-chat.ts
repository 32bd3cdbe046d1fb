/* Team chat robots (WeCom, DingTalk group robots), their test message and delivery log. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, ItemOf, RequestBody } from './openapi';
import { ifMatch } from './versioned';

export type Robot = ItemOf<'/api/v1/notifications/robots'>;
export type NewRobot = RequestBody<'/api/v1/notifications/robots', 'post'>;
export type RobotChanges = RequestBody<'/api/v1/notifications/robots/{id}', 'patch'>;
export type RobotTestResult = Answer<'/api/v1/notifications/robots/{id}/test', 'post'>;
export type RobotDelivery = ItemOf<'/api/v1/notifications/robots/{id}/deliveries'>;

export const robotKeys = {
  all: ['settings', 'robots'],
  deliveries: (robotId: string) => ['settings', 'robots', robotId, 'deliveries'],
} as const;

export function useRobots() {
  return useQuery({ queryKey: robotKeys.all, queryFn: () => api<Answer<'/api/v1/notifications/robots', 'get'>>('/api/v1/notifications/robots') });
}

export function createRobot(body: NewRobot) {
  return api<Robot>('/api/v1/notifications/robots', { method: 'POST', body });
}

export function updateRobot(robot: Pick<Robot, 'id' | 'version'>, body: RobotChanges) {
  return api<Robot>(`/api/v1/notifications/robots/${robot.id}`, { method: 'PATCH', body, headers: ifMatch(robot.version) });
}

export function deleteRobot(robot: Pick<Robot, 'id' | 'version'>) {
  return api<void>(`/api/v1/notifications/robots/${robot.id}`, { method: 'DELETE', headers: ifMatch(robot.version) });
}

export function testRobot(robot: Pick<Robot, 'id'>) {
  return api<RobotTestResult>(`/api/v1/notifications/robots/${robot.id}/test`, { method: 'POST' });
}

export function useRobotDeliveries(robotId: string) {
  return useQuery({
    queryKey: robotKeys.deliveries(robotId),
    queryFn: () => api<Answer<'/api/v1/notifications/robots/{id}/deliveries', 'get'>>(`/api/v1/notifications/robots/${robotId}/deliveries`, { query: { limit: 50 } }),
  });
}
