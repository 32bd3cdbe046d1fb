import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from '../api/client';
import { fieldMessage, problemMessage, showFieldProblems } from './problems';

/**
 * Sends a form's request. While it runs the form is busy; when the server refuses, its field
 * problems go next to their fields (`place` maps the server's paths to the form's, where they
 * differ) and the rest become one sentence for above the form. What was typed stays.
 */
export function useServerForm(form: FormInstance, fields: Iterable<string>, place: (problems: FieldProblem[]) => FieldProblem[] = (problems) => problems) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const send = async (request: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await request();
    } catch (err) {
      const unplaced = err instanceof ApiProblem ? showFieldProblems(t, form, place(err.errors), new Set(fields)) : [];
      setProblem([problemMessage(t, err), ...unplaced.map((p) => fieldMessage(t, p))].join(' '));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, setProblem, send };
}
