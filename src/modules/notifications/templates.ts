import { Type, type Static } from '@sinclair/typebox';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { StrictObject } from '../../platform/http/schemas.js';
import type { TaskKind } from '../tasks/contract.js';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

interface Template {
  title: string;
  body: string;
}

/** What a template may say: `{name}` is replaced by the event's value, or left empty. */
export const placeholders = ['number', 'customerName', 'status', 'level', 'amount', 'expectedDelivery', 'previousDelivery', 'step', 'role', 'dueAt', 'reason', 'comment', 'orders', 'carrier', 'trackingNumber', 'link', 'caseType', 'task', 'action', 'dueDate', 'subject'] as const;

/** The messages Ordo sends, per event, in both interface languages. */
export const defaultTemplates: Record<string, Record<Locale, Template>> = {
  'order.received': {
    'zh-CN': { title: '订单已收到：{number}', body: '尊敬的{customerName}，我们已收到您的订单 {number}（金额 {amount}），正在审核，审核结果会第一时间通知您。' },
    en: { title: 'Order received: {number}', body: 'Dear {customerName}, we have received your order {number} ({amount}). It is being reviewed; we will let you know as soon as it is confirmed.' },
  },
  'order.approved': {
    'zh-CN': { title: '订单已确认：{number}', body: '尊敬的{customerName}，您的订单 {number} 已确认，预计交付日期：{expectedDelivery}。' },
    en: { title: 'Order confirmed: {number}', body: 'Dear {customerName}, your order {number} is confirmed. Expected delivery: {expectedDelivery}.' },
  },
  'order.entry_confirmed': {
    'zh-CN': { title: '订单录入已复核：{number}', body: '订单 {number}（{customerName}）的录入已由第二人复核，当前状态：{status}。' },
    en: { title: 'Order entry confirmed: {number}', body: 'The entry of order {number} ({customerName}) was confirmed by a second person; status: {status}.' },
  },
  'order.prioritised': {
    'zh-CN': { title: '订单优先级：{number} 为 {level}', body: '订单 {number}（{customerName}，{amount}）优先级为 {level}，请相关部门做好资源准备。' },
    en: { title: 'Order priority: {number} is {level}', body: 'Order {number} ({customerName}, {amount}) has priority {level}; departments involved, please prepare resources.' },
  },
  'order.priority_changed': {
    'zh-CN': { title: '优先级调整：{number} 改为 {level}', body: '订单 {number}（{customerName}）的优先级已调整为 {level}。' },
    en: { title: 'Priority changed: {number} is now {level}', body: 'The priority of order {number} ({customerName}) was changed to {level}.' },
  },
  'review.step_opened': {
    'zh-CN': { title: '待您评审：{number} · {step}', body: '订单 {number}（{customerName}，{amount}）等待您评审“{step}”。' },
    en: { title: 'Review waiting: {number} · {step}', body: 'Order {number} ({customerName}, {amount}) waits for your decision on "{step}".' },
  },
  'order.rejected': {
    'zh-CN': { title: '订单评审未通过：{number}', body: '订单 {number}（{customerName}）在“{step}”被驳回：{comment}。请联系客户处理。' },
    en: { title: 'Order rejected: {number}', body: 'Order {number} ({customerName}) was rejected at "{step}": {comment}. Please contact the customer.' },
  },
  'order.returned': {
    'zh-CN': { title: '订单退回补充：{number}', body: '订单 {number}（{customerName}）在“{step}”被退回：{comment}。请与客户确认后重新提交。' },
    en: { title: 'Order sent back: {number}', body: 'Order {number} ({customerName}) was sent back at "{step}": {comment}. Please clarify with the customer and resubmit.' },
  },
  'order.cancelled': {
    'zh-CN': { title: '订单已取消：{number}', body: '尊敬的{customerName}，您的订单 {number} 已取消。原因：{reason}。如有疑问请联系我们。' },
    en: { title: 'Order cancelled: {number}', body: 'Dear {customerName}, your order {number} has been cancelled. Reason: {reason}. Please contact us with any questions.' },
  },
  'order.changed': {
    'zh-CN': { title: '订单已修改：{number}', body: '尊敬的{customerName}，您的订单 {number} 已按您的要求修改。原因：{reason}。当前状态：{status}，预计交付日期：{expectedDelivery}。' },
    en: { title: 'Order changed: {number}', body: 'Dear {customerName}, your order {number} has been changed. Reason: {reason}. Status: {status}; expected delivery: {expectedDelivery}.' },
  },
  'task.created': {
    'zh-CN': { title: '新任务：{subject} · {task}', body: '{subject}有一项新任务：{task}，请在 {dueAt} 前完成。' },
    en: { title: 'New task: {subject} · {task}', body: '{subject} has a new task: {task}. It is due by {dueAt}.' },
  },
  'order.owner_assigned': {
    'zh-CN': { title: '订单已转交给您：{number}', body: '订单 {number}（{customerName}）已转交给您负责。说明：{reason}' },
    en: { title: 'An order was handed to you: {number}', body: 'Order {number} ({customerName}) is now yours. Note: {reason}' },
  },
  'order.stage_assigned': {
    'zh-CN': { title: '执行环节已分配给您：{number}', body: '订单 {number}（{customerName}）的“{step}”环节已分配给您负责。说明：{reason}' },
    en: { title: 'A plan stage was given to you: {number}', body: 'The "{step}" stage of order {number} ({customerName}) is now yours. Note: {reason}' },
  },
  'task.assigned': {
    'zh-CN': { title: '任务已分配给您：{subject}', body: '您有一项新分配的任务（{subject}），请在 {dueAt} 前完成。说明：{reason}' },
    en: { title: 'A task was assigned to you: {subject}', body: 'A task ({subject}) is now yours; it is due by {dueAt}. Note: {reason}' },
  },
  'task.warned': {
    'zh-CN': { title: '异常订单即将超时：{number}', body: '异常订单 {number}（{customerName}）须在 {dueAt} 前联系客户，请尽快处理。' },
    en: { title: 'Exception contact due soon: {number}', body: 'The customer of exception order {number} ({customerName}) must be contacted by {dueAt}; please act now.' },
  },
  'task.escalated': {
    'zh-CN': { title: '异常订单联系超时：{number}', body: '异常订单 {number}（{customerName}）未在 {dueAt} 前联系客户，已升级至管理层。' },
    en: { title: 'Exception contact overdue: {number}', body: 'The customer of exception order {number} ({customerName}) was not contacted by {dueAt}; escalated to management.' },
  },
  'task.overdue': {
    'zh-CN': { title: '线索跟进已逾期：{customerName}', body: '您对线索 {customerName} 的{task}已于 {dueAt} 到期，请尽快联系并记录结果。' },
    en: { title: 'Lead follow-up overdue: {customerName}', body: 'Your {task} with the lead {customerName} was due by {dueAt}; please get in touch and record the outcome.' },
  },
  'order.planned': {
    'zh-CN': { title: '执行方案已制定：{number}', body: '订单 {number}（{customerName}）的执行方案已制定，预计交付：{expectedDelivery}。请各负责人按计划推进本环节。' },
    en: { title: 'Plan made: {number}', body: 'The execution plan of order {number} ({customerName}) is made; expected delivery {expectedDelivery}. Owners, please run your stages to plan.' },
  },
  'order.promise_date_changed': {
    'zh-CN': { title: '交付日期调整：{number}', body: '尊敬的{customerName}，您的订单 {number} 预计交付日期由 {previousDelivery} 调整为 {expectedDelivery}。原因：{reason}。给您带来不便，敬请谅解。' },
    en: { title: 'Delivery date changed: {number}', body: 'Dear {customerName}, the expected delivery of your order {number} moved from {previousDelivery} to {expectedDelivery}. Reason: {reason}.' },
  },
  'order.delay_reported': {
    'zh-CN': { title: '进度延误：{number} · {step}', body: '订单 {number}（{customerName}）的“{step}”环节延误：{reason}。应急措施：{comment}。' },
    en: { title: 'Delay reported: {number} · {step}', body: 'Order {number} ({customerName}): the "{step}" stage is late: {reason}. Contingency: {comment}.' },
  },
  'order.substitute_proposed': {
    'zh-CN': { title: '替代物料待您确认：{number}', body: '尊敬的{customerName}，您的订单 {number} 因“{reason}”拟采用替代物料（{comment}），请与我们的订单专员确认。' },
    en: { title: 'Substitute material to confirm: {number}', body: 'Dear {customerName}, for your order {number} we propose a substitute material ({comment}) because of "{reason}". Please confirm with our order specialist.' },
  },
  'customer.digest_sent': {
    'zh-CN': { title: '今日订单进度', body: '尊敬的{customerName}，您的订单今日进度如下：\n{orders}' },
    en: { title: "Today's order progress", body: 'Dear {customerName}, here is the progress of your orders today:\n{orders}' },
  },
  'sla.warned': {
    'zh-CN': { title: '即将超时：{number}', body: '订单 {number}（{customerName}）的响应时限将于 {dueAt} 到期，请尽快处理。' },
    en: { title: 'Deadline approaching: {number}', body: 'The deadline of order {number} ({customerName}) falls due at {dueAt}; please act now.' },
  },
  'sla.escalated': {
    'zh-CN': { title: '已超时升级：{number}', body: '订单 {number}（{customerName}）已超过 {dueAt} 的时限，已升级至管理层。' },
    en: { title: 'Deadline missed: {number}', body: 'Order {number} ({customerName}) missed its deadline of {dueAt} and was escalated to management.' },
  },
  'order.packed': {
    'zh-CN': { title: '待发货：{number}', body: '订单 {number}（{customerName}）已备货打包，可以安排发运。' },
    en: { title: 'Ready to ship: {number}', body: 'Order {number} ({customerName}) is packed and ready to ship.' },
  },
  'order.backorder_filled': {
    'zh-CN': { title: '缺货已补：{number}', body: '订单 {number}（{customerName}）的缺货商品已到货并预留，可以安排拣货。' },
    en: { title: 'Backorder filled: {number}', body: 'Stock arrived and was reserved for the backordered lines of order {number} ({customerName}); it can be picked.' },
  },
  'shipment.shipped': {
    'zh-CN': { title: '订单已发货：{number}', body: '尊敬的{customerName}，您的订单 {number} 已由{carrier}发出，运单号 {trackingNumber}。' },
    en: { title: 'Order shipped: {number}', body: 'Dear {customerName}, your order {number} has shipped with {carrier}, tracking number {trackingNumber}.' },
  },
  'shipment.tracked': {
    'zh-CN': { title: '物流动态：{number}', body: '订单 {number} 的运单 {trackingNumber}（{carrier}）最新状态：{status}。{reason}' },
    en: { title: 'Tracking update: {number}', body: 'Shipment {trackingNumber} ({carrier}) of order {number}: {status}. {reason}' },
  },
  'order.service_started': {
    'zh-CN': { title: '服务进行中：{number}', body: '尊敬的{customerName}，订单 {number} 的服务已开始实施。' },
    en: { title: 'Service under way: {number}', body: 'Dear {customerName}, the service of order {number} has begun.' },
  },
  'order.delivered': {
    'zh-CN': { title: '订单已交付：{number}', body: '尊敬的{customerName}，您的订单 {number} 已交付，请验收。' },
    en: { title: 'Order delivered: {number}', body: 'Dear {customerName}, your order {number} has been delivered; please check and accept it.' },
  },
  'order.accepted': {
    'zh-CN': { title: '客户已验收：{number}', body: '订单 {number}（{customerName}）已验收通过。{comment}' },
    en: { title: 'Accepted: {number}', body: 'Order {number} ({customerName}) was accepted by the customer. {comment}' },
  },
  'order.acceptance_failed': {
    'zh-CN': { title: '验收未通过：{number}', body: '订单 {number}（{customerName}）验收未通过或部分通过，已转售后处理。{comment}' },
    en: { title: 'Acceptance failed: {number}', body: 'Order {number} ({customerName}) failed acceptance in whole or part; an after-sales case is open. {comment}' },
  },
  'order.completed': {
    'zh-CN': { title: '订单已完成：{number}', body: '订单 {number}（{customerName}）已完成。' },
    en: { title: 'Order completed: {number}', body: 'Order {number} ({customerName}) is complete.' },
  },
  'order.payment_recorded': {
    'zh-CN': { title: '收付款登记：{number}', body: '订单 {number}（{customerName}）登记了一笔收款或退款：{amount}。' },
    en: { title: 'Payment recorded: {number}', body: 'A payment or refund of {amount} was recorded on order {number} ({customerName}).' },
  },
  'case.opened': {
    'zh-CN': { title: '新售后工单：{number}', body: '订单 {number}（{customerName}）有新的售后工单（{caseType}），请在 {dueAt} 前联系客户。' },
    en: { title: 'New after-sales case: {number}', body: 'A {caseType} case was opened for order {number} ({customerName}); contact the customer by {dueAt}.' },
  },
  'case.transfer_requested': {
    'zh-CN': { title: '售后工单转交申请', body: '有同事申请接手您负责的售后工单（{caseType}，订单 {number}）：{reason}' },
    en: { title: 'Case handover requested', body: 'A colleague asks to take over your {caseType} case (order {number}): {reason}' },
  },
  'case.transferred': {
    'zh-CN': { title: '售后工单已转交给您', body: '售后工单（{caseType}，订单 {number}）已转交给您负责。{reason}' },
    en: { title: 'A case was handed to you', body: 'The {caseType} case (order {number}) is now yours. {reason}' },
  },
  'case.closed': {
    'zh-CN': { title: '售后已处理完毕：{number}', body: '尊敬的{customerName}，您的售后问题已处理完毕：{reason}。我们会在一周后回访。' },
    en: { title: 'After-sales case closed: {number}', body: 'Dear {customerName}, your after-sales request is resolved: {reason}. We will follow up in a week.' },
  },
  'return.authorised': {
    'zh-CN': { title: '退货已批准：{number}', body: '尊敬的{customerName}，订单 {number} 的退货申请已批准，请将商品寄回。' },
    en: { title: 'Return authorised: {number}', body: 'Dear {customerName}, the return for order {number} is authorised; please send the goods back.' },
  },
  'return.refunded': {
    'zh-CN': { title: '退款已办理：{number}', body: '尊敬的{customerName}，订单 {number} 的退款 {amount} 已办理。' },
    en: { title: 'Refund made: {number}', body: 'Dear {customerName}, the refund of {amount} for order {number} has been made.' },
  },
  'survey.sent': {
    'zh-CN': { title: '满意度调查：{number}', body: '尊敬的{customerName}，感谢您的订购！请花一分钟评价订单 {number}：{link}（链接仅可使用一次，{dueAt} 前有效）。' },
    en: { title: 'How did we do? Order {number}', body: 'Dear {customerName}, thank you for your order! Please rate order {number}: {link} (the link works once, until {dueAt}).' },
  },
  'portal.invited': {
    'zh-CN': { title: '邀请您使用客户门户', body: '您好，{customerName}已为您开通客户门户：在线下单、查看审核进度、执行计划与物流、验收交付、申请售后。点击链接登录：{link}（链接仅可使用一次，{dueAt} 前有效）。' },
    en: { title: 'You are invited to the customer portal', body: 'Hello, the customer portal of {customerName} is open for you: place orders, follow review, plan and tracking, accept deliveries, open after-sales cases. Sign in here: {link} (the link works once, until {dueAt}).' },
  },
  'portal.sign_in_link_requested': {
    'zh-CN': { title: '客户门户登录链接', body: '您好，这是您（{customerName}）的客户门户登录链接：{link}（仅可使用一次，{dueAt} 前有效）。如非本人操作，请忽略本邮件。' },
    en: { title: 'Your customer portal sign-in link', body: 'Hello, here is your sign-in link to the customer portal of {customerName}: {link} (it works once, until {dueAt}). If you did not ask for it, ignore this message.' },
  },
  'report.month_closed': {
    'zh-CN': { title: '{month} 月度报表已生成', body: '{month} 的月度报表已结账生成，可在“报表”页面查看，并下载 PDF 或 XLSX。' },
    en: { title: 'Monthly report for {month} is ready', body: 'The monthly report for {month} is closed; open Reports to see it and download the PDF or XLSX.' },
  },
  'report.action_overdue': {
    'zh-CN': { title: '改进措施已逾期：{action}', body: '您负责的改进措施“{action}”已于 {dueDate} 到期，请尽快完成，或与经理商定新的期限。' },
    en: { title: 'Improvement action overdue: {action}', body: 'The improvement action "{action}" you own was due on {dueDate}; please complete it, or agree a new date with your manager.' },
  },
  'feedback.received': {
    'zh-CN': { title: '客户评价：{number}', body: '订单 {number}（{customerName}）收到客户评价，综合评分 {reason}。{comment}' },
    en: { title: 'Customer feedback: {number}', body: 'Order {number} ({customerName}) received feedback: overall score {reason}. {comment}' },
  },
};

/** Task kinds as people read them in a message. */
export const taskKindLabels: Record<Locale, Record<TaskKind, string>> = {
  'zh-CN': { order_exception: '异常订单联系', pre_delivery_check: '交付前确认', aftersales_contact: '售后联系', aftersales_follow_up: '售后回访', call: '电话回访', visit: '上门拜访', message: '消息跟进', return_visit: '定期回访' },
  en: { order_exception: 'exception contact', pre_delivery_check: 'pre-delivery check', aftersales_contact: 'after-sales contact', aftersales_follow_up: 'after-sales follow-up', call: 'call', visit: 'visit', message: 'message', return_visit: 'return visit' },
};

/** Reasons Ordo gives itself (`reasonCode` in an event), in each language. */
export const reasonLabels: Record<Locale, Record<string, string>> = {
  'zh-CN': { plan_made: '执行计划已制定' },
  en: { plan_made: 'the execution plan was made' },
};

/** Priority levels as people read them in a message. */
export const levelLabels: Record<Locale, Record<string, string>> = {
  'zh-CN': { high: '高', medium: '中', low: '低' },
  en: { high: 'high', medium: 'medium', low: 'low' },
};

/** How an order's status reads in a message to a person. */
export const statusLabels: Record<Locale, Record<string, string>> = {
  'zh-CN': { approved: '已确认', planned: '已排产', in_progress: '执行中', ready_to_ship: '待发货', partially_shipped: '部分发货', shipped: '已发货', in_service: '服务中' },
  en: { approved: 'confirmed', planned: 'planned', in_progress: 'in progress', ready_to_ship: 'ready to ship', partially_shipped: 'partly shipped', shipped: 'shipped', in_service: 'in service' },
};

const fallback: Record<Locale, Template> = {
  'zh-CN': { title: '订单动态：{number}', body: '订单 {number}（{customerName}）有新动态：{status}。' },
  en: { title: 'Order update: {number}', body: 'Order {number} ({customerName}) has an update: {status}.' },
};

const TemplateText = StrictObject({ title: Type.String({ minLength: 1, maxLength: 200 }), body: Type.String({ minLength: 1, maxLength: 2000 }) });
const LocaleTemplates = Type.Partial(StrictObject({ 'zh-CN': TemplateText, en: TemplateText }));
/**
 * The `notification-templates` setting: overrides per event and language; the rest keep the
 * defaults. Its keys are the events Ordo sends, so any other key is a 400 naming it.
 */
export const TemplateSettings = Type.Partial(StrictObject(Object.fromEntries(Object.keys(defaultTemplates).map((topic) => [topic, LocaleTemplates]))));
export type TemplateSettings = Static<typeof TemplateSettings>;

/** Refuses overrides that use unknown placeholders, naming the field. */
export function assertValidTemplates(value: TemplateSettings): void {
  const problems: FieldError[] = [];
  for (const [topic, byLocale] of Object.entries(value)) {
    for (const [locale, template] of Object.entries(byLocale ?? {})) {
      for (const part of ['title', 'body'] as const) {
        for (const [, name] of (template as Template)[part].matchAll(/\{([^}]*)\}/g)) {
          if (!(placeholders as readonly string[]).includes(name!)) {
            problems.push({ path: `/${topic}/${locale}/${part}`, in: 'body', code: 'unknown_placeholder', message: `{${name}} is not a placeholder; use ${placeholders.map((p) => `{${p}}`).join(' ')}` });
          }
        }
      }
    }
  }
  if (problems.length > 0) throw new DomainError('invalid_setting', `The notification templates are not valid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { errors: problems });
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export interface RenderedMessage extends Template {
  /**
   * Where `{link}` stood in the body, as offsets into it: the link itself is not in the text.
   * It is minted when the message is sent and put there then (deliver.ts); the delivery log
   * shows these places redacted. A title never carries a link.
   */
  linkAt: number[];
}

/** The message for one event in one language, with overrides applied. */
export function render(topic: string, locale: Locale, data: Record<string, string>, overrides: TemplateSettings): RenderedMessage {
  const template = overrides[topic]?.[locale] ?? defaultTemplates[topic]?.[locale] ?? fallback[locale];
  const fill = (text: string, linkAt: number[]) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(/\{(\w+)\}/g)) {
      out += text.slice(last, match.index);
      if (match[1] === 'link') linkAt.push(out.length);
      else out += data[match[1]!] ?? '';
      last = match.index + match[0].length;
    }
    return out + text.slice(last);
  };
  const linkAt: number[] = [];
  return { title: fill(template.title, []), body: fill(template.body, linkAt), linkAt };
}

/** What a message written by a person (a campaign's) ends with when it carries an unsubscribe link. */
export const unsubscribeFooter: Record<Locale, string> = {
  'zh-CN': '\n\n如不希望再收到此类消息，请点击退订：{link}',
  en: '\n\nTo stop receiving these messages, unsubscribe here: {link}',
};

/**
 * A message a person wrote whole (already filled in for its customer), with the unsubscribe
 * footer after it when it carries a link: the text is not scanned for placeholders, so
 * nothing the writer or the customer's name says can move the link.
 */
export function renderWritten(subject: string, message: string, locale: Locale, withLink: boolean): RenderedMessage {
  if (!withLink) return { title: subject, body: message, linkAt: [] };
  const footer = unsubscribeFooter[locale];
  const at = footer.indexOf('{link}');
  return { title: subject, body: message + footer.replace('{link}', ''), linkAt: [message.length + at] };
}

/** The body with `text` at each of the link's places (offsets ascending, as `render` gives them). */
export function placeLinks(body: string, linkAt: readonly number[], text: string): string {
  let out = '';
  let last = 0;
  for (const at of linkAt) {
    out += body.slice(last, at) + text;
    last = at;
  }
  return out + body.slice(last);
}
