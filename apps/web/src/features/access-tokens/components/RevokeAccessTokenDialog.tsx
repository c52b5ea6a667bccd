import { useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Dialog, DialogBody, DialogFooter } from "../../../ui/Dialog";
import { useRevokeAccessToken } from "../hooks/use-access-tokens";

/** Asks before revoking: scripts using the token stop working on their next request. */
export function RevokeAccessTokenDialog({ token, onClose }: { token: { id: string; name: string } | null; onClose: () => void }) {
  return (
    <Dialog open={token !== null} onClose={onClose} title="Revoke this token?" size="sm">
      {token !== null && <Confirm token={token} onClose={onClose} />}
    </Dialog>
  );
}

function Confirm({ token, onClose }: { token: { id: string; name: string }; onClose: () => void }) {
  const { revoke, loading } = useRevokeAccessToken();
  const [problem, setProblem] = useState<Problem | null>(null);

  async function confirm() {
    setProblem(null);
    try {
      await revoke(token.id);
      onClose();
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  return (
    <>
      <DialogBody>
        <div className="form">
          {problem !== null && (
            <Banner tone="danger" title={problem.title}>
              {problem.message}
            </Banner>
          )}
          <p>
            <strong>{token.name}</strong> will stop working at once. Anything that uses it will get “not signed in” errors. This
            can't be undone.
          </p>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="ghost" onClick={onClose} disabled={loading} data-autofocus>
          Keep token
        </Button>
        <Button variant="danger" loading={loading} onClick={() => void confirm()}>
          Revoke token
        </Button>
      </DialogFooter>
    </>
  );
}
