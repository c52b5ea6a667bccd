import { useState } from "react";
import { formProblem, type Problem } from "../../../apollo/error-messages";

/** What a failed submit leaves for the banner above a form: the problem, and the messages no field took. */
export interface FormProblem {
  problem: Problem;
  unplaced: string[];
}

/**
 * A form's text values, each field's error and the problem for the banner above it. `set(field)`
 * is an input's onChange; `fail(error)` spreads a failed submit over the fields and the banner,
 * and returns the field errors (to focus the first).
 */
export function useFormFields<F extends string, V extends Record<F, string>>(fields: readonly F[], initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const set = (field: F) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  function fail(error: unknown): Partial<Record<F, string>> {
    const result = formProblem(error, fields);
    setFieldErrors(result.fieldErrors);
    setProblem({ problem: result.problem, unplaced: result.unplaced });
    return result.fieldErrors;
  }

  return { values, setValues, fieldErrors, setFieldErrors, problem, setProblem, set, fail };
}
