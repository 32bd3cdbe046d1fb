import type { ReactNode } from 'react';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../api/users';
import { namePath } from '../../components/problems';

/** The staff roles a setting may name (the portal's customer role never appears in settings). */
export const staffRoles = ['sales', 'specialist', 'finance', 'engineering', 'production', 'procurement', 'warehouse', 'logistics', 'after_sales', 'manager', 'admin'] as const satisfies readonly StaffRole[];

export function RoleSelect({ multiple, ...props }: { multiple?: boolean; value?: string | string[]; onChange?: (value: string | string[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return <Select {...props} mode={multiple ? 'multiple' : undefined} options={staffRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))} style={{ minWidth: 140 }} />;
}

/** Minutes, typed as hours and minutes. */
export function DurationInput({ value, onChange, disabled, id }: { value?: number; onChange?: (minutes: number | null) => void; disabled?: boolean; id?: string }) {
  const { t } = useTranslation();
  const hours = value === undefined ? undefined : Math.floor(value / 60);
  const minutes = value === undefined ? undefined : value % 60;
  const set = (h: number | null | undefined, m: number | null | undefined) => onChange?.(h === null && m === null ? null : (h ?? 0) * 60 + (m ?? 0));
  return (
    <Space.Compact id={id}>
      <InputNumber min={0} max={720} precision={0} value={hours} disabled={disabled} aria-label={t('settings.hours')} suffix={t('settings.hours')} onChange={(h) => set(h, minutes)} style={{ width: 110 }} />
      <InputNumber min={0} max={59} precision={0} value={minutes} disabled={disabled} aria-label={t('settings.minutes')} suffix={t('settings.minutes')} onChange={(m) => set(hours, m)} style={{ width: 110 }} />
    </Space.Compact>
  );
}

/** Move up, move down and remove for one row of an ordered list. */
function RowMoves({ index, count, move, remove, disabled }: { index: number; count: number; move(from: number, to: number): void; remove(index: number): void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Space.Compact>
      <Tooltip title={t('settings.moveUp')}>
        <Button aria-label={t('settings.moveUp')} icon={<ArrowUpOutlined />} disabled={disabled || index === 0} onClick={() => move(index, index - 1)} />
      </Tooltip>
      <Tooltip title={t('settings.moveDown')}>
        <Button aria-label={t('settings.moveDown')} icon={<ArrowDownOutlined />} disabled={disabled || index === count - 1} onClick={() => move(index, index + 1)} />
      </Tooltip>
      <Tooltip title={t('settings.remove')}>
        <Button aria-label={t('settings.remove')} danger icon={<DeleteOutlined />} disabled={disabled || count === 1} onClick={() => remove(index)} />
      </Tooltip>
    </Space.Compact>
  );
}

/** A currency's minor-unit factor (100 for CNY, 1 for JPY). */
export function minorFactor(currency: string): number {
  try {
    return 10 ** (new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2);
  } catch {
    return 100;
  }
}

/**
 * A per-currency record (`/amountThresholds/CNY/highFromMinor`) is edited as a list of rows
 * with a currency field; this finds the row a server pointer names.
 */
export function currencyRowName(pointer: string, listName: string, rows: { currency?: string }[], fieldOf: (key: string | undefined) => string): (string | number)[] {
  const [first, currency, key] = namePath(pointer);
  if (first !== listName || typeof currency !== 'string') return namePath(pointer);
  const index = rows.findIndex((r) => r.currency === currency);
  return index < 0 ? [listName] : [listName, index, fieldOf(key === undefined ? undefined : String(key))];
}

const rowKey = /^[a-z][a-z0-9_]{0,31}$/;

/** The key and the two-language name of a review step or plan stage, the row's first three columns. */
function KeyAndNames({ row }: { row: number }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <>
      <Col xs={24} sm={6}>
        <Form.Item name={[row, 'key']} label={t('settings.key')} rules={[required, { pattern: rowKey, message: t('settings.problems.step_key') }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={9}>
        <Form.Item name={[row, 'name', 'zh-CN']} label={t('settings.nameZh')} rules={[required, { max: 100 }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={9}>
        <Form.Item name={[row, 'name', 'en']} label={t('settings.nameEn')} rules={[required, { max: 100 }]}>
          <Input />
        </Form.Item>
      </Col>
    </>
  );
}

interface OrderedRowsProps<T> {
  name: string;
  editable: boolean;
  max: number;
  newRow: T;
  /** Where a new row goes, given how many there are (default: at the end). */
  insertAt?: (count: number) => number;
  addLabel: ReactNode;
  addHint: ReactNode;
  /** The row's fields after its key and names. */
  children(row: number): ReactNode;
}

/** An ordered list of keyed, two-language rows (review steps, plan stages): reorder, remove, add. */
export function OrderedRows<T>({ name, editable, max, newRow, insertAt, addLabel, addHint, children }: OrderedRowsProps<T>) {
  return (
    <Form.List name={name}>
      {(rows, { add, remove, move }) => (
        <>
          {rows.map((row, index) => (
            <Card key={row.key} size="small" style={{ marginBottom: 8 }} title={`${index + 1}`} extra={editable && <RowMoves index={index} count={rows.length} move={move} remove={remove} disabled={!editable} />}>
              <Row gutter={8}>
                <KeyAndNames row={row.name} />
                {children(row.name)}
              </Row>
            </Card>
          ))}
          {editable && (
            <Form.Item extra={addHint}>
              <Button icon={<PlusOutlined />} disabled={rows.length >= max} onClick={() => add(newRow, insertAt?.(rows.length))}>
                {addLabel}
              </Button>
            </Form.Item>
          )}
        </>
      )}
    </Form.List>
  );
}
