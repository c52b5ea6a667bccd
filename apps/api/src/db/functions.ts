/**
 * SQL functions the API calls, created (or replaced) after the migrations on every start, so a
 * regenerated drizzle migration never drops them.
 *
 * publish_job does a publish in one round trip: the round trips of a transaction cost more CPU
 * here than everything else in a request. The payer order (R1) is decided in packages/domain and
 * passed in; these functions only carry out the ledger mechanics (R2, R3, R4).
 */
export const FUNCTIONS_SQL = /* sql */ `
CREATE OR REPLACE FUNCTION expire_due_lots(p_org uuid, p_at timestamptz)
RETURNS SETOF credit_entries
LANGUAGE plpgsql AS $fn$
DECLARE
  due record;
  bal integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM credit_lots WHERE organization_id = p_org AND remaining > 0 AND expires_at <= p_at) THEN
    RETURN;
  END IF;
  -- Every spend and grant locks the organization row first, so due lots re-read under the lock
  -- are expired exactly once however many callers arrive together.
  PERFORM 1 FROM organizations WHERE id = p_org FOR UPDATE;
  FOR due IN
    SELECT id, remaining, purchase_id FROM credit_lots
    WHERE organization_id = p_org AND remaining > 0 AND expires_at <= p_at
    ORDER BY expires_at, id
    FOR UPDATE
  LOOP
    UPDATE credit_lots SET remaining = 0 WHERE id = due.id;
    UPDATE organizations SET credit_balance = credit_balance - due.remaining WHERE id = p_org RETURNING credit_balance INTO bal;
    RETURN QUERY
      INSERT INTO credit_entries (organization_id, kind, amount, balance_after, lot_id, purchase_id, created_at)
      VALUES (p_org, 'EXPIRY', -due.remaining, bal, due.id, due.purchase_id, p_at)
      RETURNING *;
  END LOOP;
END
$fn$;

-- R12: issues the tax invoice of a charge, or the adjustment note of a refund, with the next number
-- of its seller's unbroken sequence. The caller holds the lock of what was charged (the purchase or
-- job row), so the check below is never raced for the same charge; the counter row is taken last and
-- held to the commit, so numbers are consecutive in commit order and a rollback gives its number back.
-- p: {"kind","sellerKey","sellerName","sellerAbn","numberPrefix","numberDigits","organizationId",
--     "purchaseId","jobId","adjustsInvoiceId","refundReference","description","quantity",
--     "amountCents","gstCents","currency","paymentReference"}
CREATE OR REPLACE FUNCTION issue_invoice(p json, p_at timestamptz)
RETURNS SETOF invoices
LANGUAGE plpgsql AS $fn$
DECLARE
  k invoice_kind := (p->>'kind')::invoice_kind;
  existing invoices;
  n integer;
  digits integer := (p->>'numberDigits')::integer;
BEGIN
  IF k = 'TAX_INVOICE' THEN
    SELECT * INTO existing FROM invoices i WHERE i.kind = k AND (
      (p->>'purchaseId' IS NOT NULL AND i.purchase_id = (p->>'purchaseId')::uuid) OR
      (p->>'jobId' IS NOT NULL AND i.job_id = (p->>'jobId')::uuid));
  ELSE
    SELECT * INTO existing FROM invoices i WHERE i.kind = k AND i.refund_reference = p->>'refundReference';
  END IF;
  IF FOUND THEN
    RETURN NEXT existing;
    RETURN;
  END IF;
  INSERT INTO invoice_counters (seller_key, kind, last_number) VALUES (p->>'sellerKey', k, 1)
    ON CONFLICT (seller_key, kind) DO UPDATE SET last_number = invoice_counters.last_number + 1
    RETURNING last_number INTO n;
  RETURN QUERY
    INSERT INTO invoices (seller_key, kind, sequence, number, organization_id, purchase_id, job_id, adjusts_invoice_id,
      refund_reference, seller_name, seller_abn, buyer_name, description, quantity, amount_cents, gst_cents, currency,
      payment_reference, issued_at)
    VALUES (p->>'sellerKey', k, n,
      (p->>'numberPrefix') || CASE WHEN length(n::text) >= digits THEN n::text ELSE lpad(n::text, digits, '0') END,
      (p->>'organizationId')::uuid, (p->>'purchaseId')::uuid, (p->>'jobId')::uuid, (p->>'adjustsInvoiceId')::uuid,
      p->>'refundReference', p->>'sellerName', p->>'sellerAbn',
      coalesce((SELECT o.name FROM organizations o WHERE o.id = (p->>'organizationId')::uuid), ''),
      p->>'description', coalesce((p->>'quantity')::integer, 1), (p->>'amountCents')::integer, (p->>'gstCents')::integer,
      p->>'currency', p->>'paymentReference', p_at)
    RETURNING *;
END
$fn$;

CREATE OR REPLACE FUNCTION publish_job(
  p_job_id uuid,
  p_employer_id uuid,
  -- [{"org": uuid, "source": payment_source, "sharing": bool, "summary": text}], first to last;
  -- {title} in a summary becomes the job's title
  p_payers json,
  -- {"reference": text, "amountCents": int, "summary": text, "invoice": issue_invoice's p without the
  -- job and buyer, {title} in its description} when a card was charged, else null
  p_card json,
  p_actor_user_id uuid,
  p_acting_service_provider_id uuid,
  p_idempotency_key text,
  p_at timestamptz,
  -- The updated_at of the version the service checked; needed for LMT ads only.
  p_checked_updated_at text
)
RETURNS TABLE (out_outcome text, out_source payment_source, out_job json)
LANGUAGE plpgsql AS $fn$
DECLARE
  j jobs;
  payer json;
  payer_org uuid;
  bal integer;
  lot_id uuid;
  entry_id bigint;
  paid_with payment_source;
  paid_org uuid;
  summary text;
BEGIN
  SELECT * INTO j FROM jobs WHERE id = p_job_id AND employer_id = p_employer_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'NOT_FOUND'::text, NULL::payment_source, NULL::json;
    RETURN;
  END IF;
  IF j.status <> 'DRAFT' THEN
    RETURN QUERY SELECT 'NOT_DRAFT'::text, NULL::payment_source, (to_jsonb(j) - 'search')::json;
    RETURN;
  END IF;
  -- Checks that need the ad itself run in the service, which calls again naming the version it checked.
  IF j.lmt AND (p_checked_updated_at IS NULL OR j.updated_at <> p_checked_updated_at::timestamptz) THEN
    RETURN QUERY SELECT 'CHECK'::text, NULL::payment_source, (to_jsonb(j) - 'search')::json;
    RETURN;
  END IF;

  FOR payer IN SELECT * FROM json_array_elements(coalesce(p_payers, '[]'::json)) LOOP
    payer_org := (payer->>'org')::uuid;
    PERFORM 1 FROM expire_due_lots(payer_org, p_at);
    UPDATE organizations SET credit_balance = credit_balance - 1
      WHERE id = payer_org AND credit_balance >= 1 AND (NOT (payer->>'sharing')::boolean OR credit_sharing_enabled)
      RETURNING credit_balance INTO bal;
    CONTINUE WHEN NOT FOUND;
    -- The organization row is locked now, so the lot chosen here is never taken twice.
    UPDATE credit_lots SET remaining = remaining - 1
      WHERE id = (
        SELECT l.id FROM credit_lots l
        WHERE l.organization_id = payer_org AND l.remaining > 0 AND (l.expires_at IS NULL OR l.expires_at > p_at)
        ORDER BY l.expires_at ASC NULLS LAST, l.created_at, l.id
        LIMIT 1
      )
      RETURNING id INTO lot_id;
    IF lot_id IS NULL THEN
      RAISE EXCEPTION 'credit balance of % has no usable lot behind it', payer_org;
    END IF;
    INSERT INTO credit_entries (organization_id, kind, amount, balance_after, lot_id, job_id, actor_user_id, created_at)
      VALUES (payer_org, 'PUBLISH', -1, bal, lot_id, p_job_id, p_actor_user_id, p_at)
      RETURNING id INTO entry_id;
    paid_with := (payer->>'source')::payment_source;
    paid_org := payer_org;
    summary := payer->>'summary';
    EXIT;
  END LOOP;

  IF paid_with IS NULL THEN
    IF p_card IS NULL THEN
      RETURN QUERY SELECT 'NO_CREDITS'::text, NULL::payment_source, (to_jsonb(j) - 'search')::json;
      RETURN;
    END IF;
    paid_with := 'CARD';
    paid_org := p_employer_id;
    summary := p_card->>'summary';
  END IF;

  UPDATE jobs
    SET status = 'PUBLISHED', published_at = p_at, closes_at = p_at + make_interval(days => j.duration_days), updated_at = p_at,
        paid_by = paid_with, payer_organization_id = paid_org, credit_entry_id = entry_id,
        paid_amount_cents = CASE WHEN paid_with = 'CARD' THEN (p_card->>'amountCents')::integer END,
        payment_reference = CASE WHEN paid_with = 'CARD' THEN p_card->>'reference' END,
        publish_idempotency_key = p_idempotency_key
    WHERE id = p_job_id
    RETURNING * INTO j;
  -- R12: a card-paid publish has its tax invoice in the same transaction as the publish.
  IF paid_with = 'CARD' AND p_card->'invoice'->>'sellerKey' IS NOT NULL THEN
    PERFORM 1 FROM issue_invoice(
      ((p_card->'invoice')::jsonb || jsonb_build_object('jobId', j.id, 'organizationId', p_employer_id,
        'description', replace(p_card->'invoice'->>'description', '{title}', j.title),
        'paymentReference', p_card->>'reference', 'amountCents', (p_card->>'amountCents')::integer))::json,
      p_at);
  END IF;
  -- Issue 14: the ad enters its channels now: the ones chosen before publish, else the defaults
  -- (packages/domain channels.ts defaultChannels: the board and Google for Jobs always; the feeds,
  -- national ones only for an LMT ad). Nothing here locks more than the job row already held.
  UPDATE job_channels SET entered_at = p_at WHERE job_id = p_job_id AND entered_at IS NULL;
  IF NOT FOUND THEN
    INSERT INTO job_channels (job_id, channel_slug, entered_at)
      SELECT p_job_id, c.slug, p_at FROM channels c
      WHERE c.enabled AND (c.feed_format <> 'indeed-xml' OR c.national_reach OR NOT j.lmt);
  END IF;
  INSERT INTO audit_events (organization_id, actor_user_id, acting_service_provider_id, action, summary, created_at)
    VALUES (p_employer_id, p_actor_user_id, p_acting_service_provider_id, 'job.published', replace(summary, '{title}', j.title), p_at);
  RETURN QUERY SELECT 'PUBLISHED'::text, paid_with, (to_jsonb(j) - 'search')::json;
END
$fn$;
`;
