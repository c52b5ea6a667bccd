import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../../test/db.js";
import type { Database } from "../../db/client.js";
import { organizations } from "../../db/schema/index.js";
import { connectionsRepository } from "./connections.repository.js";
import { uniqueViolation } from "../../db/unique-violation.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(() => database.close());

describe("uniqueViolation on this engine", () => {
  it("names the partial index a second open invitation runs into, and ignores other errors", async () => {
    const [agency] = await database.db.insert(organizations).values({ kind: "SERVICE_PROVIDER", name: "A" }).returning();
    const invite = () =>
      connectionsRepository.insert(database.db, {
        serviceProviderId: agency!.id,
        invitedCompanyName: "X",
        invitedEmail: "x@example.com",
        status: "PENDING",
      });
    await invite();
    const error = await invite().catch((e: unknown) => e);
    expect(uniqueViolation(error)).toBe("client_connections_open_email_key");
    expect(uniqueViolation(new Error("other"))).toBeNull();

    // Inside a transaction too (drizzle wraps the driver's error the same way).
    const inTx = await database.db
      .transaction((tx) =>
        connectionsRepository.insert(tx, {
          serviceProviderId: agency!.id,
          invitedCompanyName: "Y",
          invitedEmail: "x@example.com",
        }),
      )
      .catch((e: unknown) => e);
    expect(uniqueViolation(inTx)).toBe("client_connections_open_email_key");
  });
});
