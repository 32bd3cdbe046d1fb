/**
 * The demo company's data: 星河智能装备有限公司, a maker of automation equipment, its
 * staff (one per role), customers, catalogue, opening stock and three weeks of orders.
 * Fixed tables only — `seedDemo` (demo.ts) loads them through the module services.
 */
import type { Role } from '../modules/identity/permissions.js';
import type { CustomerInput } from '../modules/customers/service.js';
import type { CustomerAddress } from '../modules/customers/contract.js';
import type { ProductInput } from '../modules/catalog/service.js';
import type { ProductionLineInput } from '../modules/inventory/service.js';
import type { OrderType, PaymentStatus } from '../modules/orders/service.js';
import type { Channel, SpecialRequirements } from '../modules/orders/contract.js';
import type { StoryStep } from './demo-story.js';

export const demoCompany = '星河智能装备有限公司';
export const demoPassword = 'ordo-demo-2024';
export const demoEmailDomain = 'demo.ordo';

/** The demo user of each role: `<role>@demo.ordo` (after_sales → after-sales@…). */
export function demoEmail(role: Role): string {
  return `${role.replace(/_/g, '-')}@${demoEmailDomain}`;
}

export const demoUsers: Record<Role, { name: string; title: string }> = {
  sales: { name: '刘洋', title: '销售经理' },
  specialist: { name: '周婷', title: '订单处理专员' },
  finance: { name: '吴静', title: '财务主管' },
  engineering: { name: '郑浩', title: '工艺工程师' },
  production: { name: '孙强', title: '生产主管' },
  procurement: { name: '马丽', title: '采购专员' },
  warehouse: { name: '赵磊', title: '仓库主管' },
  logistics: { name: '黄涛', title: '物流专员' },
  after_sales: { name: '林雪', title: '售后服务专员' },
  manager: { name: '陈志远', title: '运营总监' },
  admin: { name: '徐敏', title: '系统管理员' },
};

export type DemoCustomer = Omit<CustomerInput, 'ownerUserId'> & { key: string };

const yuan = (amount: number) => amount * 100;

/** The first customer's name is how a second run recognises that the demo is loaded. */
export const demoCustomers: DemoCustomer[] = [
  {
    key: 'huadong', name: '华东精密制造股份有限公司', type: 'company', tier: 'vip',
    creditLimitMinor: yuan(2_000_000), paymentTerms: { kind: 'net', netDays: 60 },
    contacts: [
      { name: '张伟', title: '采购经理', phone: '13816620451', email: 'zhang.wei@huadong-jm.example', primary: true },
      { name: '沈丽华', title: '设备部主管', phone: '13917783302' },
    ],
    addresses: [{ label: '总部工厂', recipient: '张伟', phone: '13816620451', region: '上海市', city: '上海市', district: '浦东新区', line1: '康桥镇秀浦路2388号3号厂房', postalCode: '201315', isDefault: true }],
    sourceChannel: '展会', tags: ['重点客户', '汽车零部件', '年度框架协议'],
    notes: '2023年工博会签约的年度框架客户，账期60天。',
  },
  {
    key: 'pengcheng', name: '深圳鹏程电子科技有限公司', type: 'company', tier: 'vip',
    creditLimitMinor: yuan(1_500_000), paymentTerms: { kind: 'net', netDays: 30 },
    contacts: [{ name: '黄志明', title: '供应链总监', phone: '13823345678', email: 'huang.zm@pengcheng-tech.example', primary: true }],
    addresses: [{ recipient: '黄志明', phone: '13823345678', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园北区朗山路11号同方信息港B座6楼', postalCode: '518057', isDefault: true }],
    sourceChannel: '老客户转介绍', tags: ['重点客户', '电子制造', 'ERP对接'],
    notes: '通过API从客户ERP直接下单。',
  },
  {
    key: 'zhongke', name: '北京中科仪器有限公司', type: 'company', tier: 'vip',
    creditLimitMinor: yuan(1_000_000), paymentTerms: { kind: 'net', netDays: 45 },
    contacts: [{ name: '赵晓东', title: '项目经理', phone: '13601128890', email: 'zhaoxd@zkyq.example', primary: true }],
    addresses: [{ recipient: '赵晓东', phone: '13601128890', region: '北京市', city: '北京市', district: '海淀区', line1: '中关村软件园二期西北旺东路10号院7号楼', postalCode: '100193', isDefault: true }],
    sourceChannel: '展会', tags: ['科研院所', '大项目'],
  },
  {
    key: 'ruida', name: '苏州瑞达自动化设备有限公司', type: 'company', tier: 'normal',
    creditLimitMinor: yuan(300_000), paymentTerms: { kind: 'net', netDays: 30 },
    contacts: [{ name: '钱伟', title: '采购主管', phone: '13962145566', email: 'qianwei@ruida-auto.example', primary: true }],
    addresses: [{ recipient: '钱伟', phone: '13962145566', region: '江苏省', city: '苏州市', district: '工业园区', line1: '星湖街328号创意产业园12幢', postalCode: '215123', isDefault: true }],
    sourceChannel: '官网', tags: ['耗材常购', '自动化集成商'],
  },
  {
    key: 'lvyuan', name: '杭州绿源包装材料有限公司', type: 'company', tier: 'normal',
    creditLimitMinor: yuan(200_000), paymentTerms: { kind: 'cash_on_delivery' },
    contacts: [{ name: '方敏', title: '厂长', phone: '13857190021', email: 'fangmin@lvyuan-pack.example', primary: true }],
    addresses: [{ recipient: '方敏', phone: '13857190021', region: '浙江省', city: '杭州市', district: '余杭区', line1: '仁和街道东塘路98号', postalCode: '311107', isDefault: true }],
    sourceChannel: '电话咨询', tags: ['包装行业'],
  },
  {
    key: 'tianfu', name: '成都天府食品机械有限公司', type: 'company', tier: 'normal',
    creditLimitMinor: 0, paymentTerms: { kind: 'prepaid' },
    contacts: [{ name: '罗建', title: '设备采购', phone: '18980062217', email: 'luojian@tianfu-fm.example', primary: true }],
    addresses: [{ recipient: '罗建', phone: '18980062217', region: '四川省', city: '成都市', district: '双流区', line1: '西航港街道腾飞一路333号', postalCode: '610207', isDefault: true }],
    sourceChannel: '阿里巴巴1688', tags: ['食品机械'],
  },
  {
    key: 'changjiang', name: '武汉长江物流装备有限公司', type: 'company', tier: 'normal',
    creditLimitMinor: yuan(400_000), paymentTerms: { kind: 'net', netDays: 15 },
    contacts: [{ name: '程浩然', title: '采购经理', phone: '15972008836', email: 'chenghr@cj-logistics.example', primary: true }],
    addresses: [{ recipient: '程浩然', phone: '15972008836', region: '湖北省', city: '武汉市', district: '东西湖区', line1: '走马岭街道汇通大道56号', postalCode: '430040', isDefault: true }],
    sourceChannel: '老客户转介绍', tags: ['物流装备', '批量导入'],
  },
  {
    key: 'hailan', name: '青岛海之蓝水处理工程有限公司', type: 'company', tier: 'new',
    creditLimitMinor: 0, paymentTerms: { kind: 'prepaid' },
    contacts: [{ name: '于海涛', title: '总经理', phone: '13864285519', email: 'yuht@hailan-water.example', primary: true }],
    addresses: [{ recipient: '于海涛', phone: '13864285519', region: '山东省', city: '青岛市', district: '黄岛区', line1: '长江中路216号海洋科技园C座', postalCode: '266555', isDefault: true }],
    sourceChannel: '官网', tags: ['新客户', '水处理'],
  },
  {
    key: 'yongxing', name: '宁波甬兴五金制品厂', type: 'company', tier: 'new',
    creditLimitMinor: yuan(20_000), paymentTerms: { kind: 'cash_on_delivery' },
    contacts: [{ name: '应国华', title: '老板', phone: '13705742263', primary: true }],
    addresses: [{ recipient: '应国华', phone: '13705742263', region: '浙江省', city: '宁波市', district: '北仑区', line1: '小港街道渡口路77号', isDefault: true }],
    sourceChannel: '京东', tags: ['小微企业', '五金'],
  },
  {
    key: 'liming', name: '李明', type: 'person', tier: 'new',
    paymentTerms: { kind: 'prepaid' },
    contacts: [{ name: '李明', phone: '13712306645', email: 'liming.dg@mail.example', primary: true }],
    addresses: [{ recipient: '李明', phone: '13712306645', region: '广东省', city: '东莞市', district: '长安镇', line1: '沙头社区振安中路182号 明辉模具工作室', isDefault: true }],
    sourceChannel: '天猫旗舰店', tags: ['个人客户', '网店'],
  },
  {
    key: 'wangfang', name: '王芳', type: 'person', tier: 'normal',
    paymentTerms: { kind: 'cash_on_delivery' },
    contacts: [{ name: '王芳', phone: '15850627734', email: 'wangfang.nj@mail.example', primary: true }],
    addresses: [{ recipient: '王芳', phone: '15850627734', region: '江苏省', city: '南京市', district: '江宁区', line1: '秣陵街道胜太西路168号 芳华包装工作室', isDefault: true }],
    sourceChannel: '线下门店', tags: ['个人客户', '回头客'],
  },
  {
    // No address on file: he picks up at the factory, or gives an address with the order.
    key: 'chenjg', name: '陈建国', type: 'person', tier: 'new',
    paymentTerms: { kind: 'prepaid' },
    contacts: [{ name: '陈建国', phone: '18631245790', primary: true }],
    sourceChannel: '线下门店', tags: ['个人客户', '自提'],
    notes: '习惯到厂自提。',
  },
];

/** Default plan-stage durations (working days) for made-to-order products. */
const leadTimes = (production: number, extra: Record<string, number> = {}) => ({ ...extra, production, qc: 1, logistics: 2 });

export const demoProducts: ProductInput[] = [
  // stock: sold from the shelf
  { sku: 'XH-A2024', name: 'A型设备-2024款', model: 'A-2024 / 380V 5.5kW', unit: '台', priceMinor: yuan(30_000), kind: 'stock', category: '整机设备' },
  { sku: 'XH-B10', name: 'B型耗材-10mm', model: 'B-10 / Φ10mm × 50m', unit: '卷', priceMinor: yuan(80), kind: 'stock', category: '耗材' },
  { sku: 'XH-B16', name: 'B型耗材-16mm', model: 'B-16 / Φ16mm × 50m', unit: '卷', priceMinor: yuan(120), kind: 'stock', category: '耗材' },
  { sku: 'XH-PE18', name: '光电传感器 PE-18', model: 'M18 漫反射 NPN 0–300mm', unit: '件', priceMinor: yuan(185), kind: 'stock', category: '传感器' },
  { sku: 'XH-HMI10', name: '工业触摸屏 HMI-10', model: '10.1英寸 24VDC 以太网', unit: '台', priceMinor: yuan(2_680), kind: 'stock', category: '电气控制' },
  { sku: 'XH-SM750', name: '伺服电机 SM-750', model: '750W 220V 17位编码器', unit: '台', priceMinor: yuan(1_950), kind: 'stock', category: '传动部件' },
  { sku: 'XH-HTD1200', name: '同步带 HTD-1200', model: '5M-1200 宽25mm', unit: '条', priceMinor: yuan(96), kind: 'stock', category: '传动部件' },
  { sku: 'XH-KIT32', name: '维护保养工具包', model: 'MK-2 共32件', unit: '套', priceMinor: yuan(680), kind: 'stock', category: '配件' },
  { sku: 'XH-F20', name: '滤芯 F-20', model: '20只/箱', unit: '箱', priceMinor: yuan(450), kind: 'stock', category: '耗材' },
  // made to order: produced per order, with default stage durations
  { sku: 'XH-PLC800', name: '定制PLC控制柜', model: 'PLC-800 1200×600×400mm', unit: '台', priceMinor: yuan(28_500), kind: 'made_to_order', category: '电气控制', leadTimes: leadTimes(5) },
  { sku: 'XH-CV6', name: '皮带输送线 CV-6', model: '6m 带宽600mm 变频调速', unit: '套', priceMinor: yuan(46_000), kind: 'made_to_order', category: '输送设备', leadTimes: { engineering: 2, production: 7, qc: 1, logistics: 3 } },
  { sku: 'XH-FX01', name: '非标工装夹具', model: 'FX 按图加工', unit: '件', priceMinor: yuan(3_200), kind: 'made_to_order', category: '工装夹具', leadTimes: leadTimes(3) },
  { sku: 'XH-A2024C', name: 'A型设备-定制款', model: 'A-2024C 外观/LOGO可定制', unit: '台', priceMinor: yuan(36_000), kind: 'made_to_order', category: '整机设备', leadTimes: { production: 10, qc: 2, logistics: 2 } },
  { sku: 'XH-RA50', name: '码垛机械臂 RA-50', model: '负载50kg 臂展2.1m', unit: '台', priceMinor: yuan(128_000), kind: 'made_to_order', category: '机器人', leadTimes: leadTimes(12, { procurement: 5 }) },
  // services: delivered, not shipped
  { sku: 'XH-SV-INST', name: '设备安装调试', model: '上门安装及试运行', unit: '次', priceMinor: yuan(2_000), kind: 'service', category: '技术服务' },
  { sku: 'XH-SV-HOUR', name: '工程师现场服务', model: '按小时计费', unit: '小时', priceMinor: yuan(350), kind: 'service', category: '技术服务' },
  { sku: 'XH-SV-TRAIN', name: '设备操作培训', model: '1天 / 不超过10人', unit: '天', priceMinor: yuan(4_800), kind: 'service', category: '技术服务' },
  { sku: 'XH-SV-CARE', name: '年度维保服务', model: '每年4次巡检', unit: '年', priceMinor: yuan(12_000), kind: 'service', category: '技术服务' },
];

/** Opening stock. HMI-10 and HTD-1200 are deliberately short, so later orders backorder. */
export const openingStock: Record<string, number> = {
  'XH-A2024': 40,
  'XH-B10': 1200,
  'XH-B16': 600,
  'XH-PE18': 300,
  'XH-HMI10': 3,
  'XH-SM750': 25,
  'XH-HTD1200': 8,
  'XH-KIT32': 60,
  'XH-F20': 90,
};

/**
 * The production lines of the capacity calendar, in units per working day (Monday–Friday
 * unless said). Small enough that a large made-to-order order can outrun them.
 */
export const demoProductionLines: ProductionLineInput[] = [
  { code: 'ZP-01', name: '整机装配线', defaultDailyCapacity: 2 },
  { code: 'DQ-01', name: '电气控制柜装配线', defaultDailyCapacity: 2 },
  { code: 'JG-01', name: '机加工车间（含周六班）', defaultDailyCapacity: 6, workingWeekdays: [1, 2, 3, 4, 5, 6] },
];

export interface DemoOrder {
  /** Received on a past day at a local time, or today some minutes ago. */
  when: { daysAgo: number; at: string } | { minutesAgo: number };
  customer: string;
  channel: Channel;
  /** Who entered it. */
  by: Role;
  lines: { sku: string; qty: number; price?: number; discount?: number }[];
  paymentStatus: PaymentStatus;
  type?: OrderType;
  /** Days from the day of receipt to the wanted delivery date; null: none was given. */
  dueInDays: number | null;
  /** The channel's own reference; `{date}` becomes the receipt day as YYYYMMDD. */
  ref?: string;
  requirements?: string | SpecialRequirements;
  delivery?: { method: 'pickup' } | { method: 'ship'; address: CustomerAddress };
  /** The manager confirms the hand-entered order this many minutes after receipt. */
  confirmAfter?: number;
  /** What happened to it afterwards (steps due after "now" have not happened yet). */
  story?: StoryStep[];
}

const survey = (responseSpeed: number, comments: string) => ({ responseSpeed, productQuality: 5, deliveryTimeliness: 4, serviceAttitude: 5, comments });

/** Three weeks of orders, oldest first. Comments say where each one lands. */
export const demoOrders: DemoOrder[] = [
  // Approved, shipped, delivered and accepted; the survey answered: completed.
  { when: { daysAgo: 21, at: '09:12' }, customer: 'ruida', channel: 'b2b_direct', by: 'sales', paymentStatus: 'unpaid', dueInDays: 10,
    lines: [{ sku: 'XH-B10', qty: 200 }, { sku: 'XH-B16', qty: 60 }] ,
    story: [{ after: 2, do: 'approve' }, { after: 20, do: 'stages' }, { after: 26, do: 'ship', carrier: '德邦物流' }, { after: 40, do: 'track', status: 'in_transit', location: '苏州转运中心' }, { after: 52, do: 'track', status: 'delivered', location: '苏州工业园区' }, { after: 54, do: 'accept' }, { after: 80, do: 'answer_survey', answer: survey(5, '发货及时，质量稳定') }] },
  // Reviewed within the morning, shipped, delivered and accepted.
  { when: { daysAgo: 21, at: '10:40' }, customer: 'huadong', channel: 'phone', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 7, confirmAfter: 30,
    lines: [{ sku: 'XH-A2024', qty: 2 }, { sku: 'XH-SV-INST', qty: 2 }], requirements: '安装前需提前一天电话预约',
    story: [{ after: 2, do: 'approve' }, { after: 26, do: 'stages' }, { after: 30, do: 'ship', carrier: '德邦物流' }, { after: 54, do: 'track', status: 'delivered', location: '上海浦东新区' }, { after: 58, do: 'accept' }] },
  // Accepted after the survey went out: completed.
  { when: { daysAgo: 20, at: '14:05' }, customer: 'liming', channel: 'marketplace', by: 'admin', paymentStatus: 'paid', dueInDays: 5, ref: 'TM-{date}-30117',
    lines: [{ sku: 'XH-PE18', qty: 4 }] ,
    story: [{ after: 1, do: 'approve' }, { after: 18, do: 'stages' }, { after: 20, do: 'ship', carrier: '京东物流' }, { after: 44, do: 'track', status: 'delivered', location: '东莞长安镇' }, { after: 100, do: 'accept' }] },
  { when: { daysAgo: 20, at: '16:30' }, customer: 'lvyuan', channel: 'email', by: 'specialist', paymentStatus: 'unpaid', type: 'custom', dueInDays: 18, confirmAfter: 45,
    lines: [{ sku: 'XH-PLC800', qty: 1 }],
    requirements: { text: '按客户电气图纸定制', customization: { 配色: 'RAL7035 浅灰', 电源: '380V 三相五线', PLC品牌: '西门子 S7-1200' } } ,
    story: [{ after: 20, do: 'approve' }, { after: 40, do: 'stages', count: 2 }, { after: 150, do: 'stages', count: 1 }] },
  { when: { daysAgo: 19, at: '08:55' }, customer: 'wangfang', channel: 'online_store', by: 'admin', paymentStatus: 'paid', dueInDays: 4, ref: 'WS-{date}-0192',
    lines: [{ sku: 'XH-KIT32', qty: 2 }, { sku: 'XH-F20', qty: 5 }] ,
    story: [{ after: 5, do: 'stages' }, { after: 7, do: 'ship', carrier: '顺丰速运' }, { after: 30, do: 'track', status: 'delivered', location: '杭州西湖区' }, { after: 33, do: 'accept' }, { after: 60, do: 'answer_survey', answer: survey(4, '工具包很实用') }] },
  // Ten sensors arrived broken: acceptance failed, after-sales claimed the case, took them back and refunded them.
  { when: { daysAgo: 19, at: '11:20' }, customer: 'pengcheng', channel: 'api', by: 'admin', paymentStatus: 'unpaid', dueInDays: 6, ref: 'PC-PO-{date}-041',
    lines: [{ sku: 'XH-SM750', qty: 10 }, { sku: 'XH-PE18', qty: 100 }] ,
    story: [{ after: 3, do: 'approve' }, { after: 22, do: 'stages' }, { after: 26, do: 'ship', carrier: '德邦物流' }, { after: 40, do: 'track', status: 'in_transit', location: '深圳转运中心' },
      { after: 70, do: 'track', status: 'delivered', location: '深圳南山区' }, { after: 73, do: 'accept', problem: { sku: 'XH-PE18', accepted: 90, comment: '10件外壳运输破损' } },
      { after: 74, do: 'claim_case', contact: '已电话联系黄总，确认破损数量', remedy: '退回破损件并退款' }, { after: 96, do: 'authorise_return', sku: 'XH-PE18', quantity: 10, reason: '运输破损' },
      { after: 170, do: 'receive_return' }, { after: 190, do: 'refund', amountMinor: yuan(1_850) }] },
  { when: { daysAgo: 18, at: '09:30' }, customer: 'chenjg', channel: 'in_person', by: 'specialist', paymentStatus: 'paid', dueInDays: 2, confirmAfter: 20,
    lines: [{ sku: 'XH-KIT32', qty: 1 }], delivery: { method: 'pickup' },
    story: [{ after: 2, do: 'approve' }, { after: 20, do: 'stages' }, { after: 24, do: 'ship', carrier: '京东物流' }, { after: 30, do: 'track', status: 'delivered', location: '保定竞秀区' }, { after: 31, do: 'accept' }] },
  // The seed's customisation example, with its parameters: clear, goes to review.
  { when: { daysAgo: 18, at: '15:10' }, customer: 'tianfu', channel: 'phone', by: 'specialist', paymentStatus: 'paid', type: 'custom', dueInDays: 20, confirmAfter: 35,
    lines: [{ sku: 'XH-A2024C', qty: 1 }], requirements: { text: '需定制LOGO', customization: { logo: '客户提供AI文件, 40mm, 正面居中' } } ,
    story: [{ after: 18, do: 'approve' }, { after: 60, do: 'stages', count: 2 },
      { after: 100, do: 'delay', days: 3, reason: '定制LOGO丝印网版返工', contingency: 'outsource', measure: '丝印外协加工，加急处理' }] },
  // Delivered two days ago; the customer has not confirmed acceptance yet.
  { when: { daysAgo: 17, at: '10:05' }, customer: 'changjiang', channel: 'file_import', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 12, ref: 'CJ-{date}.xlsx#2',
    lines: [{ sku: 'XH-B16', qty: 300 }, { sku: 'XH-B10', qty: 100 }] ,
    story: [{ after: 3, do: 'approve' }, { after: 24, do: 'stages' }, { after: 28, do: 'ship', carrier: '德邦物流' }, { after: 40, do: 'track', status: 'in_transit', location: '武汉转运中心' }, { after: 360, do: 'track', status: 'delivered', location: '武汉东西湖区' }] },
  // Delivered and accepted yesterday: the survey goes out later today.
  { when: { daysAgo: 16, at: '13:45' }, customer: 'yongxing', channel: 'marketplace', by: 'admin', paymentStatus: 'paid', dueInDays: 6, ref: 'JD-{date}88213',
    lines: [{ sku: 'XH-HTD1200', qty: 6 }, { sku: 'XH-PE18', qty: 2 }] ,
    story: [{ after: 2, do: 'approve' }, { after: 20, do: 'stages' }, { after: 22, do: 'ship', carrier: '顺丰速运' }, { after: 360, do: 'track', status: 'delivered', location: '宁波北仑区' }, { after: 362, do: 'accept' }] },
  // Packaging not settled ("待定"): exception once the entry is confirmed.
  { when: { daysAgo: 16, at: '17:20' }, customer: 'zhongke', channel: 'email', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 20, confirmAfter: 40,
    lines: [{ sku: 'XH-RA50', qty: 1 }, { sku: 'XH-SV-TRAIN', qty: 2 }], requirements: '包装待定，客户确认木箱尺寸后再通知',
    story: [{ after: 20, do: 'cancel', reason: '客户项目延期，取消本次采购' }] },
  { when: { daysAgo: 4, at: '09:40' }, customer: 'ruida', channel: 'portal', by: 'sales', paymentStatus: 'unpaid', dueInDays: 8,
    lines: [{ sku: 'XH-B10', qty: 150 }] ,
    story: [{ after: 2, do: 'approve' }, { after: 24, do: 'stages' }, { after: 50, do: 'ship', carrier: '德邦物流' }, { after: 60, do: 'track', status: 'in_transit', location: '苏州转运中心' }, { after: 90, do: 'track', status: 'out_for_delivery', location: '苏州工业园区' }] },
  { when: { daysAgo: 3, at: '11:00' }, customer: 'hailan', channel: 'phone', by: 'specialist', paymentStatus: 'paid', dueInDays: 5, confirmAfter: 25,
    lines: [{ sku: 'XH-HMI10', qty: 2 }] ,
    story: [{ after: 2, do: 'approve' }, { after: 30, do: 'stages' }] },
  // No delivery date: exception.
  { when: { daysAgo: 14, at: '14:30' }, customer: 'liming', channel: 'online_store', by: 'admin', paymentStatus: 'paid', dueInDays: null, ref: 'WS-{date}-0357',
    lines: [{ sku: 'XH-B10', qty: 2 }] ,
    story: [{ after: 30, do: 'cancel', reason: '客户改为到门店直接购买，取消订单' }] },
  { when: { daysAgo: 13, at: '10:15' }, customer: 'huadong', channel: 'b2b_direct', by: 'sales', paymentStatus: 'partial', dueInDays: 20,
    lines: [{ sku: 'XH-CV6', qty: 1 }, { sku: 'XH-SV-INST', qty: 1 }], requirements: { packaging: '木箱包装，需防潮' } ,
    story: [{ after: 4, do: 'approve' }, { after: 24, do: 'stages', count: 1 }] },
  // Only one HMI-10 left and not paid: stock shortage exception.
  { when: { minutesAgo: 180 }, customer: 'lvyuan', channel: 'phone', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 7, confirmAfter: 30,
    lines: [{ sku: 'XH-HMI10', qty: 5 }] },
  // 100 of 150 sensors went first; the rest follow.
  { when: { daysAgo: 3, at: '15:50' }, customer: 'pengcheng', channel: 'api', by: 'admin', paymentStatus: 'unpaid', dueInDays: 7, ref: 'PC-PO-{date}-057',
    lines: [{ sku: 'XH-PE18', qty: 150 }] ,
    story: [{ after: 1, do: 'approve' }, { after: 20, do: 'stages' }, { after: 24, do: 'ship', carrier: '顺丰速运', part: { sku: 'XH-PE18', quantity: 100 } }, { after: 40, do: 'track', status: 'in_transit', location: '深圳转运中心' }] },
  { when: { minutesAgo: 200 }, customer: 'changjiang', channel: 'email', by: 'specialist', paymentStatus: 'unpaid', type: 'custom', dueInDays: 9, confirmAfter: 50,
    lines: [{ sku: 'XH-FX01', qty: 4 }],
    requirements: { text: '按客户图纸加工', customization: { 图纸: 'WH-FX-2024-07 Rev.B', 材质: '6061铝合金，阳极氧化' } } },
  { when: { minutesAgo: 150 }, customer: 'wangfang', channel: 'in_person', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 3, confirmAfter: 15,
    lines: [{ sku: 'XH-SV-HOUR', qty: 8 }] },
  // HTD-1200 runs short, but paid: backordered (a warning), still goes to review.
  { when: { minutesAgo: 300 }, customer: 'chenjg', channel: 'marketplace', by: 'admin', paymentStatus: 'paid', dueInDays: 5, ref: 'TM-{date}-41876',
    lines: [{ sku: 'XH-HTD1200', qty: 3 }],
    delivery: { method: 'ship', address: { recipient: '陈建国', phone: '18631245790', region: '河北省', city: '保定市', district: '竞秀区', line1: '朝阳北大街1566号 建国机修部' } } },
  { when: { daysAgo: 1, at: '13:10' }, customer: 'zhongke', channel: 'b2b_direct', by: 'sales', paymentStatus: 'partial', dueInDays: 14,
    lines: [{ sku: 'XH-A2024', qty: 2, discount: yuan(2_000) }, { sku: 'XH-SV-CARE', qty: 1 }] },
  // No date yet ("客户说下周再定"), not yet confirmed: waits for the entry check.
  { when: { minutesAgo: 240 }, customer: 'yongxing', channel: 'phone', by: 'specialist', paymentStatus: 'unpaid', dueInDays: null,
    lines: [{ sku: 'XH-B16', qty: 20 }], requirements: '客户说交期下周再定' },
  { when: { minutesAgo: 280 }, customer: 'tianfu', channel: 'online_store', by: 'admin', paymentStatus: 'paid', dueInDays: 4, ref: 'WS-{date}-0733',
    lines: [{ sku: 'XH-F20', qty: 10 }] },
  // Contract price below list: a warning for review.
  { when: { daysAgo: 6, at: '14:20' }, customer: 'huadong', channel: 'file_import', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 10, ref: 'HD-{date}.csv#1',
    lines: [{ sku: 'XH-B10', qty: 400, price: yuan(75) }, { sku: 'XH-B16', qty: 200, price: yuan(112) }],
    story: [{ after: 2, do: 'approve' }, { after: 22, do: 'stages' }, { after: 26, do: 'ship', carrier: '德邦物流' }, { after: 50, do: 'track', status: 'delivered', location: '上海浦东新区' }, { after: 52, do: 'accept' }] },
  { when: { minutesAgo: 120 }, customer: 'pengcheng', channel: 'api', by: 'admin', paymentStatus: 'unpaid', type: 'custom', dueInDays: 15, ref: 'PC-PO-{date}-063',
    lines: [{ sku: 'XH-PLC800', qty: 1 }], requirements: { text: '控制柜需加装UPS', customization: { UPS: '3kVA 在线式', 防护等级: 'IP54' } } },
  // Colour not decided: exception once confirmed.
  { when: { daysAgo: 1, at: '15:35' }, customer: 'hailan', channel: 'email', by: 'specialist', paymentStatus: 'paid', type: 'custom', dueInDays: 18, confirmAfter: 30,
    lines: [{ sku: 'XH-A2024C', qty: 1 }], requirements: { text: '外壳颜色按客户要求', customization: { 颜色: '海蓝色或灰色，待确认' } } },
  // Line down at the customer: urgent, green channel → high whatever it scores.
  { when: { daysAgo: 4, at: '09:15' }, customer: 'ruida', channel: 'phone', by: 'specialist', paymentStatus: 'unpaid', type: 'urgent', dueInDays: 2, confirmAfter: 10,
    lines: [{ sku: 'XH-SM750', qty: 1 }, { sku: 'XH-SV-HOUR', qty: 4 }], requirements: '客户产线停机，急需更换伺服电机并派工程师到场',
    story: [{ after: 0.5, do: 'approve' }, { after: 6, do: 'stages' }, { after: 8, do: 'ship', carrier: '顺丰速运' }, { after: 30, do: 'track', status: 'delivered', location: '苏州工业园区' }, { after: 32, do: 'accept' }] },
  // The seed's 表2: normal customer, 100 × B型耗材-10mm = 8,000 CNY, due in 5 days, unpaid → low.
  { when: { minutesAgo: 260 }, customer: 'ruida', channel: 'b2b_direct', by: 'sales', paymentStatus: 'unpaid', dueInDays: 5,
    lines: [{ sku: 'XH-B10', qty: 100 }] },
  // The seed's 表1: VIP, 5 × A型设备-2024款 = 150,000 CNY, due in 3 days, paid, online store → high.
  { when: { minutesAgo: 40 }, customer: 'huadong', channel: 'online_store', by: 'admin', paymentStatus: 'paid', dueInDays: 3, ref: 'WS-{date}-0518',
    lines: [{ sku: 'XH-A2024', qty: 5 }] },
  { when: { daysAgo: 2, at: '09:30' }, customer: 'wangfang', channel: 'marketplace', by: 'admin', paymentStatus: 'paid', dueInDays: 3, ref: 'JD-{date}90544',
    lines: [{ sku: 'XH-KIT32', qty: 1 }] },
  { when: { minutesAgo: 100 }, customer: 'changjiang', channel: 'portal', by: 'sales', paymentStatus: 'partial', dueInDays: 20,
    lines: [{ sku: 'XH-CV6', qty: 1 }, { sku: 'XH-SV-INST', qty: 2 }], requirements: { packaging: '整线分段木箱包装' } },
  // Not enough B型耗材-16mm left and not paid; not yet confirmed.
  { when: { minutesAgo: 70 }, customer: 'lvyuan', channel: 'email', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 6,
    lines: [{ sku: 'XH-B16', qty: 50 }] },
  // 80 jigs in 5 days: more than the lines can make; the capacity step waits for production.
  { when: { daysAgo: 1, at: '11:30' }, customer: 'huadong', channel: 'b2b_direct', by: 'sales', paymentStatus: 'unpaid', dueInDays: 5,
    lines: [{ sku: 'XH-FX01', qty: 80 }] },
  // Training booked in person: confirmed, approved and under way at the customer's.
  { when: { daysAgo: 1, at: '16:00' }, customer: 'zhongke', channel: 'in_person', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 9, confirmAfter: 20,
    lines: [{ sku: 'XH-SV-TRAIN', qty: 2 }] ,
    story: [{ after: 1, do: 'approve' }, { after: 16, do: 'stages' }] },
  // Today's orders: their response deadlines are still running.
  { when: { minutesAgo: 95 }, customer: 'pengcheng', channel: 'api', by: 'admin', paymentStatus: 'unpaid', dueInDays: 4, ref: 'PC-PO-{date}-071',
    lines: [{ sku: 'XH-SM750', qty: 5 }, { sku: 'XH-PE18', qty: 20 }] },
  // "需定制LOGO" without parameters: unclear; waits for the entry check.
  { when: { minutesAgo: 50 }, customer: 'huadong', channel: 'phone', by: 'specialist', paymentStatus: 'unpaid', dueInDays: 12,
    lines: [{ sku: 'XH-RA50', qty: 1 }], requirements: '需定制LOGO，稿件稍后邮件发送' },
  { when: { minutesAgo: 20 }, customer: 'liming', channel: 'online_store', by: 'admin', paymentStatus: 'paid', dueInDays: 3, ref: 'WS-{date}-0961',
    lines: [{ sku: 'XH-B10', qty: 10 }] },
];
