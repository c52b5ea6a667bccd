import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM } from "./support.js";

/** Lighthouse's four category scores, 0 to 100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  "best-practices": number;
  seo: number;
}

export interface LighthouseResult {
  url: string;
  /** Where the page ended up (a signed-in page that redirected to sign-in shows it here). */
  finalUrl: string;
  scores: LighthouseScores;
  /** The audits that did not pass, for a readable failure: id, title and score. */
  failing: { id: string; title: string; score: number | null }[];
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
}

export interface LighthouseOptions {
  /** Sent with every request of the run: a signed-in page needs the session's Cookie header. */
  headers?: Record<string, string>;
}

/**
 * Lighthouse (npm `lighthouse`, pinned to 12.2.3 because 13 needs Node 22) driving Debian's
 * chromium with its default mobile settings: a Moto G Power's screen, 4x CPU slowdown and
 * simulated slow 4G. One chromium per call, so runs never share a cache. Signed-in pages take
 * the session as a Cookie header.
 */
export async function runLighthouse(url: string, options: LighthouseOptions = {}): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      ...(options.headers === undefined ? {} : { extraHeaders: options.headers }),
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: keyof LighthouseScores) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter(
        (a) =>
          a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable",
      )
      .map((a) => ({ id: a.id, title: a.title, score: a.score }));
    const metric = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
    return {
      url,
      finalUrl: result.lhr.finalDisplayedUrl,
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        seo: score("seo"),
      },
      failing,
      metrics: {
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
        si: metric("speed-index"),
      },
    };
  } finally {
    chrome.kill();
  }
}

/** One line per page for logs and the README. */
export function describeScores(name: string, r: LighthouseResult): string {
  const s = r.scores;
  const m = r.metrics;
  return `${name}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s["best-practices"]}, SEO ${s.seo} (FCP ${m.fcp} ms, LCP ${m.lcp} ms, TBT ${m.tbt} ms, CLS ${m.cls})`;
}
