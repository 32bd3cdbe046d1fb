/** The master-data enumerations the API accepts, for forms and filters (labels come from i18n). */
export const customerTypes = ['company', 'person'] as const;
export const customerTiers = ['vip', 'normal', 'new'] as const;
export const paymentTermKinds = ['prepaid', 'cash_on_delivery', 'net'] as const;
export const productKinds = ['stock', 'made_to_order', 'service'] as const;
export const capacityUnits = ['units', 'hours'] as const;
export const bookedMovementKinds = ['receipt', 'adjustment'] as const;
export const movementKinds = ['receipt', 'adjustment', 'reservation', 'release', 'shipment', 'return'] as const;
/** The plan stages a product's lead times are given for (planning's default template). */
export const leadTimeStages = ['design', 'procurement', 'production', 'qc', 'packing', 'logistics'] as const;
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Yuan as typed ↔ minor units as the API counts them. */
export const toMinor = (major: number | null | undefined): number | undefined => (typeof major === 'number' ? Math.round(major * 100) : undefined);
export const toMajor = (minor: number): number => minor / 100;

/** The time zones a customer may be in; the browser knows the IANA list. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tokyo', 'Asia/Singapore', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'UTC'];
}
