import { useEffect, useRef, useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useConfirmCandidateErasure } from "../hooks/use-candidate-data";
import "../candidate-data.css";

/**
 * The emailed erasure link (R10): what goes, what employers keep, and the button that erases.
 * The link works once, for 24 hours; the API says NOT_FOUND after that.
 */
export function ConfirmErasure({ token }: { token: string }) {
  const { confirm, loading } = useConfirmCandidateErasure();
  const [erased, setErased] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const done = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (erased) done.current?.focus();
  }, [erased]);

  async function erase() {
    setProblem(null);
    try {
      await confirm(token);
      setErased(true);
    } catch (error) {
      setProblem(describeProblem(error));
    }
  }

  if (erased) {
    return (
      <div className="stack-sm candidate-data-done" ref={done} tabIndex={-1}>
        <Banner tone="success" title="Your data has been erased.">
          Your name, email address, phone number, cover notes and CVs are gone from every application made with your email
          address. Employers now see only an anonymous application and its outcome.
        </Banner>
        <p className="fine-print">You can close this page. If you apply for a job again, that application is new and separate.</p>
      </div>
    );
  }

  return (
    <div className="stack-sm">
      <p>This erases your data from every application made with your email address. It can't be undone.</p>
      <div>
        <p className="candidate-data-list-title">What is removed</p>
        <ul className="plain-list">
          <li>your name, email address and phone number</li>
          <li>your cover notes</li>
          <li>your CVs</li>
        </ul>
      </div>
      <div>
        <p className="candidate-data-list-title">What employers keep</p>
        <ul className="plain-list">
          <li>an anonymous count of the applications they received</li>
          <li>the outcome of each application, such as shortlisted or unsuccessful</li>
        </ul>
        <p className="fine-print candidate-data-why">
          Australian Labour Market Testing rules require employers to keep this record. Nothing in it names or reaches you.
        </p>
      </div>
      {problem !== null &&
        (problem.code === "NOT_FOUND" ? (
          <Banner tone="warning" title="This link can't be used">
            {problem.message} Erasure links work once, for 24 hours. If you already confirmed, your data has been erased and there
            is nothing more to do.
          </Banner>
        ) : (
          <ProblemBanner problem={problem} />
        ))}
      {/* A used or expired link stays that way: the button would only say so again. */}
      {problem?.code !== "NOT_FOUND" && (
        <Button variant="danger" className="btn-block" loading={loading} onClick={() => void erase()}>
          Erase my data
        </Button>
      )}
    </div>
  );
}
