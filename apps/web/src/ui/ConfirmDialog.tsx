import type { ReactNode } from "react";
import { Banner } from "./Banner";
import { Button } from "./Button";
import { Dialog, DialogBody, DialogFooter } from "./Dialog";

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  /** The safe choice; it takes the focus, so Enter never does the irreversible thing. */
  cancelLabel?: string;
  tone?: "danger" | "primary";
  busy?: boolean;
  problem?: { title: string; message: string } | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that can't be undone (revoke, close, delete). */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = "Cancel",
  tone = "danger",
  busy = false,
  problem = null,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={title} size="sm" dismissible={!busy}>
      <DialogBody>
        <div className="form">
          {problem !== null && (
            <Banner tone="danger" title={problem.title}>
              {problem.message}
            </Banner>
          )}
          <div className="confirm-text">{children}</div>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="ghost" onClick={onClose} disabled={busy} data-autofocus>
          {cancelLabel}
        </Button>
        <Button variant={tone} loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
