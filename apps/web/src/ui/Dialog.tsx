import { useEffect, useId, useRef, type FormHTMLAttributes, type ReactNode } from "react";
import { Button } from "./Button";

export interface DialogProps {
  open: boolean;
  /** Called on Esc, the close button and a click on the backdrop. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** Usually a DialogBody and a DialogFooter, possibly wrapped in one <form>. */
  children: ReactNode;
  size?: "sm" | "md";
  /** Blocks Esc and the backdrop while something must not be interrupted (a payment in flight). */
  dismissible?: boolean;
}

/**
 * A modal on the native <dialog>: showModal() makes the page behind it inert, traps Tab and puts
 * it in the top layer. We add: focus on the first [data-autofocus] control, Esc routed through
 * onClose (so React state stays the source of truth), and focus handed back to the opener.
 * The body is only mounted while open, so each opening starts with fresh state.
 */
export function Dialog({ open, onClose, title, description, children, size = "md", dismissible = true }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>("[data-autofocus]");
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      opener.current?.focus();
    }
  }, [open]);

  // Closing by unmounting while open (e.g. navigating away) still hands focus back.
  useEffect(() => () => opener.current?.focus(), []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description !== undefined ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current && dismissible) onClose();
      }}
    >
      {open && (
        <div className="dialog-panel">
          <header className="dialog-header">
            <div>
              <h2 className="dialog-title" id={titleId}>
                {title}
              </h2>
              {description !== undefined && (
                <p className="dialog-description" id={descriptionId}>
                  {description}
                </p>
              )}
            </div>
            <button type="button" className="dialog-close" onClick={onClose} aria-label="Close" disabled={!dismissible}>
              ×
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}

export function DialogBody({ children }: { children: ReactNode }) {
  return <div className="dialog-body">{children}</div>;
}

/** The dialog's actions, primary one last (rightmost), as people expect on the web. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="dialog-footer">{children}</div>;
}

export interface DialogFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, "noValidate"> {
  /** The fields, stacked as a form in the dialog's body. */
  children: ReactNode;
  submitLabel: ReactNode;
  /** While the submit is in flight: the submit button spins and Cancel waits. */
  busy: boolean;
  onCancel: () => void;
}

/** A dialog's form: its fields, then Cancel and the submit button. The form's own checks replace the browser's. */
export function DialogForm({ children, submitLabel, busy, onCancel, ...form }: DialogFormProps) {
  return (
    <form {...form} noValidate>
      <DialogBody>
        <div className="form">{children}</div>
      </DialogBody>
      <DialogFooter>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={busy}>
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
