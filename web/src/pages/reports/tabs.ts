/** The Reports screen's tabs, in order: each report page adds its path and the key of its label here. */
export const reportTabs: readonly { path: string; label: string; permission: string }[] = [
  { path: '/reports', label: 'monthlyReport.tab', permission: 'orders:read' },
  { path: '/reports/bottlenecks', label: 'processReports.nav.bottlenecks', permission: 'audit:read' },
  { path: '/reports/process', label: 'processReports.nav.process', permission: 'audit:read' },
  { path: '/reports/actions', label: 'improvementActions.nav', permission: 'orders:read' },
];
