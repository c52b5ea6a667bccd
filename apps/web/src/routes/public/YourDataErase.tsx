import { useSearchParams } from "react-router";
import { ConfirmErasure } from "../../features/candidate-data/components/ConfirmErasure";
import { IncompleteLink } from "../../features/candidate-data/components/IncompleteLink";
import { AuthLayout } from "../layouts/AuthLayout";

/** /your-data/erase?token=… — the link mailed to a candidate who asked for erasure (R10); it works once, for 24 hours. */
export function YourDataErase() {
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  return (
    <AuthLayout wide title="Erase your data" subtitle="Your job applications, without your personal details.">
      {token === "" ? <IncompleteLink /> : <ConfirmErasure token={token} />}
    </AuthLayout>
  );
}
