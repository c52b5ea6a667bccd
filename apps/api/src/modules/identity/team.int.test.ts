import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { PASSWORD, employer, serviceProvider, uniqueEmail, type SignedUp } from "../../../test/factories.js";
import type { GqlClient } from "../../../test/gql.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const TEAM = `{ team { members { userId email role } invitations { id email role expired } permissions { action label roles } } }`;
const INVITE = `mutation($email: String!, $role: MembershipRole!) { inviteTeamMember(email: $email, role: $role) { id email role expired } }`;
const RESEND = `mutation($id: ID!) { resendTeamInvitation(id: $id) { id expiresAt } }`;
const CANCEL = `mutation($id: ID!) { cancelTeamInvitation(id: $id) }`;
const CHANGE = `mutation($userId: ID!, $role: MembershipRole!) { changeTeamMemberRole(userId: $userId, role: $role) { userId role } }`;
const REMOVE = `mutation($userId: ID!) { removeTeamMember(userId: $userId) }`;
const LEAVE = `mutation { leaveTeam }`;
const TRANSFER = `mutation($userId: ID!) { transferOwnership(userId: $userId) { userId role } }`;
const PREVIEW = `query($token: String!) { teamInvitation(token: $token) { organizationName email role accountExists } }`;
const ACCEPT = `mutation($token: String!) { acceptTeamInvitation(token: $token) { currentOrganization { id } memberships { role organization { id } } } }`;
const SIGN_UP = `mutation($input: SignUpFromTeamInvitationInput!) { signUpFromTeamInvitation(input: $input) { user { id email } currentOrganization { id name } } }`;
const ME = `{ viewer { user { id } currentOrganization { id } } }`;
const CLIENTS = `{ clients(first: 5) { nodes { id } } }`;

/** The token in the newest team invitation mailed to this address, read from the dev mailbox. */
async function mailedToken(email: string): Promise<string> {
  const { devMailbox } = await t.client().ok(`query($to: String) { devMailbox(to: $to) { subject text } }`, { to: email });
  const token = /\/join\/([A-Za-z0-9_-]+)/.exec(devMailbox[0]?.text ?? "")?.[1];
  if (token === undefined) throw new Error(`no team invitation mailed to ${email}`);
  return token;
}

async function colleague(
  owner: SignedUp,
  role: "ADMIN" | "MEMBER",
): Promise<{ client: GqlClient; userId: string; email: string }> {
  const email = uniqueEmail("colleague");
  await owner.client.ok(INVITE, { email, role });
  const client = t.client();
  const { signUpFromTeamInvitation } = await client.ok(SIGN_UP, {
    input: { token: await mailedToken(email), name: "Col League", password: PASSWORD },
  });
  return { client, userId: signUpFromTeamInvitation.user.id, email };
}

describe("inviting colleagues", () => {
  it("mails a single-use link; the colleague signs up from it and joins the same organization with the role", async () => {
    const owner = await serviceProvider(t, { organizationName: "Harbour Migration" });
    const email = uniqueEmail("new");
    const { inviteTeamMember } = await owner.client.ok(INVITE, { email: email.toUpperCase(), role: "MEMBER" });
    expect(inviteTeamMember).toMatchObject({ email, role: "MEMBER", expired: false });

    const { devMailbox } = await t.client().ok(`query($to: String) { devMailbox(to: $to) { subject text } }`, { to: email });
    expect(devMailbox[0].subject).toBe("Join Harbour Migration");
    expect(devMailbox[0].text).toContain("as a member");
    const token = await mailedToken(email);
    // Stored hashed: the token itself is nowhere in the database.
    const stored = await t.database.db.execute(`select token_hash from team_invitations where email = '${email}'`);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect((await t.client().ok(PREVIEW, { token })).teamInvitation).toEqual({
      organizationName: "Harbour Migration",
      email,
      role: "MEMBER",
      accountExists: false,
    });
    const newcomer = t.client();
    const { signUpFromTeamInvitation } = await newcomer.ok(SIGN_UP, { input: { token, name: "Nia", password: PASSWORD } });
    expect(signUpFromTeamInvitation).toMatchObject({ user: { email }, currentOrganization: { id: owner.organizationId } });
    // A member of an agency sees its clients.
    await newcomer.ok(CLIENTS);

    const { team } = await owner.client.ok(TEAM);
    expect(team.members.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      [owner.email, "OWNER"],
      [email, "MEMBER"],
    ]);
    expect(team.invitations).toEqual([]);

    const reused = await t.client().fails(SIGN_UP, { input: { token, name: "Again", password: PASSWORD } });
    expect(reused.extensions?.code).toBe("CONFLICT");
    expect(reused.message).toBe("This invitation link has already been used.");
    expect(reused.extensions).toMatchObject({ code: "CONFLICT", reason: "LINK_USED" });
  });

  it("refuses an expired link with a clear message, and a resent link replaces the old one", async () => {
    const owner = await employer(t, { organizationName: "Bondi Bakery" });
    const email = uniqueEmail("late");
    const { inviteTeamMember } = await owner.client.ok(INVITE, { email, role: "ADMIN" });
    const first = await mailedToken(email);
    t.clock.advanceDays(8);
    try {
      const expired = await t.client().fails(SIGN_UP, { input: { token: first, name: "Late", password: PASSWORD } });
      expect(expired.extensions).toMatchObject({ code: "CONFLICT", reason: "LINK_EXPIRED" });
      expect(expired.message).toBe("This invitation link has expired. Ask Bondi Bakery to send it again.");
      expect((await owner.client.ok(TEAM)).team.invitations[0]).toMatchObject({ email, expired: true });

      await owner.client.ok(RESEND, { id: inviteTeamMember.id });
      const second = await mailedToken(email);
      expect(second).not.toBe(first);
      expect((await t.client().fails(PREVIEW, { token: first })).extensions?.code).toBe("NOT_FOUND");
      await t.client().ok(SIGN_UP, { input: { token: second, name: "On Time", password: PASSWORD } });
    } finally {
      t.clock.advanceDays(-8);
    }
  });

  it("cancels an invitation, whose link then says it is not valid; inviting a member or an open invitation again is a CONFLICT", async () => {
    const owner = await employer(t);
    const email = uniqueEmail("maybe");
    const { inviteTeamMember } = await owner.client.ok(INVITE, { email, role: "MEMBER" });
    expect((await owner.client.fails(INVITE, { email, role: "ADMIN" })).extensions?.code).toBe("CONFLICT");
    const token = await mailedToken(email);
    expect((await owner.client.ok(CANCEL, { id: inviteTeamMember.id })).cancelTeamInvitation).toBe(true);
    const cancelled = await t.client().fails(PREVIEW, { token });
    expect(cancelled).toMatchObject({
      message: "This invitation link is not valid or was cancelled.",
      extensions: { code: "NOT_FOUND" },
    });

    const member = await colleague(owner, "MEMBER");
    expect((await owner.client.fails(INVITE, { email: member.email, role: "MEMBER" })).extensions?.code).toBe("CONFLICT");
    expect((await owner.client.fails(INVITE, { email, role: "OWNER" })).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("two accepts of one invitation at the same moment: exactly one wins", async () => {
    const owner = await serviceProvider(t);
    const email = uniqueEmail("race");
    await owner.client.ok(INVITE, { email, role: "MEMBER" });
    const token = await mailedToken(email);
    const a = await employer(t);
    const b = await employer(t);
    const results = await Promise.all([a.client.request(ACCEPT, { token }), b.client.request(ACCEPT, { token })]);
    const winners = results.filter((r) => r.errors === undefined);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]).toMatchObject({
      message: "This invitation link has already been used.",
      extensions: { code: "CONFLICT" },
    });
    const { team } = await owner.client.ok(TEAM);
    expect(team.members).toHaveLength(2);
  });

  it("a person already signed in accepts and then belongs to both organizations, the session acting for the new one", async () => {
    const agency = await serviceProvider(t);
    const person = await employer(t);
    await agency.client.ok(INVITE, { email: person.email, role: "ADMIN" });
    const token = await mailedToken(person.email);
    expect((await t.client().ok(PREVIEW, { token })).teamInvitation.accountExists).toBe(true);
    const { acceptTeamInvitation } = await person.client.ok(ACCEPT, { token });
    expect(acceptTeamInvitation.currentOrganization.id).toBe(agency.organizationId);
    expect(acceptTeamInvitation.memberships.map((m: { organization: { id: string } }) => m.organization.id).sort()).toEqual(
      [person.organizationId, agency.organizationId].sort(),
    );
  });

  it("refuses members who try to manage the team", async () => {
    const owner = await employer(t);
    const member = await colleague(owner, "MEMBER");
    const refused = await member.client.fails(INVITE, { email: uniqueEmail(), role: "MEMBER" });
    expect(refused.extensions?.code).toBe("FORBIDDEN");
    expect((await member.client.fails(REMOVE, { userId: owner.userId })).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("roles, removal and ownership", () => {
  it("a removed member's open session loses access on its next request", async () => {
    const owner = await serviceProvider(t);
    const member = await colleague(owner, "MEMBER");
    await member.client.ok(CLIENTS);
    await owner.client.ok(REMOVE, { userId: member.userId });
    const next = await member.client.fails(CLIENTS);
    expect(next.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await member.client.ok(ME)).viewer).toBeNull();
  });

  it("changes roles; an admin may not touch an owner; the last owner can neither leave nor step down", async () => {
    const owner = await employer(t);
    const admin = await colleague(owner, "ADMIN");
    const member = await colleague(owner, "MEMBER");
    expect((await admin.client.ok(CHANGE, { userId: member.userId, role: "ADMIN" })).changeTeamMemberRole).toEqual({
      userId: member.userId,
      role: "ADMIN",
    });
    const adminOnOwner = await admin.client.fails(REMOVE, { userId: owner.userId });
    expect(adminOnOwner).toMatchObject({
      message: "Only an owner can change or remove an owner.",
      extensions: { code: "CONFLICT" },
    });
    const leave = await owner.client.fails(LEAVE);
    expect(leave).toMatchObject({
      message: "The organization's last owner cannot leave: transfer ownership first.",
      extensions: { code: "CONFLICT" },
    });
    const stepDown = await owner.client.fails(CHANGE, { userId: owner.userId, role: "ADMIN" });
    expect(stepDown.message).toBe("The organization's last owner cannot leave or step down: transfer ownership first.");
    expect((await owner.client.fails(CHANGE, { userId: member.userId, role: "OWNER" })).extensions?.code).toBe("BAD_USER_INPUT");

    // Transfer: the member becomes the owner and the old owner an admin, who may then leave.
    expect((await admin.client.fails(TRANSFER, { userId: member.userId })).extensions?.code).toBe("FORBIDDEN");
    const { transferOwnership } = await owner.client.ok(TRANSFER, { userId: member.userId });
    const roles = Object.fromEntries(transferOwnership.map((m: { userId: string; role: string }) => [m.userId, m.role]));
    expect(roles).toEqual({ [owner.userId]: "ADMIN", [admin.userId]: "ADMIN", [member.userId]: "OWNER" });
    expect((await owner.client.ok(LEAVE)).leaveTeam).toBe(true);
    expect((await owner.client.fails(TEAM)).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shows what each role may do, read from the authorization table", async () => {
    const agency = await serviceProvider(t);
    const { team } = await agency.client.ok(TEAM);
    const byAction = Object.fromEntries(team.permissions.map((p: { action: string; roles: string[] }) => [p.action, p.roles]));
    expect(byAction["members.manage"]).toEqual(["OWNER", "ADMIN"]);
    expect(byAction["clients.access"]).toEqual(["OWNER", "ADMIN", "MEMBER"]);
    expect(byAction["members.transferOwnership"]).toEqual(["OWNER"]);
    // Employer-only actions are not listed for an agency.
    expect(byAction["accessRequests.respond"]).toBeUndefined();
    const bakery = await employer(t);
    const employerRows = (await bakery.client.ok(TEAM)).team.permissions.map((p: { action: string }) => p.action);
    expect(employerRows).toContain("jobs.publish");
    expect(employerRows).not.toContain("clients.access");
  });
});
