/** The enumerations the API accepts, for filters and forms (labels come from i18n). */
export const orderStatuses = [
  'received',
  'awaiting_entry_check',
  'exception',
  'under_review',
  'approved',
  'planned',
  'in_progress',
  'ready_to_ship',
  'partially_shipped',
  'shipped',
  'in_service',
  'delivered',
  'accepted',
  'acceptance_failed',
  'after_sales',
  'completed',
  'cancelled',
] as const;

export const channels = ['online_store', 'marketplace', 'phone', 'email', 'in_person', 'b2b_direct', 'portal', 'api', 'file_import'] as const;
/** The channels a person enters by hand in the console. */
export const handEntryChannels = ['phone', 'email', 'in_person'] as const;
export const priorityLevels = ['high', 'medium', 'low'] as const;
export const paymentStatuses = ['unpaid', 'partial', 'paid'] as const;
export const orderTypes = ['standard', 'custom', 'urgent'] as const;

/** The kanban's columns: the statuses an order passes on its way, in order. */
export const kanbanStatuses = ['awaiting_entry_check', 'exception', 'under_review', 'approved', 'planned', 'in_progress', 'shipped', 'completed'] as const;
