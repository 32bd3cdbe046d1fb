/** The Reports screen's tabs, in order: each report page adds its path and the key of its label here. */
export const reportTabs: readonly { path: string; label: string }[] = [{ path: '/reports', label: 'monthlyReport.tab' }];
