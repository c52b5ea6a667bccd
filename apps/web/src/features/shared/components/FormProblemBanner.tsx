import { Banner } from "../../../ui/Banner";
import type { FormProblem } from "../hooks/use-form-fields";

/**
 * Why a submit failed, above the form: the messages no field took, else the problem's own words.
 * With `conflictTitle`, a CONFLICT (the field's value is taken) is a warning under that title.
 */
export function FormProblemBanner({ problem, conflictTitle }: { problem: FormProblem | null; conflictTitle?: string }) {
  if (problem === null) return null;
  if (conflictTitle !== undefined && problem.problem.code === "CONFLICT") {
    return (
      <Banner tone="warning" title={conflictTitle}>
        {problem.problem.message}
      </Banner>
    );
  }
  return (
    <Banner tone="danger" title={problem.problem.title}>
      {problem.unplaced.length > 0 ? problem.unplaced.join(" ") : problem.problem.message}
    </Banner>
  );
}
