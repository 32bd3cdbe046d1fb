import { useState, type ReactNode } from 'react';
import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from '../../api/client';
import { placeProblems, UnplacedProblems } from './VersionedForm';

interface FormModalProps<V, R> {
  title: ReactNode;
  okText: ReactNode;
  initialValues?: Partial<V>;
  submit(values: V): Promise<R>;
  onDone(result: R): void;
  onClose(): void;
  /** A field problem in words, when the form has codes of its own (else the settings' and the console's). */
  fieldMessage?: (field: FieldProblem) => string;
  children: ReactNode;
}

/**
 * A small form in a dialog that sends one request: the server's field problems land next to
 * their fields, and the dialog stays open with what was typed until the request succeeds.
 */
export function FormModal<V extends object, R>({ title, okText, initialValues, submit, onDone, onClose, fieldMessage, children }: FormModalProps<V, R>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const send = async (values: V) => {
    setSaving(true);
    setError(undefined);
    setUnplaced([]);
    try {
      onDone(await submit(values));
    } catch (err) {
      setError(err);
      if (err instanceof ApiProblem) setUnplaced(placeProblems(t, form, err.errors, undefined, fieldMessage));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={title} okText={okText} onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} destroyOnHidden>
      <UnplacedProblems error={error} problems={unplaced} />
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void send(values)} style={{ marginTop: 12 }}>
        {children}
      </Form>
    </Modal>
  );
}
