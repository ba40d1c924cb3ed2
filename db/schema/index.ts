export * from "./users";
export * from "./auth";
export * from "./cohorts";
export * from "./invites";
export * from "./audit";
export * from "./mail";
export * from "./rate-limits";
