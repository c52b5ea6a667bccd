import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, dayIn } from "@app/domain";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, grantCredits, serviceProvider } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB } from "../../../test/jobs.js";
import { ADD_PLACEMENT, DEV_MAILBOX, SET_LMT_DATES, lmtJobInput } from "../../../test/lmt.js";
import { createServices } from "../../services.js";
import { billingRepository } from "../billing/billing.repository.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NOTIFICATIONS = `{ unreadNotificationCount notifications { id kind title body link readAt } }`;
const MARK_READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const SET_PREFERENCE = `mutation($kind: NotificationKind!, $mail: Boolean!, $inApp: Boolean!) {
  setNotificationPreference(kind: $kind, mail: $mail, inApp: $inApp) { kind mail inApp } }`;
const UPDATE_CONFIRMED = `mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input, confirmLmtRecordChange: true) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeClientConnection(connectionId: $id) { status } }`;

const tz = "Australia/Sydney";
const today = () => dayIn(t.clock.now(), tz);
const runDue = () => t.app.services.notifications.runDue(t.clock.now());

async function mailTo(
  email: string,
): Promise<{ id: string; subject: string; text: string; headerList: { name: string; value: string }[] }[]> {
  return (await t.client().ok(DEV_MAILBOX, { to: email })).devMailbox;
}
const subjects = async (email: string, match: RegExp) => (await mailTo(email)).map((m) => m.subject).filter((s) => match.test(s));

/** An agency with a connected client, whose LMT ad runs on its own board and on SEEK, both national, from today. */
async function lmtAdOnTwoNationalPlacements(title: string) {
  const agency = await serviceProvider(t, { organizationName: `Agency for ${title}` });
  const client = await employer(t, { organizationName: `Client for ${title}` });
  const connectionId = await activeConnection(t, agency, client, `Client for ${title}`);
  await grantCredits(t, client.organizationId, 1);
  const { createJob } = await client.client.ok(CREATE_JOB, { input: lmtJobInput({ title, durationDays: 60 }) });
  await client.client.ok(SET_LMT_DATES, { jobId: createJob.id, portal: true });
  await client.client.ok(PUBLISH_JOB, { id: createJob.id });
  await client.client.ok(ADD_PLACEMENT, {
    jobId: createJob.id,
    input: { board: "SEEK", nationalReach: true, startsOn: today(), endsOn: null },
  });
  return { agency, client, connectionId, jobId: createJob.id as string, startedOn: today() };
}

describe("ready to lodge, with a moved clock (R14)", () => {
  it("an ad on two national placements for 28 days becomes ready to lodge and mails once, not again on the next run", async () => {
    const { agency, startedOn } = await lmtAdOnTwoNationalPlacements("Sous Chef");
    await runDue();
    expect(await subjects(agency.email, /Ready to lodge/)).toEqual([]);

    t.clock.advanceDays(27);
    await runDue();
    expect(await subjects(agency.email, /Ready to lodge/)).toEqual([]);

    t.clock.advanceDays(1);
    expect(today()).toBe(addDays(startedOn, 28));
    await runDue();
    expect(await subjects(agency.email, /Ready to lodge/)).toEqual([`Ready to lodge: Sous Chef (Client for Sous Chef)`]);
    const [mail] = await mailTo(agency.email);
    expect(mail!.text).toContain(`Lodge the nomination between ${addDays(startedOn, 28)} and ${addMonths(startedOn, 4)}.`);

    await runDue();
    t.clock.advanceDays(1);
    await runDue();
    expect(await subjects(agency.email, /Ready to lodge/)).toHaveLength(1);

    // In the app too: newest first, after the client's acceptance of the invitation.
    const { notifications, unreadNotificationCount } = await agency.client.ok(NOTIFICATIONS);
    expect(unreadNotificationCount).toBe(2);
    expect(notifications.map((n: { kind: string }) => n.kind)).toEqual(["LMT_READY", "CLIENT_ACCESS"]);
    expect(notifications[0]).toMatchObject({ kind: "LMT_READY", title: "Ready to lodge: Sous Chef (Client for Sous Chef)" });
    expect(notifications[0].link).toMatch(/^\/agency\/lmt\/[0-9a-f-]{36}$/);

    const { markNotificationRead } = await agency.client.ok(MARK_READ, { id: notifications[0].id });
    expect(markNotificationRead.readAt).not.toBeNull();
    expect((await agency.client.ok(NOTIFICATIONS)).unreadNotificationCount).toBe(1);
    expect(await agency.client.ok(`mutation { markAllNotificationsRead }`)).toEqual({ markAllNotificationsRead: 1 });
    expect((await agency.client.ok(NOTIFICATIONS)).unreadNotificationCount).toBe(0);
    // Someone else's notification is not found.
    const stranger = await serviceProvider(t);
    expect((await stranger.client.fails(MARK_READ, { id: notifications[0].id })).extensions?.code).toBe("NOT_FOUND");
  });

  it("two schedulers at the same moment send it once (each its own services, as two API processes)", async () => {
    const { agency } = await lmtAdOnTwoNationalPlacements("Line Cook");
    t.clock.advanceDays(28);
    const second = createServices({
      db: t.database.db,
      clock: t.clock,
      config: t.app.services.portal["deps"].config,
      payments: t.payments,
    });
    const now = t.clock.now();
    const runs = await Promise.all([
      t.app.services.notifications.runDue(now),
      second.notifications.runDue(now),
      t.app.services.notifications.runDue(now),
    ]);
    expect(await subjects(agency.email, /Ready to lodge/)).toEqual(["Ready to lodge: Line Cook (Client for Line Cook)"]);
    expect(runs.map((r) => r.reminders).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(
      (await agency.client.ok(NOTIFICATIONS)).notifications.filter((n: { kind: string }) => n.kind === "LMT_READY"),
    ).toHaveLength(1);
  });

  it("the 14- and 3-day window reminders arrive on their days, once each", async () => {
    const { agency, startedOn } = await lmtAdOnTwoNationalPlacements("Pastry Chef");
    const latest = addMonths(startedOn, 4);
    const moveTo = (day: string) => t.clock.advanceDays(Number((Date.parse(day) - Date.parse(today())) / 86_400_000));
    const windowMail = () => subjects(agency.email, /Lodgement window closes/);

    moveTo(addDays(latest, -15));
    await runDue();
    expect(await windowMail()).toEqual([]);

    moveTo(addDays(latest, -14));
    await runDue();
    await runDue();
    expect(await windowMail()).toEqual(["Lodgement window closes in 14 days: Pastry Chef (Client for Pastry Chef)"]);

    moveTo(addDays(latest, -4));
    await runDue();
    expect(await windowMail()).toHaveLength(1);

    moveTo(addDays(latest, -3));
    await runDue();
    await runDue();
    expect(await windowMail()).toEqual([
      "Lodgement window closes in 3 days: Pastry Chef (Client for Pastry Chef)",
      "Lodgement window closes in 14 days: Pastry Chef (Client for Pastry Chef)",
    ]);
    expect((await mailTo(agency.email))[0]!.text).toContain(
      `The last day to lodge the nomination for "Pastry Chef" with these LMT ads is ${latest}.`,
    );

    moveTo(addDays(latest, 1));
    await runDue();
    expect(await windowMail()).toHaveLength(2);
  });
});

describe("preferences and unsubscribing", () => {
  it("respects each person's choice per kind: in the app only, mail only, or neither", async () => {
    const { agency } = await lmtAdOnTwoNationalPlacements("Head Chef");
    expect(
      (await agency.client.ok(SET_PREFERENCE, { kind: "LMT_READY", mail: false, inApp: true })).setNotificationPreference,
    ).toEqual({
      kind: "LMT_READY",
      mail: false,
      inApp: true,
    });
    t.clock.advanceDays(28);
    await runDue();
    expect(await subjects(agency.email, /Ready to lodge/)).toEqual([]);
    expect((await agency.client.ok(NOTIFICATIONS)).notifications.map((n: { kind: string }) => n.kind)).toEqual([
      "LMT_READY",
      "CLIENT_ACCESS",
    ]);

    const other = await lmtAdOnTwoNationalPlacements("Kitchen Porter");
    await other.agency.client.ok(SET_PREFERENCE, { kind: "LMT_READY", mail: true, inApp: false });
    t.clock.advanceDays(28);
    await runDue();
    expect(await subjects(other.agency.email, /Ready to lodge/)).toHaveLength(1);
    expect((await other.agency.client.ok(NOTIFICATIONS)).notifications.map((n: { kind: string }) => n.kind)).toEqual([
      "CLIENT_ACCESS",
    ]);

    const prefs = (await other.agency.client.ok(`{ notificationPreferences { kind label mail inApp } }`)).notificationPreferences;
    expect(prefs.find((p: { kind: string }) => p.kind === "LMT_READY")).toMatchObject({ mail: true, inApp: false });
    expect(prefs.find((p: { kind: string }) => p.kind === "CLIENT_ACCESS")).toMatchObject({ mail: true, inApp: true });
    expect((await other.agency.client.fails(SET_PREFERENCE, { kind: "NOPE", mail: true, inApp: true })).extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("a mail's unsubscribe link (and List-Unsubscribe) stops only that kind", async () => {
    const agency = await serviceProvider(t, { organizationName: "Unsubscribing Agency" });
    const first = await employer(t, { organizationName: "First Client" });
    await activeConnection(t, agency, first, "First Client");
    const [accepted] = await mailTo(agency.email);
    expect(accepted!.subject).toBe("First Client accepted your invitation to connect");
    const link = /Stop these mails: (\S+)/.exec(accepted!.text)![1]!;
    expect(link).toMatch(new RegExp(`^${t.url}/unsubscribe/`));
    expect(accepted!.headerList).toEqual([
      { name: "List-Unsubscribe", value: `<${link}>` },
      { name: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click" },
    ]);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("A client accepted, declined or revoked access");
    expect((await fetch(`${link.slice(0, -3)}xyz`)).status).toBe(404);

    // Another client's answer: no mail of that kind any more, still in the app.
    const second = await employer(t, { organizationName: "Second Client" });
    const secondConnection = await activeConnection(t, agency, second, "Second Client");
    expect(await subjects(agency.email, /accepted your invitation/)).toEqual([
      "First Client accepted your invitation to connect",
    ]);
    const inApp = (await agency.client.ok(NOTIFICATIONS)).notifications.map((n: { title: string }) => n.title);
    expect(inApp).toContain("Second Client accepted your invitation to connect");

    // Other kinds still mail: credits under the threshold the agency set.
    await agency.client.ok(`mutation { setCreditAlertThreshold(threshold: 5) { creditAlertThreshold } }`);
    await grantCredits(t, agency.organizationId, 2);
    await runDue();
    await runDue();
    expect(await subjects(agency.email, /Credits are running low/)).toEqual(["Credits are running low: 2 credits left"]);

    // One-click POST, as a mail client sends it, for the credits kind; taking it back mails again.
    const lowMail = (await mailTo(agency.email)).find((m) => m.subject.startsWith("Credits are running low"))!;
    const lowLink = /Stop these mails: (\S+)/.exec(lowMail.text)![1]!;
    const oneClick = await fetch(lowLink, { method: "POST", body: "List-Unsubscribe=One-Click" });
    expect(oneClick.status).toBe(200);
    const prefs = (await agency.client.ok(`{ notificationPreferences { kind mail inApp } }`)).notificationPreferences;
    expect(prefs.filter((p: { mail: boolean }) => !p.mail).map((p: { kind: string }) => p.kind)).toEqual([
      "CLIENT_ACCESS",
      "CREDITS_LOW",
    ]);

    // A client revoking access is the same kind as accepting: in the app only.
    await second.client.ok(REVOKE, { id: secondConnection });
    expect((await agency.client.ok(NOTIFICATIONS)).notifications[0].title).toBe(
      "Second Client revoked your access to its account",
    );
    expect(await subjects(agency.email, /revoked/)).toEqual([]);
  });
});

describe("reminders from what people do", () => {
  it("a published LMT ad edited, credits about to expire", async () => {
    const { agency, client, jobId } = await lmtAdOnTwoNationalPlacements("Cook");
    await client.client.ok(UPDATE_CONFIRMED, { id: jobId, input: lmtJobInput({ title: "Cook (grill)", durationDays: 60 }) });
    expect(await subjects(agency.email, /Published LMT ad edited/)).toEqual([
      "Published LMT ad edited: Cook (grill) (Client for Cook)",
    ]);

    const expiresAt = new Date(t.clock.now().getTime() + 10 * 86_400_000);
    await t.database.db.transaction((tx) =>
      billingRepository.grantCredits(tx, {
        organizationId: agency.organizationId,
        amount: 3,
        kind: "ADJUSTMENT",
        planKind: "JOB_PACK",
        purchaseId: null,
        expiresAt,
        actorUserId: null,
        at: t.clock.now(),
      }),
    );
    await runDue();
    await runDue();
    expect(await subjects(agency.email, /expire on/)).toEqual([`3 credits expire on ${dayIn(expiresAt, tz)}`]);
  });

  it("nothing is reminded of a client whose connection is revoked", async () => {
    const { agency, connectionId } = await lmtAdOnTwoNationalPlacements("Waiter");
    await agency.client.ok(REVOKE, { id: connectionId });
    t.clock.advanceDays(28);
    await runDue();
    expect(await subjects(agency.email, /Ready to lodge/)).toEqual([]);
  });
});
