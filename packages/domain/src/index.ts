export * from "./errors.js";
export * from "./money.js";
export * from "./credits/payer.js";
export * from "./credits/ledger.js";
export * from "./credits/lots.js";
export * from "./plans/purchase.js";
export * from "./portal/portal-status.js";
export * from "./identity/accounts.js";
