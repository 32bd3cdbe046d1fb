import { useState } from 'react';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { orderKeys, useOrderSla } from '../api/orders';
import { decideReviewStep, fetchReview, reviewKeys, type DecidedOrder } from '../api/review';
import { problemMessage } from './problems';

type Decision = 'approve' | 'reject' | 'return';

/**
 * Approve, reject or return one waiting review step (SPEC §5). Rejecting or returning
 * needs a comment. Past the order's response deadline the reason is asked before the first
 * approval (still asked should the server find the deadline passed in the meantime). When
 * someone else decided first, it says who and what.
 */
export function ReviewDecision({ orderId, stepId, onDone }: { orderId: string; stepId: string; onDone?: (order: DecidedOrder) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [lateReason, setLateReason] = useState<string>();
  const [busy, setBusy] = useState<Decision>();
  const [error, setError] = useState<unknown>();
  const [staleNote, setStaleNote] = useState<string>();
  const sla = useOrderSla(orderId);
  const response = sla.data?.clocks.find((clock) => clock.kind === 'response');
  // Past the deadline with no reason on record: the approval that ends the review will need one.
  const pastDeadline = response !== undefined && response.satisfiedAt === null && response.lateReason === null && (response.secondsLeft ?? 0) < 0;
  const askLateReason = pastDeadline || lateReason !== undefined;

  const decide = async (decision: Decision) => {
    if (decision !== 'approve' && !comment.trim()) {
      setError(new ApiProblem(400, 'comment_required', ''));
      return;
    }
    if (decision === 'approve' && pastDeadline && !lateReason?.trim()) {
      setError(new ApiProblem(409, 'late_reason_required', ''));
      return;
    }
    setBusy(decision);
    setError(undefined);
    try {
      const order = await decideReviewStep(orderId, stepId, {
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(lateReason?.trim() ? { lateReason: lateReason.trim() } : {}),
      });
      for (const queryKey of [reviewKeys.inbox, orderKeys.all, orderKeys.order(orderId), orderKeys.sla(orderId), orderKeys.summary, orderKeys.openSlaAll]) void queryClient.invalidateQueries({ queryKey });
      onDone?.(order);
    } catch (err) {
      setError(err);
      if (err instanceof ApiProblem && err.code === 'late_reason_required' && lateReason === undefined) setLateReason('');
      if (err instanceof ApiProblem && (err.code === 'step_already_decided' || err.code === 'stale_review')) {
        const review = await fetchReview(orderId).catch(() => undefined);
        const step = review?.rounds.flatMap((r) => r.steps).find((s) => s.id === stepId);
        if (step?.decidedByLabel) {
          setStaleNote(t('review.decidedBy', { who: step.decidedByLabel, decision: t(`review.stepStatus.${step.status}`), step: step.name[i18n.language === 'en' ? 'en' : 'zh-CN'] }));
        }
        void queryClient.invalidateQueries({ queryKey: reviewKeys.inbox });
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Form layout="vertical" component="div" style={{ width: '100%' }}>
      {error !== undefined && (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={error instanceof ApiProblem && error.code === 'comment_required' ? t('review.commentRequired') : problemMessage(t, error)} description={staleNote} />
      )}
      <Form.Item label={t('review.comment')} style={{ marginBottom: 8 }}>
        <Input.TextArea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} aria-label={t('review.comment')} />
      </Form.Item>
      {askLateReason && (
        <Form.Item
          label={t('review.lateReason')}
          required
          extra={pastDeadline ? t('planAcceptance.lateReasonUpFront') : undefined}
          validateStatus={error instanceof ApiProblem && error.code === 'late_reason_required' && !lateReason?.trim() ? 'error' : undefined}
          style={{ marginBottom: 8 }}
          data-testid="late-reason"
        >
          <Input value={lateReason ?? ''} onChange={(e) => setLateReason(e.target.value)} maxLength={1000} aria-label={t('review.lateReason')} aria-required />
        </Form.Item>
      )}
      <Space wrap>
        <Button type="primary" loading={busy === 'approve'} disabled={busy !== undefined} onClick={() => void decide('approve')}>
          {t('review.approve')}
        </Button>
        <Button loading={busy === 'return'} disabled={busy !== undefined} onClick={() => void decide('return')}>
          {t('review.return')}
        </Button>
        <Button danger loading={busy === 'reject'} disabled={busy !== undefined} onClick={() => void decide('reject')}>
          {t('review.reject')}
        </Button>
      </Space>
    </Form>
  );
}
