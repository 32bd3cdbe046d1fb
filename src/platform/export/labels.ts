import type { Words } from './table-file.js';

/*
 * The server's one catalogue of words written into exported files: each list's column
 * headers (in the order the columns go by default) and the words its cells use. The console
 * has its own copies in its locale files; a file is read without the console, so the server
 * keeps these here rather than in each module.
 */
export const exportLabels = {
  orders: {
    title: { 'zh-CN': '订单', en: 'Orders' },
    headers: {
      number: { 'zh-CN': '订单号', en: 'Number' },
      customer: { 'zh-CN': '客户', en: 'Customer' },
      status: { 'zh-CN': '状态', en: 'Status' },
      health: { 'zh-CN': '进度健康', en: 'Schedule' },
      currentStage: { 'zh-CN': '当前阶段', en: 'Current stage' },
      owner: { 'zh-CN': '负责人', en: 'Owner' },
      requestedDate: { 'zh-CN': '要求交期', en: 'Requested' },
      promiseDate: { 'zh-CN': '承诺交期', en: 'Promised' },
      nextDeadline: { 'zh-CN': '下一时限', en: 'Next deadline' },
      priority: { 'zh-CN': '优先级', en: 'Priority' },
      total: { 'zh-CN': '金额', en: 'Total' },
      currency: { 'zh-CN': '币种', en: 'Currency' },
      channel: { 'zh-CN': '渠道', en: 'Channel' },
      received: { 'zh-CN': '接单时间', en: 'Received' },
    },
    status: {
      received: { 'zh-CN': '已接收', en: 'Received' },
      awaiting_entry_check: { 'zh-CN': '待录入复核', en: 'Awaiting entry check' },
      exception: { 'zh-CN': '异常', en: 'Exception' },
      under_review: { 'zh-CN': '评审中', en: 'Under review' },
      approved: { 'zh-CN': '已批准', en: 'Approved' },
      planned: { 'zh-CN': '已计划', en: 'Planned' },
      in_progress: { 'zh-CN': '执行中', en: 'In progress' },
      ready_to_ship: { 'zh-CN': '待发货', en: 'Ready to ship' },
      partially_shipped: { 'zh-CN': '部分发货', en: 'Partially shipped' },
      shipped: { 'zh-CN': '已发货', en: 'Shipped' },
      in_service: { 'zh-CN': '服务中', en: 'In service' },
      delivered: { 'zh-CN': '已送达', en: 'Delivered' },
      accepted: { 'zh-CN': '已验收', en: 'Accepted' },
      acceptance_failed: { 'zh-CN': '验收未通过', en: 'Acceptance failed' },
      after_sales: { 'zh-CN': '售后中', en: 'After-sales' },
      completed: { 'zh-CN': '已完成', en: 'Completed' },
      cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
    },
    health: {
      on_track: { 'zh-CN': '正常', en: 'On track' },
      at_risk: { 'zh-CN': '有风险', en: 'At risk' },
      late: { 'zh-CN': '已延误', en: 'Late' },
      done: { 'zh-CN': '已结束', en: 'Done' },
    },
    priority: {
      high: { 'zh-CN': '高', en: 'High' },
      medium: { 'zh-CN': '中', en: 'Medium' },
      low: { 'zh-CN': '低', en: 'Low' },
    },
    channel: {
      online_store: { 'zh-CN': '网店', en: 'Online store' },
      marketplace: { 'zh-CN': '电商平台', en: 'Marketplace' },
      phone: { 'zh-CN': '电话', en: 'Phone' },
      email: { 'zh-CN': '邮件', en: 'Email' },
      in_person: { 'zh-CN': '到店', en: 'In person' },
      b2b_direct: { 'zh-CN': '企业直采', en: 'B2B direct' },
      portal: { 'zh-CN': '客户门户', en: 'Customer portal' },
      api: { 'zh-CN': '接口', en: 'API' },
      file_import: { 'zh-CN': '文件导入', en: 'File import' },
    },
  },
  customers: {
    title: { 'zh-CN': '客户', en: 'Customers' },
    headers: {
      name: { 'zh-CN': '名称', en: 'Name' },
      type: { 'zh-CN': '类型', en: 'Type' },
      tier: { 'zh-CN': '等级', en: 'Tier' },
      contact: { 'zh-CN': '联系人', en: 'Contact' },
      phone: { 'zh-CN': '电话', en: 'Phone' },
      creditLimit: { 'zh-CN': '信用额度', en: 'Credit limit' },
      currency: { 'zh-CN': '币种', en: 'Currency' },
      terms: { 'zh-CN': '付款条件', en: 'Payment terms' },
      active: { 'zh-CN': '状态', en: 'Status' },
      created: { 'zh-CN': '创建时间', en: 'Created' },
    },
    tier: {
      vip: { 'zh-CN': 'VIP 客户', en: 'VIP' },
      normal: { 'zh-CN': '普通客户', en: 'Normal' },
      new: { 'zh-CN': '新客户 / 小客户', en: 'New or small' },
    },
    type: {
      company: { 'zh-CN': '企业', en: 'Company' },
      person: { 'zh-CN': '个人', en: 'Person' },
    },
    terms: {
      prepaid: { 'zh-CN': '预付', en: 'Prepaid' },
      cash_on_delivery: { 'zh-CN': '货到付款', en: 'Cash on delivery' },
      net: { 'zh-CN': '月结 {days} 天', en: 'Net {days} days' },
    },
    active: {
      active: { 'zh-CN': '启用', en: 'Active' },
      inactive: { 'zh-CN': '已停用', en: 'Deactivated' },
    },
  },
  products: {
    title: { 'zh-CN': '产品', en: 'Products' },
    headers: {
      sku: { 'zh-CN': 'SKU', en: 'SKU' },
      name: { 'zh-CN': '名称', en: 'Name' },
      model: { 'zh-CN': '型号', en: 'Model' },
      kind: { 'zh-CN': '类别', en: 'Kind' },
      category: { 'zh-CN': '分类', en: 'Category' },
      price: { 'zh-CN': '价格', en: 'Price' },
      currency: { 'zh-CN': '币种', en: 'Currency' },
      unit: { 'zh-CN': '单位', en: 'Unit' },
      active: { 'zh-CN': '销售状态', en: 'Sales status' },
      created: { 'zh-CN': '创建时间', en: 'Created' },
    },
    kind: {
      stock: { 'zh-CN': '库存品', en: 'Stocked' },
      made_to_order: { 'zh-CN': '按单生产', en: 'Made to order' },
      service: { 'zh-CN': '服务', en: 'Service' },
    },
    active: {
      active: { 'zh-CN': '在售', en: 'On sale' },
      inactive: { 'zh-CN': '已停售', en: 'Discontinued' },
    },
  },
} as const satisfies Record<string, { headers: Record<string, Words> } & Record<string, Record<string, Words> | Words>>;
