import { useState } from "react";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { downloadCandidateData, ExportRefused } from "../download-export";
import "../candidate-data.css";

type DownloadState =
  { kind: "idle" } | { kind: "downloading" } | { kind: "done" } | { kind: "failed"; status: number; message: string };

/** The emailed copy link (R10): what the file holds, and the one button that fetches it. */
export function ExportDownload({ fileUrl }: { fileUrl: string }) {
  const [state, setState] = useState<DownloadState>({ kind: "idle" });

  async function download() {
    setState({ kind: "downloading" });
    try {
      await downloadCandidateData(fileUrl);
      setState({ kind: "done" });
    } catch (error) {
      const refused =
        error instanceof ExportRefused
          ? error
          : new ExportRefused("Your data could not be downloaded. Try again in a moment.", 0, null);
      setState({ kind: "failed", status: refused.status, message: refused.message });
    }
  }

  return (
    <div className="stack-sm">
      <p>For each application made with your email address, the file holds:</p>
      <ul className="plain-list">
        <li>the name, email address and phone number you gave</li>
        <li>your cover note and your CV, inside the file</li>
        <li>the job, the employer and the job board</li>
        <li>when you applied and agreed to the privacy notice, and where the application stands</li>
      </ul>
      <p className="fine-print">
        The file is JSON: plain text that any text editor can open. It holds your personal details, so keep it somewhere safe.
        This link works for 7 days from when we sent it.
      </p>
      {state.kind === "failed" &&
        (state.status === 404 ? (
          <Banner tone="warning" title="This link can't be used">
            {state.message} Links to a copy of your data work for 7 days.
          </Banner>
        ) : (
          <Banner tone="danger" title="Couldn't download your data">
            {state.message}
          </Banner>
        ))}
      {state.kind === "done" && (
        <Banner tone="success" title="Your download has started">
          Look for a file named my-application-data in your downloads.
        </Banner>
      )}
      <Button variant="primary" className="btn-block" loading={state.kind === "downloading"} onClick={() => void download()}>
        Download my data
      </Button>
    </div>
  );
}
