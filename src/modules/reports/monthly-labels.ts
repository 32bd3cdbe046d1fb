import { exportLabels } from '../../platform/export/labels.js';
import type { Figure, MonthlyMetric } from './monthly-contract.js';

/** The languages the report's files are written in. */
export type ReportLanguage = 'zh-CN' | 'en';
type Words = Record<ReportLanguage, string>;

/** What each figure is called in the files (the console has the same words in its locales). */
export const metricNames: Record<MonthlyMetric, Words> = {
  'orders.total': { 'zh-CN': '订单总数', en: 'Orders received' },
  'orders.byChannel': { 'zh-CN': '订单数（按渠道）', en: 'Orders by channel' },
  'orders.byType': { 'zh-CN': '订单数（按类型）', en: 'Orders by type' },
  'orders.byPriority': { 'zh-CN': '订单数（按优先级）', en: 'Orders by priority' },
  'response.averageHours': { 'zh-CN': '平均响应时间（小时）', en: 'Average response time (hours)' },
  'response.medianHours': { 'zh-CN': '响应时间中位数（小时）', en: 'Median response time (hours)' },
  'deliveryCycle.averageDays': { 'zh-CN': '平均交付周期（天）', en: 'Average delivery cycle (days)' },
  'exceptions.count': { 'zh-CN': '异常订单数', en: 'Exception orders' },
  'exceptions.rate': { 'zh-CN': '异常订单率', en: 'Exception order rate' },
  'satisfaction.average': { 'zh-CN': '平均满意度', en: 'Average satisfaction' },
  'onTime.rate': { 'zh-CN': '准时交付率', en: 'On-time delivery rate' },
  'onTime.lateCount': { 'zh-CN': '延迟交付订单数', en: 'Orders delivered late' },
  'sla.hitRate': { 'zh-CN': '时限达成率', en: 'SLA hit rate' },
  'complaints.byProduct': { 'zh-CN': '投诉数（按产品）', en: 'Complaints by product' },
  'logistics.costByCarrier': { 'zh-CN': '物流成本（按承运商）', en: 'Logistics cost by carrier' },
  'logistics.costPerOrderByCarrier': { 'zh-CN': '单均物流成本（按承运商）', en: 'Logistics cost per order by carrier' },
  'logistics.costPerOrder': { 'zh-CN': '单均物流成本', en: 'Logistics cost per order' },
};

/** The codes a dimension may be, as people read them; anything else (a SKU, a carrier) is printed as it is. */
const dimensionWords: Record<string, Words> = {
  ...exportLabels.orders.channel,
  ...exportLabels.orders.priority,
  standard: { 'zh-CN': '标准', en: 'Standard' },
  custom: { 'zh-CN': '定制', en: 'Custom' },
  urgent: { 'zh-CN': '加急', en: 'Urgent' },
  response: { 'zh-CN': '响应', en: 'Response' },
  plan: { 'zh-CN': '计划完成', en: 'Plan done' },
  responseSpeed: { 'zh-CN': '响应速度', en: 'Response speed' },
  productQuality: { 'zh-CN': '产品质量', en: 'Product quality' },
  deliveryTimeliness: { 'zh-CN': '交付及时性', en: 'Delivery timeliness' },
  serviceAttitude: { 'zh-CN': '服务态度', en: 'Service attitude' },
  overall: { 'zh-CN': '综合', en: 'Overall' },
};

/** A figure's dimension as people read it: an SLA clock's `kind.priority` word by word, a product with its name. */
export function dimensionText(figure: Pick<Figure, 'dimension' | 'label' | 'currency'>, language: ReportLanguage): string {
  if (figure.dimension === null) return figure.currency ?? '';
  const words = figure.dimension
    .split('.')
    .map((part) => dimensionWords[part]?.[language] ?? part)
    .join(' · ');
  const named = figure.label ? `${words} ${figure.label}` : words;
  return figure.currency ? `${named} (${figure.currency})` : named;
}

export const fileWords = {
  title: { 'zh-CN': '月度报表', en: 'Monthly report' },
  sheet: { 'zh-CN': '月度报表', en: 'Monthly report' },
  figure: { 'zh-CN': '指标', en: 'Figure' },
  dimension: { 'zh-CN': '维度', en: 'Dimension' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  value: { 'zh-CN': '本月', en: 'This month' },
  previous: { 'zh-CN': '上月', en: 'Previous month' },
  change: { 'zh-CN': '变化', en: 'Change' },
  orders: { 'zh-CN': '订单数', en: 'Orders' },
  key: { 'zh-CN': '指标代码', en: 'Figure key' },
  month: { 'zh-CN': '月份', en: 'Month' },
  previousMonth: { 'zh-CN': '对比月份', en: 'Compared with' },
  timeZone: { 'zh-CN': '时区', en: 'Time zone' },
  state: { 'zh-CN': '状态', en: 'State' },
  computedAt: { 'zh-CN': '计算时间', en: 'Computed at' },
  open: { 'zh-CN': '未结账（实时计算）', en: 'Open (computed now)' },
  closed: { 'zh-CN': '已结账（快照）', en: 'Closed (snapshot)' },
  none: { 'zh-CN': '—', en: '—' },
} satisfies Record<string, Words>;

export const unitWords: Record<Figure['unit'], Words> = {
  count: { 'zh-CN': '个', en: 'count' },
  hours: { 'zh-CN': '小时', en: 'hours' },
  days: { 'zh-CN': '天', en: 'days' },
  ratio: { 'zh-CN': '比率', en: 'ratio' },
  score: { 'zh-CN': '分（1–5）', en: 'score (1–5)' },
  money: { 'zh-CN': '金额', en: 'amount' },
};

/** The words of the "improvement actions" section of the files. */
export const actionWords = {
  section: { 'zh-CN': '改进措施', en: 'Improvement actions' },
  title: { 'zh-CN': '措施', en: 'Action' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  dueDate: { 'zh-CN': '截止日期', en: 'Due' },
  status: { 'zh-CN': '状态', en: 'Status' },
  baseline: { 'zh-CN': '基线', en: 'Baseline' },
  target: { 'zh-CN': '目标', en: 'Target' },
  value: { 'zh-CN': '本月', en: 'This month' },
  movedRightWay: { 'zh-CN': '方向正确', en: 'Moved the right way' },
  yes: { 'zh-CN': '是', en: 'yes' },
  no: { 'zh-CN': '否', en: 'no' },
  open: { 'zh-CN': '进行中', en: 'open' },
  done: { 'zh-CN': '已完成', en: 'done' },
  dropped: { 'zh-CN': '已放弃', en: 'dropped' },
  none: { 'zh-CN': '本月没有进行中的改进措施。', en: 'No improvement action was open this month.' },
} satisfies Record<string, Words>;
