import { annualEarnings, badInput, dayIn, publishChecks, type LmtAd, type LmtCheck, type SalaryPeriod } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { Executor } from "../../db/client.js";
import type { ServiceDeps } from "../deps.js";
import { lmtRepository as repo } from "./lmt.repository.js";

/** What the LMT checks read of a job ad, saved or still in the form. */
export interface LmtAdFacts {
  title: string;
  description: string;
  requirements: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryPeriod: SalaryPeriod | null;
  showSalary: boolean;
  durationDays: number;
  employerId: string;
  /** The agency that created it inside the employer's account, if any. */
  createdByServiceProviderId: string | null;
}

/** The form's fields, as JobInput carries them. */
export interface LmtFormInput {
  title: string;
  description: string;
  requirements?: string | null;
  salary?: { min?: number | null; max?: number | null; period: SalaryPeriod } | null;
  showSalary?: boolean;
  durationDays: number;
}

/** The domain's view of an ad (R8): what it pays a year, whether it shows it, and who it names. */
export function lmtAdOf(facts: LmtAdFacts, advertiserName: string | null): LmtAd {
  const salary = facts.salaryPeriod === null ? null : { min: facts.salaryMin, max: facts.salaryMax, period: facts.salaryPeriod };
  return {
    title: facts.title,
    description: facts.description,
    requirements: facts.requirements,
    advertiserName,
    annualEarnings: annualEarnings(salary),
    salaryShown: facts.showSalary && salary !== null && (salary.min !== null || salary.max !== null),
    durationDays: facts.durationDays,
  };
}

/** "Coastal Cafe", or "Coastal Cafe (advertised by Harbour Migration)" for an ad an agency created. */
export function advertiserNameOf(names: Map<string, string>, employerId: string, agencyId: string | null): string | null {
  const employer = names.get(employerId) ?? null;
  const agency = agencyId === null ? null : (names.get(agencyId) ?? null);
  if (employer === null) return agency;
  return agency === null ? employer : `${employer} (advertised by ${agency})`;
}

/**
 * R8's publish-time checks, shared by the form (live), publishing and editing a published LMT ad.
 * Built only on the database and the clock, so the jobs module can use it without a cycle.
 */
export class LmtChecksService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The checks known before the ad runs, for a saved ad or the form's values. */
  async checksFor(db: Executor, facts: LmtAdFacts, jobId: string | null): Promise<LmtCheck[]> {
    const agencyId = facts.createdByServiceProviderId;
    const names = await repo.organizationNames(db, agencyId === null ? [facts.employerId] : [facts.employerId, agencyId]);
    const settings = jobId === null ? undefined : await repo.settings(db, jobId);
    return publishChecks(lmtAdOf(facts, advertiserNameOf(names, facts.employerId, agencyId)), {
      today: dayIn(this.deps.clock.now(), this.deps.config.lmtTimeZone),
      intendedLodgement: settings?.intendedLodgement ?? null,
    });
  }

  /**
   * Throws BAD_USER_INPUT naming every failing publish-time check (fields keyed by check code).
   * Runs inside the caller's transaction, before anything is charged.
   */
  async assertPublishable(
    db: Executor,
    facts: LmtAdFacts & { lmt: boolean },
    jobId: string | null,
    what = "published",
  ): Promise<void> {
    if (!facts.lmt) return;
    const failing = (await this.checksFor(db, facts, jobId)).filter((c) => c.atPublish && !c.passed);
    if (failing.length === 0) return;
    throw badInput(
      Object.fromEntries(failing.map((c) => [c.code, c.detail ?? c.label])),
      `This Labour Market Testing ad cannot be ${what} until it passes: ${failing.map((c) => c.label).join("; ")}.`,
    );
  }

  /** The form's live checks (query lmtChecks): the unsaved values, advertised by the current organization. */
  async formChecks(viewer: Viewer | null, input: LmtFormInput, jobId: string | null): Promise<LmtCheck[]> {
    assertCan(viewer, "jobs.read");
    const employerId = currentOrganizationId(viewer);
    let agencyId = viewer.accessing !== null ? viewer.organizationId : null;
    let savedJobId: string | null = null;
    if (jobId !== null && UUID.test(jobId)) {
      const job = await repo.jobOfEmployer(this.deps.db, jobId, employerId);
      if (job !== undefined) {
        savedJobId = job.id;
        agencyId = job.createdByServiceProviderId;
      }
    }
    const salary = input.salary ?? null;
    return this.checksFor(
      this.deps.db,
      {
        title: input.title,
        description: input.description,
        requirements: input.requirements ?? null,
        salaryMin: salary?.min ?? null,
        salaryMax: salary?.max ?? null,
        salaryPeriod: salary?.period ?? null,
        showSalary: input.showSalary ?? true,
        durationDays: input.durationDays,
        employerId,
        createdByServiceProviderId: agencyId,
      },
      savedJobId,
    );
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
