import { useEffect, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Form, Space, Typography, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from '../../api/client';
import { userKeys } from '../../api/users';
import { reloadVersioned, useVersioned, type Versioned, type VersionedSource } from '../../api/versioned';
import { fieldMessage, namePath, problemMessage, showFieldProblems } from '../../components/problems';
import { useFormat } from '../../format';
import { useSettingsAccess, useUserName } from './access';

/** A field problem in words: the settings screens' own codes first, then the console's. */
export function settingsFieldMessage(t: TFunction, field: FieldProblem): string {
  return t(`settings.problems.${field.code}`, { defaultValue: fieldMessage(t, field) });
}

export function settingsProblemMessage(t: TFunction, error: unknown): string {
  return error instanceof ApiProblem ? t(`settings.errors.${error.code}`, { defaultValue: problemMessage(t, error) }) : problemMessage(t, error);
}

/** Puts server problems next to the fields of `form` they name; returns the rest. */
export function placeProblems(
  t: TFunction,
  form: FormInstance,
  problems: FieldProblem[],
  nameOf: (pointer: string) => (string | number)[] = namePath,
  messageOf: (field: FieldProblem) => string = (field) => settingsFieldMessage(t, field),
): FieldProblem[] {
  const fields = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  return showFieldProblems(t, form, problems, fields, messageOf, nameOf);
}

/** Problems no field carries, listed above the form. */
export function UnplacedProblems({ error, problems }: { error: unknown; problems: FieldProblem[] }) {
  const { t } = useTranslation();
  if (error === undefined) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="settings-error"
      title={settingsProblemMessage(t, error)}
      description={problems.length > 0 ? problems.map((p) => <div key={p.path}>{`${p.path}: ${settingsFieldMessage(t, p)}`}</div>) : undefined}
    />
  );
}

interface VersionedFormProps<T, F> {
  source: VersionedSource<T>;
  title: ReactNode;
  toForm(value: T): F;
  fromForm(values: F): T;
  /** Where a problem's JSON pointer lives on this form, when its shape differs from the document's. */
  nameOf?: (pointer: string, values: F) => (string | number)[];
  /** A field problem in words, when this form has codes of its own. */
  fieldMessage?: (field: FieldProblem) => string;
  /**
   * The form's fields; `adopt` takes a version of the document saved by other means (an
   * import) as the one being edited, replacing what the form holds.
   */
  children(form: FormInstance<F>, editable: boolean, adopt: (saved: Versioned<T>) => void): ReactNode;
  testId?: string;
  /** Who may change it, when narrower than settings:write (the sign-in setting needs users:write). */
  editable?: boolean;
}

/**
 * One versioned document as a form: loads it, saves it with the version it was loaded at,
 * puts the server's problems next to their fields and keeps what was typed when a save
 * fails. When someone else saved first it says who and when, and lets the user choose
 * between their own edits and the newer version. Read-only without settings:write.
 */
export function VersionedForm<T, F extends object>({ source, title, toForm, fromForm, nameOf, fieldMessage, children, testId, editable: mayEdit }: VersionedFormProps<T, F>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const queryClient = useQueryClient();
  const access = useSettingsAccess();
  const editable = mayEdit ?? access.editable;
  const userName = useUserName();
  const [form] = Form.useForm<F>();
  const loaded = useVersioned(source);
  const [base, setBase] = useState<Versioned<T>>();
  const [newer, setNewer] = useState<Versioned<T>>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [marked, setMarked] = useState<(string | number)[][]>([]);

  // The form edits the version it was opened on; a later refetch must not move it underneath the user.
  useEffect(() => {
    if (!base && loaded.data && !loaded.isFetching) setBase(loaded.data);
  }, [base, loaded.data, loaded.isFetching]);

  const editing = base;
  if (!editing) return <Card title={title} loading={!loaded.isError}>{loaded.isError && <Alert type="error" title={settingsProblemMessage(t, loaded.error)} />}</Card>;

  const reload = () => reloadVersioned(queryClient, source);

  const save = async (version: number) => {
    const values = form.getFieldsValue(true) as F;
    setSaving(true);
    setError(undefined);
    setUnplaced([]);
    form.setFields(marked.map((name) => ({ name: name as never, errors: [] })));
    try {
      await source.save(fromForm(values), version);
      const fresh = await reload();
      setNewer(undefined);
      setBase(fresh);
      // Reset first: what was just saved is no longer an unsaved edit (fields untouched again).
      form.resetFields();
      form.setFieldsValue(toForm(fresh.value) as never);
      message.success(t('settings.saved', { version: fresh.version }));
    } catch (err) {
      setError(err);
      if (err instanceof ApiProblem && err.code === 'precondition_failed') {
        // Whoever saved meanwhile may be someone the user list on screen does not know yet.
        void queryClient.invalidateQueries({ queryKey: userKeys.users });
        setNewer(await reload().catch(() => undefined));
      } else if (err instanceof ApiProblem) {
        const nameIn = (pointer: string) => (nameOf ? nameOf(pointer, values) : namePath(pointer));
        setUnplaced(placeProblems(t, form, err.errors, nameIn, fieldMessage));
        setMarked(err.errors.map((p) => nameIn(p.path)));
      }
    } finally {
      setSaving(false);
    }
  };

  const adopt = (saved: Versioned<T>) => {
    setBase(saved);
    form.resetFields();
    form.setFieldsValue(toForm(saved.value) as never);
    setNewer(undefined);
    setError(undefined);
    setUnplaced([]);
  };

  const takeTheirs = () => {
    if (newer) adopt(newer);
  };

  const lastChange = editing.changedAt
    ? t('settings.lastChange', { version: editing.version, who: userName(editing.changedBy), at: format.dateTime(editing.changedAt) })
    : t('settings.builtIn', { version: editing.version });

  return (
    <Card
      title={title}
      data-testid={testId}
      extra={<Typography.Text type="secondary" data-testid="settings-version">{lastChange}</Typography.Text>}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {!editable && <Alert type="info" showIcon title={t('settings.readOnly')} />}
        {newer ? (
          <Alert
            type="warning"
            showIcon
            data-testid="settings-conflict"
            title={t('settings.changedMeanwhile', { who: userName(newer.changedBy), at: newer.changedAt ? format.dateTime(newer.changedAt) : '—', version: newer.version })}
            description={
              <Space wrap>
                <Button danger loading={saving} onClick={() => void save(newer.version)}>
                  {t('settings.saveMineOver')}
                </Button>
                <Button onClick={takeTheirs}>{t('settings.takeTheirs')}</Button>
              </Space>
            }
          />
        ) : (
          <UnplacedProblems error={error} problems={unplaced} />
        )}
        <Form form={form} layout="vertical" initialValues={toForm(editing.value) as never} disabled={!editable} onFinish={() => void save(editing.version)} requiredMark={editable}>
          {children(form, editable, adopt)}
          {editable && (
            <Button type="primary" htmlType="submit" loading={saving} data-testid="settings-save">
              {t('settings.save')}
            </Button>
          )}
        </Form>
      </Space>
    </Card>
  );
}
