import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Loading } from "../../../ui/Spinner";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useVerifyEmail } from "../hooks/use-account-links";
import { accountLinkProblem } from "./account-link-problem";

/** Follows the mailed verification (or new-address) link once, on arrival, and says what happened. */
export function VerifyEmailResult({ token, continuePath }: { token: string; continuePath: string }) {
  const { verify } = useVerifyEmail();
  const [state, setState] = useState<"working" | "done" | Problem>("working");
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    verify(token).then(
      () => setState("done"),
      (e: unknown) => setState(describeProblem(e)),
    );
  }, [token, verify]);

  if (state === "working") return <Loading label="Checking your link…" />;
  if (state === "done")
    return (
      <Banner tone="success" title="Your email address is verified">
        You can now buy credits, publish job ads and invite people. <Link to={continuePath}>Continue</Link>
      </Banner>
    );
  const link = accountLinkProblem(state, "verify");
  if (link === null) return <ProblemBanner problem={state} />;
  return (
    <Banner tone="warning" title={link.title}>
      {link.message} <Link to={continuePath}>Continue</Link>
    </Banner>
  );
}
