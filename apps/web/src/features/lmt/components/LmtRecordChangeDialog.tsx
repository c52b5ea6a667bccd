import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { LMT_RECORD_CHANGE_TEXT } from "../lmt-record-change";

/** Asks before an edit of a published LMT ad is saved as a new revision (R8). */
export function LmtRecordChangeDialog({
  open,
  busy,
  onConfirm,
  onClose,
}: {
  open: boolean;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      open={open}
      title="Change the advertising record?"
      confirmLabel="Save as a new revision"
      cancelLabel="Keep editing"
      tone="primary"
      busy={busy}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p data-testid="lmt-record-change-text">{LMT_RECORD_CHANGE_TEXT}</p>
      <p className="muted">The ad as first published and every revision stay in the LMT report, with who changed it and when.</p>
    </ConfirmDialog>
  );
}
