import type { ExportLanguage, Words } from '../../platform/export/table-file.js';

/*
 * The words of the printed dossier that no other file already has. Order statuses, channels,
 * priorities, case types and feedback channels come from the export catalogue
 * (platform/export/labels.ts), document fields from the printed documents; what is here is
 * the rest. Event names are the console's (auditActions in its locales; a test keeps them
 * the same), so the printed history reads like the order's history on screen.
 */

export type DossierLanguage = ExportLanguage;

/** What each recorded event of an order's history is called. */
export const eventNames: Record<string, Words> = {
  'order.acceptance_failed': { 'zh-CN': '验收未通过', en: 'Acceptance failed' },
  'order.acceptance_photo_added': { 'zh-CN': '添加验收照片', en: 'Acceptance photo added' },
  'order.accepted': { 'zh-CN': '验收通过', en: 'Accepted' },
  'order.approved': { 'zh-CN': '订单批准', en: 'Order approved' },
  'order.rejected': { 'zh-CN': '订单驳回', en: 'Order rejected' },
  'order.returned': { 'zh-CN': '退回补充', en: 'Returned for clarification' },
  'order.backorder_filled': { 'zh-CN': '缺货已补', en: 'Backorder filled' },
  'order.cancelled': { 'zh-CN': '订单已取消', en: 'Order cancelled' },
  'order.case_opened': { 'zh-CN': '创建售后工单', en: 'After-sales case opened' },
  'order.completed': { 'zh-CN': '订单完成', en: 'Order completed' },
  'order.contact_logged': { 'zh-CN': '记录客户沟通', en: 'Customer contact logged' },
  'order.delivered': { 'zh-CN': '已送达', en: 'Delivered' },
  'order.entry_confirmed': { 'zh-CN': '录入已复核', en: 'Entry confirmed' },
  'order.feedback_received': { 'zh-CN': '收到客户评价', en: 'Feedback received' },
  'order.in_service': { 'zh-CN': '服务中', en: 'In service' },
  'order.numbered': { 'zh-CN': '生成订单号', en: 'Order numbered' },
  'order.partially_shipped': { 'zh-CN': '部分发货', en: 'Partly shipped' },
  'order.planned': { 'zh-CN': '执行计划已生成', en: 'Plan made' },
  'order.priority_overridden': { 'zh-CN': '人工调整优先级', en: 'Priority set by hand' },
  'order.progressed': { 'zh-CN': '计划环节推进', en: 'Plan progressed' },
  'order.promise_date_changed': { 'zh-CN': '承诺日期变更', en: 'Promise date changed' },
  'order.ready_to_ship': { 'zh-CN': '待发货', en: 'Ready to ship' },
  'order.received': { 'zh-CN': '接收订单', en: 'Order received' },
  'order.resubmitted': { 'zh-CN': '重新提交', en: 'Resubmitted' },
  'order.shipped': { 'zh-CN': '已发货', en: 'Shipped' },
  'order.survey_sent': { 'zh-CN': '已发送满意度调查', en: 'Survey sent' },
  'order.return_authorised': { 'zh-CN': '退货已批准', en: 'Return authorised' },
  'order.return_received': { 'zh-CN': '退货已收货', en: 'Return received' },
  'order.return_refunded': { 'zh-CN': '退款已办理', en: 'Refund made' },
  'order.packed': { 'zh-CN': '已备货打包', en: 'Packed' },
  'order.service_started': { 'zh-CN': '服务开始', en: 'Service started' },
  'order.changed': { 'zh-CN': '修改订单', en: 'Order changed' },
  'order.owner_assigned': { 'zh-CN': '订单转交', en: 'Order handed over' },
  'order.payment_recorded': { 'zh-CN': '登记收款', en: 'Payment recorded' },
  'order.payment_status_changed': { 'zh-CN': '付款状态变更', en: 'Payment status changed' },
  'order.refund_recorded': { 'zh-CN': '登记退款', en: 'Refund recorded' },
  'order.replacement_ordered': { 'zh-CN': '为此订单创建售后补发单', en: 'After-sales replacement order created' },
  'review.started': { 'zh-CN': '开始评审', en: 'Review started' },
  'review.step_decided': { 'zh-CN': '评审环节决定', en: 'Review step decided' },
  'plan.created': { 'zh-CN': '生成执行计划', en: 'Plan made' },
  'plan.delay_awaiting_customer': { 'zh-CN': '延误待客户确认替代物料', en: 'Delay awaits the customer (substitute material)' },
  'plan.delayed': { 'zh-CN': '报告环节延误', en: 'Stage delay reported' },
  'plan.stage_progressed': { 'zh-CN': '计划环节推进', en: 'Plan progressed' },
  'plan.substitute_accepted': { 'zh-CN': '客户同意替代物料', en: 'Customer accepted the substitute' },
  'plan.substitute_declined': { 'zh-CN': '客户拒绝替代物料', en: 'Customer declined the substitute' },
  'plan.stage_assigned': { 'zh-CN': '指派计划环节', en: 'Plan stage assigned' },
  'plan.replanned': { 'zh-CN': '环节延期完成，后续环节顺延', en: 'Stage finished late; later stages moved' },
  'sla.escalated': { 'zh-CN': '超时升级', en: 'Deadline missed, escalated' },
  'sla.late_reason_recorded': { 'zh-CN': '记录超时原因', en: 'Late reason recorded' },
  'sla.warned': { 'zh-CN': '时限预警', en: 'Deadline warning sent' },
  'sla.met': { 'zh-CN': '时限内完成', en: 'Deadline met' },
  'sla.closed_late': { 'zh-CN': '超时完成', en: 'Done after the deadline' },
  'shipment.tracked': { 'zh-CN': '物流跟踪更新', en: 'Tracking updated' },
  'case.claimed': { 'zh-CN': '认领售后工单', en: 'Case claimed' },
  'case.closed': { 'zh-CN': '售后工单关闭', en: 'Case closed' },
  'case.contacted': { 'zh-CN': '记录售后联系', en: 'Case contact logged' },
  'case.opened': { 'zh-CN': '创建售后工单', en: 'Case opened' },
  'case.transfer_requested': { 'zh-CN': '申请转交售后工单', en: 'Case handover requested' },
  'case.transferred': { 'zh-CN': '售后工单已转交', en: 'Case handed over' },
  'case.resolved': { 'zh-CN': '提交售后处理结果', en: 'Case resolution proposed' },
  'case.reopened': { 'zh-CN': '客户不满意，工单重新处理', en: 'Case reopened: customer not satisfied' },
  'case.replacement_ordered': { 'zh-CN': '售后创建补发单', en: 'Replacement order created for the case' },
  'rma.authorised': { 'zh-CN': '退货已批准', en: 'Return authorised' },
  'rma.received': { 'zh-CN': '退货已收货', en: 'Return received' },
  'rma.refunded': { 'zh-CN': '退款已办理', en: 'Refund made' },
  'survey.sent': { 'zh-CN': '已发送满意度调查', en: 'Survey sent' },
  'order.dossier_exported': { 'zh-CN': '导出订单档案', en: 'Dossier exported' },};

export const dossierWords = {
  title: { 'zh-CN': '订单档案', en: 'Order dossier' },
  section: {
    order: { 'zh-CN': '订单信息', en: 'Order' },
    lines: { 'zh-CN': '订单明细', en: 'Lines' },
    revisions: { 'zh-CN': '修改记录', en: 'Revisions' },
    review: { 'zh-CN': '订单评审', en: 'Review' },
    plan: { 'zh-CN': '执行计划与进度', en: 'Plan and progress' },
    shipments: { 'zh-CN': '发货与物流', en: 'Shipments' },
    acceptance: { 'zh-CN': '交付验收', en: 'Acceptance' },
    cases: { 'zh-CN': '售后工单', en: 'After-sales cases' },
    feedback: { 'zh-CN': '满意度调查与反馈', en: 'Survey and feedback' },
    payments: { 'zh-CN': '收付款', en: 'Payments' },
    events: { 'zh-CN': '审计事件', en: 'Audit events' },
    verification: { 'zh-CN': '哈希链校验', en: 'Hash chain verification' },
  },
  field: {
    status: { 'zh-CN': '订单状态', en: 'Status' },
    channel: { 'zh-CN': '渠道', en: 'Channel' },
    type: { 'zh-CN': '订单类型', en: 'Type' },
    priority: { 'zh-CN': '优先级', en: 'Priority' },
    received: { 'zh-CN': '接单时间', en: 'Received' },
    payment: { 'zh-CN': '付款状态', en: 'Payment' },
    reviewStatus: { 'zh-CN': '评审结果', en: 'Review outcome' },
    planTemplate: { 'zh-CN': '计划模板', en: 'Plan template' },
    result: { 'zh-CN': '验收结果', en: 'Result' },
    recordedBy: { 'zh-CN': '登记人', en: 'Recorded by' },
    recordedAt: { 'zh-CN': '登记时间', en: 'Recorded at' },
    comment: { 'zh-CN': '备注', en: 'Comment' },
    survey: { 'zh-CN': '满意度调查', en: 'Survey' },
    paid: { 'zh-CN': '已收', en: 'Paid' },
    outstanding: { 'zh-CN': '未收', en: 'Outstanding' },
  },
  column: {
    revision: { 'zh-CN': '版本', en: 'Rev.' },
    at: { 'zh-CN': '时间', en: 'When' },
    who: { 'zh-CN': '操作人', en: 'By' },
    reason: { 'zh-CN': '原因', en: 'Reason' },
    round: { 'zh-CN': '轮次', en: 'Round' },
    step: { 'zh-CN': '评审环节', en: 'Step' },
    stage: { 'zh-CN': '计划环节', en: 'Stage' },
    status: { 'zh-CN': '状态', en: 'Status' },
    planned: { 'zh-CN': '计划时间', en: 'Planned' },
    actual: { 'zh-CN': '实际时间', en: 'Actual' },
    carrier: { 'zh-CN': '承运商', en: 'Carrier' },
    trackingNumber: { 'zh-CN': '运单号', en: 'Tracking no.' },
    shipped: { 'zh-CN': '发货时间', en: 'Shipped' },
    delivered: { 'zh-CN': '签收时间', en: 'Delivered' },
    cost: { 'zh-CN': '运费', en: 'Cost' },
    opened: { 'zh-CN': '创建时间', en: 'Opened' },
    caseType: { 'zh-CN': '类型', en: 'Type' },
    summary: { 'zh-CN': '问题描述', en: 'Summary' },
    scores: { 'zh-CN': '评分（响应/质量/交付/服务）', en: 'Scores (response/quality/delivery/service)' },
    overall: { 'zh-CN': '综合', en: 'Overall' },
    source: { 'zh-CN': '来源', en: 'Source' },
    comments: { 'zh-CN': '意见', en: 'Comments' },
    kind: { 'zh-CN': '类型', en: 'Kind' },
    method: { 'zh-CN': '方式', en: 'Method' },
    paidOn: { 'zh-CN': '收付日期', en: 'Date' },
    amount: { 'zh-CN': '金额', en: 'Amount' },
    seq: { 'zh-CN': '序号', en: 'Seq.' },
    event: { 'zh-CN': '事件', en: 'Event' },
    hash: { 'zh-CN': '哈希值', en: 'Hash' },
  },
  none: { 'zh-CN': '无', en: 'None' },
  systemActor: { 'zh-CN': '系统', en: 'System' },
  reviewStatus: {
    in_progress: { 'zh-CN': '评审中', en: 'In progress' },
    approved: { 'zh-CN': '已通过', en: 'Approved' },
    rejected: { 'zh-CN': '已驳回', en: 'Rejected' },
    returned: { 'zh-CN': '已退回', en: 'Returned' },
    cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  },
  stepStatus: {
    pending: { 'zh-CN': '未开始', en: 'Not reached' },
    waiting: { 'zh-CN': '待评审', en: 'Waiting' },
    approved: { 'zh-CN': '通过', en: 'Approved' },
    rejected: { 'zh-CN': '驳回', en: 'Rejected' },
    returned: { 'zh-CN': '退回', en: 'Returned' },
    not_reached: { 'zh-CN': '未进行', en: 'Not reached' },
    superseded: { 'zh-CN': '已被新一轮取代', en: 'Superseded' },
  },
  stageStatus: {
    pending: { 'zh-CN': '未开始', en: 'Not started' },
    in_progress: { 'zh-CN': '进行中', en: 'Under way' },
    done: { 'zh-CN': '已完成', en: 'Done' },
    delayed: { 'zh-CN': '已延误', en: 'Delayed' },
    blocked: { 'zh-CN': '待客户确认', en: 'Waiting for the customer' },
    cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  },
  shipmentStatus: {
    shipped: { 'zh-CN': '已发货', en: 'Shipped' },
    in_transit: { 'zh-CN': '运输中', en: 'In transit' },
    out_for_delivery: { 'zh-CN': '派送中', en: 'Out for delivery' },
    delivered: { 'zh-CN': '已签收', en: 'Delivered' },
    exception: { 'zh-CN': '配送异常', en: 'Delivery problem' },
  },
  lineResult: {
    pass: { 'zh-CN': '合格', en: 'Passed' },
    partial: { 'zh-CN': '部分合格', en: 'Partly passed' },
    fail: { 'zh-CN': '不合格', en: 'Failed' },
  },
  surveyStatus: {
    open: { 'zh-CN': '已发送，待回复', en: 'Sent, awaiting an answer' },
    answered: { 'zh-CN': '已回复', en: 'Answered' },
    expired: { 'zh-CN': '已过期', en: 'Expired' },
  },
  paymentState: {
    unpaid: { 'zh-CN': '未付款', en: 'Unpaid' },
    partial: { 'zh-CN': '部分付款', en: 'Partly paid' },
    paid: { 'zh-CN': '已付款', en: 'Paid' },
    refunded: { 'zh-CN': '已退款', en: 'Refunded' },
  },
  orderType: {
    standard: { 'zh-CN': '标准', en: 'Standard' },
    custom: { 'zh-CN': '定制', en: 'Custom' },
    urgent: { 'zh-CN': '加急（售后）', en: 'Urgent (after-sales)' },
  },
  paymentKind: {
    payment: { 'zh-CN': '收款', en: 'Payment' },
    refund: { 'zh-CN': '退款', en: 'Refund' },
  },
  paymentMethod: {
    bank_transfer: { 'zh-CN': '银行转账', en: 'Bank transfer' },
    cash: { 'zh-CN': '现金', en: 'Cash' },
    card: { 'zh-CN': '银行卡', en: 'Card' },
    alipay: { 'zh-CN': '支付宝', en: 'Alipay' },
    wechat_pay: { 'zh-CN': '微信支付', en: 'WeChat Pay' },
    other: { 'zh-CN': '其他', en: 'Other' },
  },
  verification: {
    intact: { 'zh-CN': '完好：第 {from}–{to} 号事件（{chain}）逐个重算哈希，共 {checked} 个，均与记录一致。', en: 'Intact: events {from}–{to} of chain {chain} recomputed, {checked} in all, every one matches its record.' },
    broken: { 'zh-CN': '已损坏：链 {chain} 第 {seq} 号事件{reason}。', en: 'BROKEN: event {seq} of chain {chain}: {reason}.' },
    noEvents: { 'zh-CN': '本订单没有审计事件。', en: 'This order has no audit events.' },
  },
  breakReason: {
    event_missing: { 'zh-CN': '缺失', en: 'is missing' },
    predecessor_mismatch: { 'zh-CN': '记录的前一哈希与前一事件不符', en: 'its recorded predecessor hash does not match the previous event' },
    event_altered: { 'zh-CN': '内容与其哈希不符（事件被篡改）', en: 'its content does not match its hash (the event was altered)' },
    head_mismatch: { 'zh-CN': '与链头记录不符', en: 'does not match the head of its chain' },
  },
  unknownEvent: { 'zh-CN': '其他操作', en: 'Other action' },
} as const;

/** An event's name in the reader's language; an action this catalogue does not know reads as "other action", never as its code. */
export function eventName(action: string, language: DossierLanguage): string {
  return (eventNames[action] ?? dossierWords.unknownEvent)[language];
}

/** `{name}` placeholders filled in. */
export function filled(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

interface FailedLine {
  lineNo: number;
  sku: string;
  result: keyof typeof dossierWords.lineResult;
  accepted: number;
  delivered: number;
  comment?: string;
}

const scoreWords: Record<string, Words> = {
  responseSpeed: { 'zh-CN': '响应速度', en: 'Response speed' },
  productQuality: { 'zh-CN': '产品质量', en: 'Product quality' },
  deliveryTimeliness: { 'zh-CN': '交付及时性', en: 'On-time delivery' },
  serviceAttitude: { 'zh-CN': '服务态度', en: 'Service attitude' },
};

/** What a case Ordo opened by itself is about, said in the reader's language (the console does the same from its locales). */
export function caseSummaryText(code: string, params: Record<string, unknown>, language: DossierLanguage): string | undefined {
  const zh = language === 'zh-CN';
  const result = (r: unknown) => dossierWords.lineResult[r as FailedLine['result']]?.[language] ?? String(r);
  if (code === 'case.acceptance_failed') {
    const lines = ((params.lines ?? []) as FailedLine[]).map((l) =>
      zh
        ? `第 ${l.lineNo} 行 ${l.sku} ${result(l.result)}（${l.accepted}/${l.delivered}）${l.comment ? `：${l.comment}` : ''}`
        : `line ${l.lineNo} ${l.sku} ${result(l.result)} (${l.accepted}/${l.delivered})${l.comment ? `: ${l.comment}` : ''}`,
    );
    return zh ? `验收${result(params.result)}：${lines.join('；')}` : `Acceptance ${result(params.result)}: ${lines.join('; ')}`;
  }
  if (code === 'case.low_scores') {
    const scores = ((params.scores ?? []) as { question: string; score: number }[]).map((s) => `${scoreWords[s.question]?.[language] ?? s.question} ${s.score}`);
    const comments = typeof params.comments === 'string' ? (zh ? `：${params.comments}` : `: ${params.comments}`) : '';
    return zh ? `满意度低分（${scores.join('、')}）${comments}` : `Low satisfaction scores (${scores.join(', ')})${comments}`;
  }
  return undefined;
}
