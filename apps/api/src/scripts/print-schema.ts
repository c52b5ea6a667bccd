import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchemaText } from "../graphql/print.js";

const target = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
writeFileSync(target, await printSchemaText());
process.stdout.write(`wrote ${target}\n`);
