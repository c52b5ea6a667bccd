import { DateTimeResolver } from "graphql-scalars";

/** The contract names the date scalar DateTime (graphql-scalars), not type-graphql's DateTimeISO. */
export const scalarsMap = [{ type: Date, scalar: DateTimeResolver }];
