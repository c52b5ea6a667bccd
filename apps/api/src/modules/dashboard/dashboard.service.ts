import { CREDITS_EXPIRING_WITHIN_DAYS, WINDOW_CLOSING_WITHIN_DAYS, dayIn } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { ServiceDeps } from "../deps.js";
import type { LmtTrackerService } from "../lmt/lmt-tracker.service.js";
import type { LmtTrackerRow } from "../lmt/lmt-tracker.js";
import { dashboardRepository as repo } from "./dashboard.repository.js";

const DAY_MS = 86_400_000;

export interface AgencyTodayView {
  lmtReadyToLodge: LmtTrackerRow[];
  lmtWindowClosing: LmtTrackerRow[];
  vacanciesWaiting: Awaited<ReturnType<typeof repo.vacanciesWaiting>>;
  invitationsPending: Awaited<ReturnType<typeof repo.pendingInvitations>>;
  creditBalance: number;
  creditAlertThreshold: number | null;
  creditsLow: boolean;
  /** Lots with credits left that expire within CREDITS_EXPIRING_WITHIN_DAYS. */
  creditsExpiringSoon: { remaining: number; expiresAt: Date }[];
  nextCreditExpiry: { remaining: number; expiresAt: Date } | null;
  /** "YYYY-MM" on the agency's calendar (LMT_TIME_ZONE). */
  month: string;
  publishedThisMonth: Awaited<ReturnType<typeof repo.publishedInMonth>>;
}

/** The agency dashboard's "what needs me today" (issue 17), read from the agency's own account. */
export class DashboardService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { tracker: LmtTrackerService },
  ) {}

  async agencyToday(viewer: Viewer | null): Promise<AgencyTodayView> {
    assertCan(viewer, "lmt.track");
    const now = this.deps.clock.now();
    const agencyId = viewer.organizationId;
    const timeZone = this.deps.config.lmtTimeZone;
    const month = dayIn(now, timeZone).slice(0, 7);
    const [ads, vacanciesWaiting, invitationsPending, credits, publishedThisMonth] = await Promise.all([
      this.peers.tracker.trackedAds(agencyId, now),
      repo.vacanciesWaiting(this.deps.db, agencyId),
      repo.pendingInvitations(this.deps.db, agencyId, now),
      repo.credits(this.deps.db, agencyId, now),
      repo.publishedInMonth(this.deps.db, agencyId, month, timeZone),
    ]);
    const soon = now.getTime() + CREDITS_EXPIRING_WITHIN_DAYS * DAY_MS;
    const lots = credits.lots
      .filter((l): l is { remaining: number; expiresAt: Date } => l.expiresAt !== null && l.expiresAt.getTime() > now.getTime())
      .map((l) => ({ remaining: l.remaining, expiresAt: l.expiresAt }));
    const byWindow = (a: LmtTrackerRow, b: LmtTrackerRow) => (a.latestLodgement ?? "").localeCompare(b.latestLodgement ?? "");
    return {
      lmtReadyToLodge: ads.filter((a) => a.readyToLodge).sort(byWindow),
      lmtWindowClosing: ads
        .filter((a) => a.windowClosesInDays !== null && a.windowClosesInDays <= WINDOW_CLOSING_WITHIN_DAYS)
        .sort(byWindow),
      vacanciesWaiting,
      invitationsPending,
      creditBalance: credits.balance,
      creditAlertThreshold: credits.threshold,
      creditsLow: credits.threshold !== null && credits.balance < credits.threshold,
      creditsExpiringSoon: lots.filter((l) => l.expiresAt.getTime() <= soon),
      nextCreditExpiry: lots[0] ?? null,
      month,
      publishedThisMonth,
    };
  }
}
