import type { ServiceDeps } from "./modules/deps.js";
import { IdentityService } from "./modules/identity/identity.service.js";
import { BillingService } from "./modules/billing/billing.service.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { JobsService } from "./modules/jobs/jobs.service.js";
import { PublishService } from "./modules/jobs/publish.service.js";

/** Every service, built once per server from the same dependencies. */
export function createServices(deps: ServiceDeps) {
  const identity = new IdentityService(deps);
  const billing = new BillingService(deps);
  const audit = new AuditService(deps);
  const jobs = new JobsService(deps, audit);
  const publish = new PublishService(deps, identity, billing, audit);
  return { identity, billing, audit, jobs, publish };
}

export type Services = ReturnType<typeof createServices>;
