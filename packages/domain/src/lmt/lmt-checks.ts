import { addDays, addMonths, runDays, type Day } from "./dates.js";
import { LMT_RULE_SETS, rulesOn, type LmtRuleSet } from "./rules.js";

/** R8 Labour Market Testing checks: pure functions over an ad, its placements and the rules in force. */
export type SalaryPeriod = "HOUR" | "DAY" | "WEEK" | "MONTH" | "YEAR";

export interface LmtAd {
  title: string;
  description: string;
  requirements: string | null;
  /** The employer's or agency's name the ad shows. */
  advertiserName: string | null;
  /** What the role pays a year in whole dollars, shown or not; null when unknown. */
  annualEarnings: number | null;
  /** Whether the ad shows the salary (a range will do). */
  salaryShown: boolean;
  durationDays: number;
}

export interface LmtPlacement {
  board: string;
  nationalReach: boolean;
  startsOn: Day;
  /** Null while it still runs. */
  endsOn: Day | null;
}

export interface LmtContext {
  today: Day;
  /** When the nomination is meant to be lodged; rules and the 4-month window are judged on it. */
  intendedLodgement: Day | null;
  /** A redundancy in the role's occupation: ads that started before it no longer count. */
  redundancyOn: Day | null;
  rules?: readonly LmtRuleSet[];
}

export type LmtCheckCode =
  | "ENGLISH"
  | "POSITION"
  | "SKILLS"
  | "ADVERTISER"
  | "SALARY"
  | "RUN_LENGTH"
  | "NATIONAL_REACH"
  | "CONTINUITY"
  | "LODGEMENT_WINDOW"
  | "REDUNDANCY";

export interface LmtCheck {
  code: LmtCheckCode;
  label: string;
  passed: boolean;
  detail: string | null;
  /** Known before the ad runs: an LMT ad cannot be published while one of these fails. */
  atPublish: boolean;
}

/** A board's placements merged into one run; a gap of a day or more breaks it. */
export interface LmtRun {
  board: string;
  nationalReach: boolean;
  startsOn: Day;
  endsOn: Day;
  /** Days advertised so far: a run counts up to today, not to a future end date. */
  days: number;
  /** Still advertised today (no end date, or one still ahead). */
  running: boolean;
  gaps: { after: Day; resumedOn: Day; days: number }[];
}

export interface LmtAssessment {
  checks: LmtCheck[];
  compliant: boolean;
  runs: LmtRun[];
  /** The runs that count towards the nomination. */
  counted: LmtRun[];
  earliestLodgement: Day | null;
  latestLodgement: Day | null;
}

const HOURS_A_YEAR = 38 * 52;
/** A salary period's count in a year (a 38-hour week, a 5-day week); jobs.salary_annual (SQL) holds the same. */
export const PER_YEAR: Record<SalaryPeriod, number> = { HOUR: HOURS_A_YEAR, DAY: 5 * 52, WEEK: 52, MONTH: 12, YEAR: 1 };

/** Annual earnings from a salary range: the top of the range, as the role pays up to it. */
export function annualEarnings(salary: { min: number | null; max: number | null; period: SalaryPeriod } | null): number | null {
  const top = salary?.max ?? salary?.min ?? null;
  return salary === null || top === null ? null : Math.round(top * PER_YEAR[salary.period]);
}

const ENGLISH_WORDS = new Set(
  "the and to of a in for with you your we our is are will be on as at or an this that work role team experience".split(" "),
);

/** A plain heuristic: mostly Latin letters and a fair share of common English words. */
export function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /[A-Za-z]/.test(c)).length;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const common = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return latin / letters.length >= 0.9 && (words.length < 8 || common / words.length >= 0.08);
}

const money = (dollars: number) => `$${dollars.toLocaleString("en-AU")}`;
const check = (
  code: LmtCheckCode,
  label: string,
  atPublish: boolean,
  passed: boolean,
  detail: string | null = null,
): LmtCheck => ({
  code,
  label,
  passed,
  detail,
  atPublish,
});

/** The checks that can be known before the ad runs (the form shows them live). */
export function publishChecks(ad: LmtAd, context: Pick<LmtContext, "today" | "intendedLodgement" | "rules">): LmtCheck[] {
  const rules = rulesOn(context.intendedLodgement ?? context.today, context.rules ?? LMT_RULE_SETS);
  const text = `${ad.title}\n${ad.description}\n${ad.requirements ?? ""}`;
  const threshold = rules.salaryDisclosureThreshold;
  const mustShowSalary = ad.annualEarnings === null || ad.annualEarnings < threshold;
  return [
    check(
      "ENGLISH",
      "Written in English",
      true,
      looksEnglish(text),
      looksEnglish(text) ? null : "The ad must be written in English.",
    ),
    check(
      "POSITION",
      "Names the position",
      true,
      ad.title.trim() !== "",
      ad.title.trim() === "" ? "Give the position's title." : null,
    ),
    check(
      "SKILLS",
      "States the skills or experience required",
      true,
      (ad.requirements ?? "").trim() !== "",
      (ad.requirements ?? "").trim() === "" ? "List the skills, experience or qualifications sought." : null,
    ),
    check(
      "ADVERTISER",
      "Names the sponsor or its recruitment agency",
      true,
      (ad.advertiserName ?? "").trim() !== "",
      (ad.advertiserName ?? "").trim() === "" ? "The ad must name the employer or its agency." : null,
    ),
    check(
      "SALARY",
      `Shows the salary when it is under ${money(threshold)} a year`,
      true,
      ad.salaryShown || !mustShowSalary,
      ad.salaryShown || !mustShowSalary
        ? null
        : ad.annualEarnings === null
          ? `Salary must be shown: enter what the role pays (a range will do).`
          : `Salary must be shown: the role pays ${money(ad.annualEarnings)}, under the ${money(threshold)} threshold.`,
    ),
    check(
      "RUN_LENGTH",
      `Runs for at least ${rules.minRunDays} days`,
      true,
      ad.durationDays >= rules.minRunDays,
      ad.durationDays >= rules.minRunDays ? null : `The ad runs ${ad.durationDays} days; LMT needs ${rules.minRunDays} in a row.`,
    ),
  ];
}

/** Merges each board's placements; overlapping or back-to-back days continue a run, a missed day breaks it. */
export function mergeRuns(placements: readonly LmtPlacement[], today: Day): LmtRun[] {
  const byBoard = new Map<string, LmtPlacement[]>();
  for (const p of placements) {
    const key = p.board.trim().toLowerCase();
    byBoard.set(key, [...(byBoard.get(key) ?? []), p]);
  }
  const runs: LmtRun[] = [];
  for (const group of byBoard.values()) {
    const sorted = [...group].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    let current: LmtRun | null = null;
    for (const p of sorted) {
      const ends = p.endsOn ?? today;
      const running = p.endsOn === null || p.endsOn >= today;
      if (current !== null && p.startsOn <= addDays(current.endsOn, 1)) {
        if (ends > current.endsOn) current.endsOn = ends;
        current.nationalReach ||= p.nationalReach;
        current.running ||= running;
        continue;
      }
      if (current !== null) {
        const gap: LmtRun["gaps"][number] = {
          after: current.endsOn,
          resumedOn: p.startsOn,
          days: runDays(addDays(current.endsOn, 1), addDays(p.startsOn, -1)),
        };
        runs.push(current);
        current = {
          board: p.board,
          nationalReach: p.nationalReach,
          startsOn: p.startsOn,
          endsOn: ends,
          days: 0,
          running,
          gaps: [gap],
        };
      } else {
        current = {
          board: p.board,
          nationalReach: p.nationalReach,
          startsOn: p.startsOn,
          endsOn: ends,
          days: 0,
          running,
          gaps: [],
        };
      }
    }
    if (current !== null) runs.push(current);
  }
  for (const r of runs) r.days = Math.max(0, runDays(r.startsOn, r.endsOn < today ? r.endsOn : today));
  return runs.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.board.localeCompare(b.board));
}

/** The whole assessment for the LMT report: publish checks plus what the placements show. */
export function assessLmt(ad: LmtAd, placements: readonly LmtPlacement[], context: LmtContext): LmtAssessment {
  const rules = rulesOn(context.intendedLodgement ?? context.today, context.rules ?? LMT_RULE_SETS);
  const runs = mergeRuns(placements, context.today);
  const lodgement = context.intendedLodgement;
  const longEnough = (r: LmtRun) => r.days >= rules.minRunDays;
  const afterRedundancy = (r: LmtRun) => context.redundancyOn === null || r.startsOn > context.redundancyOn;
  const inWindow = (r: LmtRun) => lodgement === null || r.startsOn >= addMonths(lodgement, -rules.lodgementWindowMonths);
  // Each run stands alone: a full run after a gap counts, and the broken piece before it is flagged.
  const eligible = (r: LmtRun) => r.nationalReach && afterRedundancy(r) && inWindow(r);
  const counted = runs.filter((r) => eligible(r) && longEnough(r));
  // Runs still under way count towards the dates they will reach if they keep running.
  const upcoming = runs.filter((r) => eligible(r) && !longEnough(r) && r.running);
  const projected = [...counted, ...upcoming];

  const k = rules.minNationalPlacements;
  const earliest = nth(projected.map((r) => addDays(r.startsOn, rules.minRunDays)).sort(), k - 1);
  const latest = nth(
    projected
      .map((r) => addMonths(r.startsOn, rules.lodgementWindowMonths))
      .sort()
      .reverse(),
    k - 1,
  );
  const national = runs.filter((r) => r.nationalReach);
  const broken = runs.filter((r) => r.gaps.length > 0);
  const short = runs.filter((r) => !longEnough(r) && !r.running);
  const stale = lodgement === null ? [] : runs.filter((r) => !inWindow(r));
  const beforeRedundancy = runs.filter((r) => !afterRedundancy(r));
  const windowOk =
    counted.length >= k &&
    earliest !== null &&
    latest !== null &&
    earliest <= latest &&
    (lodgement === null || (lodgement >= earliest && lodgement <= latest));
  const stillRunning = upcoming.map(
    (r) => `${r.board} reaches ${rules.minRunDays} days on ${addDays(r.startsOn, rules.minRunDays - 1)}`,
  );

  const checks = [
    ...publishChecks(ad, context),
    check(
      "NATIONAL_REACH",
      `At least ${k} ads with national reach`,
      false,
      counted.length >= k,
      counted.length >= k
        ? null
        : [`${counted.length} of ${national.length} national ads count so far; ${k} are needed.`, ...stillRunning].join(" "),
    ),
    check(
      "CONTINUITY",
      "Each ad runs without a break",
      false,
      short.length === 0,
      [
        ...broken.flatMap((r) =>
          r.gaps.map((g) => `${r.board}: not advertised for ${g.days} day${g.days === 1 ? "" : "s"} after ${g.after}`),
        ),
        ...short.map(
          (r) => `${r.board}: ran ${r.days} day${r.days === 1 ? "" : "s"} from ${r.startsOn}, under ${rules.minRunDays}`,
        ),
      ].join("; ") || null,
    ),
    check(
      "LODGEMENT_WINDOW",
      `All counted ads within ${rules.lodgementWindowMonths} months before lodgement`,
      false,
      windowOk,
      stale.length > 0
        ? `Started more than ${rules.lodgementWindowMonths} months before ${lodgement}: ${stale.map((r) => `${r.board} (${r.startsOn})`).join(", ")}`
        : windowOk
          ? null
          : earliest !== null && latest !== null && earliest > latest
            ? `No day works: the ads finish their ${rules.minRunDays} days on ${earliest} but the earliest one is too old after ${latest}.`
            : lodgement !== null && earliest !== null && lodgement < earliest
              ? `Lodge on or after ${earliest}.`
              : "Not enough ads count yet to lodge.",
    ),
    check(
      "REDUNDANCY",
      "No redundancy in the occupation after the ads started",
      false,
      beforeRedundancy.length === 0,
      beforeRedundancy.length === 0
        ? null
        : `Started before the redundancy on ${context.redundancyOn}: ${beforeRedundancy.map((r) => r.board).join(", ")}`,
    ),
  ];
  return {
    checks,
    compliant: checks.every((c) => c.passed),
    runs,
    counted,
    earliestLodgement: earliest,
    latestLodgement: latest,
  };
}

function nth(values: readonly Day[], index: number): Day | null {
  return values[index] ?? null;
}
