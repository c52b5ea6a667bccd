import { useEffect, useRef, useState, type FormEvent } from "react";
import { formProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextInput } from "../../../ui/Field";
import { useRequestCandidateData, type CandidateDataRequestKind } from "../hooks/use-candidate-data";
import "../candidate-data.css";

const FIELDS = ["email"] as const;

/** How long each emailed link works (the API's CANDIDATE_LINK_HOURS), in words. */
const LINK_LIFE: Record<CandidateDataRequestKind, string> = { EXPORT: "7 days", ERASURE: "24 hours" };

function isSubmitter(value: unknown): value is CandidateDataRequestKind {
  return value === "EXPORT" || value === "ERASURE";
}

/**
 * R10 on the job board: one email address, and two requests for it. Either way the API mails a
 * link to the address itself, and the answer is the same whether or not it applied anywhere.
 */
export function CandidateDataRequest() {
  const { request, loading } = useRequestCandidateData();
  const [email, setEmail] = useState("");
  const [pending, setPending] = useState<CandidateDataRequestKind | null>(null);
  const [sent, setSent] = useState<{ kind: CandidateDataRequestKind; email: string } | null>(null);
  const [emailError, setEmailError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<{ problem: Problem; text: string } | null>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusEmail = () => form.current?.querySelector<HTMLInputElement>('input[name="email"]')?.focus();

  useEffect(() => {
    if (sent !== null) sentHeading.current?.focus();
  }, [sent]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter in the email field submits with the first button: the harmless one, a copy.
    const submitter = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
    const kind: CandidateDataRequestKind = isSubmitter(submitter) ? submitter : "EXPORT";
    setProblem(null);
    const address = email.trim();
    const local =
      address === ""
        ? "Enter the email address you applied with."
        : !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)
          ? "Enter an email address like name@example.com."
          : undefined;
    setEmailError(local);
    if (local !== undefined) {
      focusEmail();
      return;
    }
    setPending(kind);
    try {
      await request(kind, address);
      setSent({ kind, email: address });
    } catch (error) {
      const result = formProblem(error, FIELDS);
      setEmailError(result.fieldErrors.email);
      if (result.fieldErrors.email !== undefined) focusEmail();
      else setProblem({ problem: result.problem, text: [result.problem.message, ...result.unplaced].join(" ") });
    } finally {
      setPending(null);
    }
  }

  if (sent !== null) {
    return (
      <div className="portal-confirmation candidate-data-sent">
        <div className="portal-confirmation-mark" aria-hidden="true">
          ✉
        </div>
        <h2 className="candidate-data-sent-title" ref={sentHeading} tabIndex={-1}>
          Check your inbox
        </h2>
        <p>
          If <strong className="break-anywhere">{sent.email}</strong> has applied for any job with us, we have sent a link to it.
          It works for {LINK_LIFE[sent.kind]}.
        </p>
        <p className="muted">
          {sent.kind === "EXPORT"
            ? "Open the link to download a copy of your data."
            : "Open the link to confirm the erasure. Nothing is erased until you do."}{" "}
          Nothing there? Check your spam folder.
        </p>
        <Button
          variant="secondary"
          onClick={() => {
            setSent(null);
            setEmail("");
          }}
        >
          Ask for something else
        </Button>
      </div>
    );
  }

  return (
    <form
      ref={form}
      className="form candidate-data-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Ask about your data"
    >
      {problem !== null && (
        <Banner tone="danger" title={problem.problem.title}>
          {problem.text}
        </Banner>
      )}
      <TextInput
        label="Email you applied with"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        required
        hint="We email a link to this address, so only you can use it."
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={emailError}
      />
      <section className="candidate-data-option" aria-labelledby="candidate-data-copy">
        <h2 className="candidate-data-option-title" id="candidate-data-copy">
          Get a copy
        </h2>
        <p>A file with the details, cover notes and CVs you sent, the jobs you applied for and where each application stands.</p>
        <Button
          type="submit"
          name="action"
          value="EXPORT"
          variant="primary"
          className="portal-btn"
          loading={pending === "EXPORT"}
          disabled={loading}
        >
          Email me a copy of my data
        </Button>
      </section>
      <section className="candidate-data-option" aria-labelledby="candidate-data-erase">
        <h2 className="candidate-data-option-title" id="candidate-data-erase">
          Erase your data
        </h2>
        <p>
          Removes your name, email, phone number, cover notes and CVs from every application made with this address. Employers
          keep only an anonymous count of applications and the outcome of each, as Australian Labour Market Testing rules require.
        </p>
        <p className="muted">Nothing is erased until you confirm from the emailed link. Erasure can't be undone.</p>
        <Button
          type="submit"
          name="action"
          value="ERASURE"
          variant="secondary"
          loading={pending === "ERASURE"}
          disabled={loading}
        >
          Erase my data
        </Button>
      </section>
    </form>
  );
}
