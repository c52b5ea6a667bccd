import { useState } from "react";
import { Link } from "react-router";
import { Mailbox } from "../../features/mailbox/components/Mailbox";
import { Card } from "../../ui/Card";
import { TextInput } from "../../ui/Field";
import { Brand } from "../layouts/Brand";
import { paths } from "../paths";

/** /dev/mailbox — public on purpose: an invited person follows their link from here, signed in or not. */
export function DevMailbox() {
  const [to, setTo] = useState("");
  return (
    <div className="public-page">
      <title>Dev mailbox · Job Ads</title>
      <header className="public-header">
        <Brand />
        <Link to={paths.home()}>Back to the app</Link>
      </header>
      <main className="public-main stack" id="main">
        <div className="page-header">
          <div className="page-header-text">
            <p className="page-eyebrow">Development</p>
            <h1 className="page-title">Dev mailbox</h1>
            <p className="page-description">
              Mail this server wrote instead of sending it, because no mail server is set up. Links to this app open here.
            </p>
          </div>
        </div>
        <Card>
          <form className="filters filters-flat" role="search" aria-label="Filter mail" onSubmit={(e) => e.preventDefault()}>
            <TextInput
              label="To"
              type="search"
              name="to"
              placeholder="Any recipient"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </form>
          <Mailbox to={to} />
        </Card>
      </main>
    </div>
  );
}
