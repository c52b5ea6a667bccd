import { assessLmt, dayIn, jobPath, runDays, trackedUrl, type Day, type LmtAssessment, type LmtPlacement } from "@app/domain";
import type { ChannelRow, JobChannelRow } from "../channels/channels.repository.js";
import type { JobRow } from "../jobs/jobs.repository.js";
import { advertiserNameOf, lmtAdOf } from "./lmt-checks.service.js";
import type { LmtPlacementRow, LmtSettingsRow } from "./lmt.repository.js";
import { PORTAL_PLACEMENT_CODE, type LmtPlacementView } from "./lmt-report.js";

/** What an LMT ad's standing is computed from: loaded one ad at a time (the report) or in bulk (the tracker). */
export interface LmtStandingInput {
  job: JobRow;
  settings: LmtSettingsRow | undefined;
  recorded: readonly LmtPlacementRow[];
  /** The title of the portal the job is advertised on (its agency's, or the employer's own). */
  portalTitle: string | null;
  /** The job's public page, or null without a portal. */
  jobLink: string | null;
  /** Names of the employer and the agency that created the ad. */
  names: Map<string, string>;
  /** The ad's stays in channels (issue 14): each entered one is a placement of its own. */
  stays: readonly (JobChannelRow & { channel: ChannelRow })[];
  /** Where the national board and the feeds link to (PUBLIC_URL). */
  origin: string;
  /** Views of the job's pages per tracking code and day, when the caller loaded them. */
  views: Map<string, Map<Day, number>> | null;
  now: Date;
  timeZone: string;
}

export interface LmtStanding {
  today: Day;
  placements: (LmtPlacementView & { row: LmtPlacementRow | null; channelSlug?: string })[];
  assessment: LmtAssessment;
  advertiserName: string | null;
  context: { today: Day; intendedLodgement: Day | null; redundancyOn: Day | null };
  /** The last day a placement has run so far (today while it still runs). */
  soFar(p: { endsOn: Day | null }): Day;
}

/**
 * R8 for one ad: its placements (the job's own portal ad first, then the recorded ones) with the
 * days each ran so far, and the assessment. Pure, so the report and the tracker agree by construction.
 */
export function lmtStandingOf(input: LmtStandingInput): LmtStanding {
  const { job, settings, recorded, jobLink, names, now, timeZone } = input;
  const dayOf = (at: Date) => dayIn(at, timeZone);
  const today = dayOf(now);
  const agencyId = job.createdByServiceProviderId;
  const portalOwnerName = names.get(agencyId ?? job.employerId) ?? names.get(job.employerId) ?? "";
  const placements: LmtStanding["placements"] = [];
  // The job's own portal ad is one placement: from publication until it closed (or today).
  if (job.publishedAt !== null) {
    const closed = job.closesAt !== null && job.closesAt.getTime() <= now.getTime();
    placements.push({
      id: `portal:${job.id}`,
      isPortalAd: true,
      board: `${input.portalTitle ?? portalOwnerName} job board`,
      nationalReach: settings?.portalNationalReach ?? false,
      url: jobLink,
      sourceCode: PORTAL_PLACEMENT_CODE,
      trackingUrl: jobLink,
      startsOn: dayOf(job.publishedAt),
      endsOn: closed ? dayOf(job.closesAt!) : null,
      days: 0,
      applicationCount: 0,
      views: null,
      row: null,
    });
  }
  // Each stay in a channel, from the day it entered to the day it left (or the ad closed).
  const closedOn = job.closesAt !== null && job.closesAt.getTime() <= now.getTime() ? dayOf(job.closesAt) : null;
  for (const stay of input.stays) {
    if (stay.enteredAt === null || job.publishedAt === null) continue;
    const left = stay.leftAt === null ? null : dayOf(stay.leftAt);
    const endsOn = left === null ? closedOn : closedOn === null || left < closedOn ? left : closedOn;
    const channel = stay.channel;
    const page = jobPath(job.id, job.title);
    placements.push({
      id: `channel:${stay.id}`,
      isPortalAd: false,
      board: channel.name,
      nationalReach: channel.nationalReach,
      url: channel.feedFormat === "indeed-xml" ? `${input.origin}/feeds/${channel.slug}.xml` : `${input.origin}${page}`,
      sourceCode: channel.slug,
      trackingUrl: trackedUrl(input.origin, page, channel.slug),
      startsOn: dayOf(stay.enteredAt),
      endsOn,
      days: 0,
      applicationCount: 0,
      views: null,
      row: null,
      channelSlug: channel.slug,
    });
  }
  for (const p of recorded) {
    placements.push({
      id: p.id,
      isPortalAd: false,
      board: p.board,
      nationalReach: p.nationalReach,
      url: p.url,
      sourceCode: p.sourceCode,
      trackingUrl: jobLink === null ? null : `${jobLink}?source=${encodeURIComponent(p.sourceCode)}`,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      days: 0,
      applicationCount: 0,
      views: null,
      row: p,
    });
  }
  // Days advertised so far: an ad booked to run past today has run only up to today.
  const soFar = (p: { endsOn: Day | null }): Day => (p.endsOn === null || p.endsOn > today ? today : p.endsOn);
  for (const p of placements) p.days = p.startsOn > today ? 0 : runDays(p.startsOn, soFar(p));
  if (input.views !== null) {
    // A view counts for the placement whose code its link carried, on a day the placement ran.
    for (const p of placements) {
      const byDay = input.views.get(p.sourceCode);
      let total = 0;
      for (const [day, n] of byDay ?? []) if (day >= p.startsOn && (p.endsOn === null || day <= p.endsOn)) total += n;
      p.views = total;
    }
  }

  const advertiserName = advertiserNameOf(names, job.employerId, agencyId);
  const domainPlacements: LmtPlacement[] = placements.map((p) => ({
    board: p.board,
    nationalReach: p.nationalReach,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
  }));
  const context = {
    today,
    intendedLodgement: settings?.intendedLodgement ?? null,
    redundancyOn: settings?.redundancyOn ?? null,
  };
  const assessment = assessLmt(lmtAdOf(job, advertiserName), domainPlacements, context);
  return { today, placements, assessment, advertiserName, context, soFar };
}
