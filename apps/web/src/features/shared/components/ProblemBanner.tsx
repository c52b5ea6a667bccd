import type { Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";

/** A failed action's problem, with the request's reference for support when there is one. */
export function ProblemBanner({ problem }: { problem: Problem }) {
  return (
    <Banner tone="danger" title={problem.title}>
      {problem.message}
      {problem.requestId !== null && (
        <>
          {" "}
          Reference: <code>{problem.requestId}</code>
        </>
      )}
    </Banner>
  );
}
