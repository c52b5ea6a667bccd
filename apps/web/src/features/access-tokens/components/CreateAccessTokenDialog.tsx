import { useState, type FormEvent } from "react";
import { formProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Dialog, DialogBody, DialogFooter, DialogForm } from "../../../ui/Dialog";
import { TextInput } from "../../../ui/Field";
import { useCreateAccessToken } from "../hooks/use-access-tokens";

/** Names a new token, then shows its secret exactly once with a copy button. */
export function CreateAccessTokenDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    setSecret(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={secret === null ? "New access token" : "Copy your token now"}>
      {secret === null ? <CreateForm onCreated={setSecret} onCancel={close} /> : <SecretOnce secret={secret} onDone={close} />}
    </Dialog>
  );
}

function CreateForm({ onCreated, onCancel }: { onCreated: (secret: string) => void; onCancel: () => void }) {
  const { create, loading } = useCreateAccessToken();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === "") {
      setNameError("Give the token a name, such as the script that will use it.");
      return;
    }
    setNameError(undefined);
    setProblem(null);
    try {
      const created = await create(name.trim());
      onCreated(created.secret);
    } catch (e) {
      const result = formProblem(e, ["name"] as const);
      setNameError(result.fieldErrors.name);
      setProblem(result.fieldErrors.name === undefined ? result.problem : null);
    }
  }

  return (
    <DialogForm onSubmit={(e) => void submit(e)} onCancel={onCancel} busy={loading} submitLabel="Create token">
      {problem !== null && (
        <Banner tone="danger" title={problem.title}>
          {problem.message}
        </Banner>
      )}
      <TextInput
        label="Token name"
        name="name"
        maxLength={100}
        placeholder="e.g. Payroll sync script"
        hint="Only you see it; it helps you tell your tokens apart."
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={nameError}
        data-autofocus
      />
    </DialogForm>
  );
}

function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      // The clipboard API needs a secure context; the field stays selectable for a manual copy.
      setCopied("failed");
    }
  }

  return (
    <>
      <DialogBody>
        <div className="form">
          <Banner tone="warning" title="This is the only time you'll see this token">
            Store it somewhere safe, such as a password manager. If you lose it, revoke it and create a new one.
          </Banner>
          <div className="secret-row">
            <input
              className="input secret-input"
              readOnly
              value={secret}
              aria-label="Access token secret"
              onFocus={(e) => e.currentTarget.select()}
              data-autofocus
              data-testid="access-token-secret"
            />
            <Button variant="secondary" onClick={() => void copy()}>
              {copied === "yes" ? "Copied" : "Copy"}
            </Button>
          </div>
          {copied === "failed" && (
            <p className="field-hint">Couldn't reach the clipboard: select the token and copy it by hand.</p>
          )}
          <p className="fine-print">
            Send it as <code>Authorization: Bearer {secret.slice(0, 8)}…</code> — for example in the playground's Headers tab.
          </p>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onDone}>
          I've copied it
        </Button>
      </DialogFooter>
    </>
  );
}
