export * from "./identity.js";
export * from "./billing.js";
export * from "./connections.js";
export * from "./jobs.js";
export * from "./ops.js";
export * from "./portal.js";
export * from "./lmt.js";
export * from "./contacts.js";
