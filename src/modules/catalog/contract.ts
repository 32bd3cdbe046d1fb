import { Type, type Static } from '@sinclair/typebox';
import { exportLabels } from '../../platform/export/labels.js';
import { exportParameters } from '../../platform/export/table-file.js';
import { cursorSchema, limitSchema } from '../../platform/http/pagination.js';
import { sortParameters } from '../../platform/http/sorting.js';
import { Currency, Minor, Nullable, StrictObject, StrictRecord, StringEnum, Text } from '../../platform/http/schemas.js';
import { productUnits } from './units.js';

/* What a product looks like to the API: what may be sent and what is answered. */

/** stock: sold from the shelf; made_to_order: produced per order; service: delivered, not shipped. */
export const productKinds = ['stock', 'made_to_order', 'service'] as const;
export type ProductKind = (typeof productKinds)[number];

export const ProductCreate = StrictObject({
  sku: Type.String({ minLength: 1, maxLength: 64, pattern: '^\\S(.*\\S)?$' }),
  name: Text(200),
  model: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  unit: Type.Optional(StringEnum(productUnits, { description: 'Unit of measure from a fixed list; 件 (piece) when left out' })),
  priceMinor: Minor,
  currency: Type.Optional(Currency),
  kind: StringEnum(productKinds),
  category: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  leadTimes: Type.Optional(
    StrictRecord('^[a-z_]{1,32}$', Type.Integer({ minimum: 0, maximum: 365 }), {
      description: 'Default working days per plan stage, e.g. {"production": 3, "qc": 1, "logistics": 2}',
    }),
  ),
  active: Type.Optional(Type.Boolean()),
});
export type ProductInput = Static<typeof ProductCreate>;

export const ProductPatch = Type.Partial(ProductCreate, { additionalProperties: false, minProperties: 1 });

/** What narrows the product list, its total and its export. */
export const ProductQuery = StrictObject({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the name, SKU or model' })),
  kind: Type.Optional(StringEnum(productKinds)),
  active: Type.Optional(Type.Boolean()),
});

/** The columns the product list sorts by on the server. */
export const productSorts = ['name', 'sku', 'price', 'created'] as const;
export type ProductSort = (typeof productSorts)[number];

export const ProductListQuery = StrictObject({
  ...ProductQuery.properties,
  ...sortParameters(productSorts, 'name'),
  limit: Type.Optional(limitSchema),
  cursor: Type.Optional(cursorSchema),
});

/** The product list as a file: its columns, in their default order. */
export const productExportColumns = Object.keys(exportLabels.products.headers) as ProductExportColumn[];
export type ProductExportColumn = keyof typeof exportLabels.products.headers;

export const ProductExportQuery = StrictObject({
  ...ProductQuery.properties,
  ...sortParameters(productSorts, 'name'),
  ...exportParameters(productExportColumns),
});

export const ProductView = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  model: Nullable(Type.String()),
  unit: Type.String({ description: 'A code from the unit list; a product saved before the list keeps the word it was given' }),
  priceMinor: Type.Integer(),
  currency: Type.String(),
  kind: StringEnum(productKinds),
  category: Nullable(Type.String()),
  leadTimes: Type.Record(Type.String(), Type.Integer()),
  active: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type ProductView = Static<typeof ProductView>;
