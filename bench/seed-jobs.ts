/**
 * Published ads for the benches, loaded fast: one `INSERT … SELECT generate_series` per 100,000 with
 * the jobs table's indexes dropped and rebuilt after. 100 agencies and 2,000 employers: half the ads an
 * agency posted inside a client's account, half employers' own (by card); hourly and yearly pay, a
 * tenth with the salary hidden; published two seconds apart, open for 400 days.
 */
import type postgres from "postgres";

const TITLES = [
  "Barista",
  "Chef",
  "Nurse",
  "Electrician",
  "Plumber",
  "Accountant",
  "Driver",
  "Teacher",
  "Cleaner",
  "Welder",
  "Carpenter",
  "Receptionist",
  "Mechanic",
  "Developer",
  "Analyst",
  "Labourer",
  "Pharmacist",
  "Butcher",
  "Baker",
  "Gardener",
  "Painter",
  "Tiler",
  "Bricklayer",
  "Cook",
  "Waiter",
  "Bartender",
  "Librarian",
  "Surveyor",
  "Engineer",
  "Designer",
];
const CITIES = [
  "Sydney",
  "Melbourne",
  "Brisbane",
  "Perth",
  "Adelaide",
  "Hobart",
  "Darwin",
  "Canberra",
  "Newcastle",
  "Geelong",
  "Cairns",
  "Townsville",
  "Wollongong",
  "Ballarat",
  "Bendigo",
  "Launceston",
  "Mackay",
  "Toowoomba",
  "Albury",
  "Manly",
];
const arr = (words: string[]) => `ARRAY[${words.map((w) => `'${w}'`).join(",")}]`;

/**
 * Loads `count` jobs in batches of 100,000 (`insertBatch(from, to)` inserts rows from..to), with the
 * jobs table's indexes dropped first and built once at the end (a bulk load is much faster that way),
 * then analyzed.
 */
export async function loadJobsInBatches(
  sql: postgres.Sql,
  count: number,
  insertBatch: (from: number, to: number) => Promise<unknown>,
): Promise<void> {
  const indexes = await sql`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'jobs' AND indexname <> 'jobs_pkey'`;
  for (const ix of indexes) await sql.unsafe(`DROP INDEX ${ix.indexname}`);
  const t0 = performance.now();
  const BATCH = 100_000;
  for (let from = 1; from <= count; from += BATCH) {
    const to = Math.min(count, from + BATCH - 1);
    await insertBatch(from, to);
    process.stderr.write(`  loaded ${to} jobs\r`);
  }
  console.error(
    `\nloaded ${count} jobs in ${((performance.now() - t0) / 1000).toFixed(0)}s; building ${indexes.length} indexes…`,
  );
  const t1 = performance.now();
  await sql.begin(async (tx) => {
    await tx`SET LOCAL maintenance_work_mem = '512MB'`;
    for (const ix of indexes) await tx.unsafe(ix.indexdef);
  });
  await sql`VACUUM ANALYZE jobs`;
  await sql`VACUUM ANALYZE organizations`;
  console.error(`indexes built and analyzed in ${((performance.now() - t1) / 1000).toFixed(0)}s`);
}

export async function seedPublishedJobs(sql: postgres.Sql, count: number): Promise<void> {
  // 100 agencies and 2,000 employers: half the ads an agency posted inside a client's account, half employers' own.
  const employers: string[] = [];
  const agencies: string[] = [];
  for (let a = 0; a < 100; a++) {
    const [agency] = await sql`INSERT INTO organizations (kind, name) VALUES ('SERVICE_PROVIDER', ${"Agency " + a}) RETURNING id`;
    agencies.push(agency!.id as string);
  }
  const rows =
    await sql`INSERT INTO organizations (kind, name) SELECT 'EMPLOYER', 'Employer ' || g FROM generate_series(1, 2000) g RETURNING id`;
  employers.push(...rows.map((r) => r.id as string));
  await loadJobsInBatches(
    sql,
    count,
    (from, to) =>
      // Half the ads were posted by an agency inside a client's account, half by employers themselves (by card).
      sql`
      INSERT INTO jobs (employer_id, created_by_service_provider_id, title, description, requirements, city, state, postcode, country, work_type,
                        salary_min, salary_max, salary_period, salary_currency, show_salary, status, duration_days, created_at, updated_at,
                        published_at, closes_at, paid_by, payer_organization_id, paid_amount_cents)
      SELECT e.id, CASE WHEN i % 2 = 0 THEN (${sql.array(agencies)}::uuid[])[1 + abs(hashint4(i + 41)) % 100] END,
        (ARRAY['Senior','Junior','Lead','Casual','Trainee','Assistant'])[1 + abs(hashint4(i)) % 6] || ' ' ||
          (${sql.unsafe(arr(TITLES))})[1 + abs(hashint4(i + 7)) % 30],
        'Join our friendly team in a busy ' ||
          (ARRAY['cafe','hospital','workshop','office','school','warehouse','site','restaurant','clinic','store'])[1 + abs(hashint4(i + 3)) % 10] ||
          '. You will work with ' || (ARRAY['customers','patients','students','clients','suppliers'])[1 + abs(hashint4(i + 5)) % 5] ||
          ' every day, plan your own week with the team leader and grow your skills with paid training and a mentor. ' ||
          'We offer flexible rosters, a staff discount, free parking and a bonus after six months. ' ||
          'Reference ' || i || CASE WHEN i % 1000 = 0 THEN '. Visa sponsorship available.' ELSE '.' END || E'\n\n' ||
          'About us: a local business that has looked after its people and its community for twenty years. ' ||
          'Tell us in a few lines why the role suits you, and attach your CV.',
        'Two years of experience. A current driver licence. Right to work in Australia.',
        c.city, (ARRAY['NSW','VIC','QLD','WA','SA','TAS','NT','ACT'])[1 + abs(hashint4(i + 13)) % 8],
        lpad((1000 + abs(hashint4(i + 17)) % 8000)::text, 4, '0'), 'AU',
        (ARRAY['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME','CASUAL','CONTRACT','TEMPORARY']::work_type[])[1 + abs(hashint4(i + 19)) % 7],
        CASE WHEN i % 5 = 0 THEN 25 + abs(hashint4(i)) % 30 ELSE 50000 + abs(hashint4(i)) % 50000 END,
        CASE WHEN i % 5 = 0 THEN 55 + abs(hashint4(i)) % 30 ELSE 100000 + abs(hashint4(i)) % 60000 END,
        (CASE WHEN i % 5 = 0 THEN 'HOUR' ELSE 'YEAR' END)::salary_period, 'AUD', i % 10 <> 0,
        'PUBLISHED', 30, now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2),
        now() - make_interval(secs => i * 2) + interval '400 days',
        'CARD', e.id, 19900
      FROM generate_series(${from}::int, ${to}::int) i
      CROSS JOIN LATERAL (SELECT (${sql.array(employers)}::uuid[])[1 + abs(hashint4(i + 23)) % 2000] AS id) e
      CROSS JOIN LATERAL (SELECT (${sql.unsafe(arr(CITIES))})[1 + abs(hashint4(i + 11)) % 20] AS city) c`,
  );
}
