import { useSearchParams } from "react-router";
import { ExportDownload } from "../../features/candidate-data/components/ExportDownload";
import { IncompleteLink } from "../../features/candidate-data/components/IncompleteLink";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths } from "../paths";

/** /your-data/export?token=… — the link mailed to a candidate who asked for a copy of their data (R10). */
export function YourDataExport() {
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  return (
    <AuthLayout wide title="A copy of your data" subtitle="Everything your job applications hold, in one file.">
      {token === "" ? <IncompleteLink /> : <ExportDownload fileUrl={paths.candidateDataExportFile(token)} />}
    </AuthLayout>
  );
}
