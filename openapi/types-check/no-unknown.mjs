// The generated types must not fall back to `unknown`: every schema says what it holds. The one `unknown` allowed is
// openapi-typescript's own index signature for response headers (`[name: string]: unknown;`).
import { readFileSync } from "node:fs";

const file = new URL("./journal-api.d.ts", import.meta.url);
const lines = readFileSync(file, "utf8").split("\n");
const found = lines.map((line, i) => ({ line: line.trim(), number: i + 1 }))
  .filter(({ line }) => /\bunknown\b/.test(line) && line !== "[name: string]: unknown;");
for (const { line, number } of found) console.error(`journal-api.d.ts:${number}: ${line}`);
if (found.length > 0) {
  console.error(`${found.length} generated types are 'unknown'; give their schemas a type.`);
  process.exit(1);
}
