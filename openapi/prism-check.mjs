// Sends the HTTP scenarios through a Stoplight Prism validating proxy in front of the built API on the sample journal,
// and fails on any violation: a request the document rejects though the server takes it, or an answer it does not describe.
// Usage (from the repository root, after the build): node openapi/prism-check.mjs
// JOURNALAPI_DLL names the built app (default: the Debug build of src/JournalApi).
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const openapi = dirname(fileURLToPath(import.meta.url));
const root = dirname(openapi);
const documentPath = join(openapi, "journal-api.json");
const dll = process.env.JOURNALAPI_DLL ?? join(root, "src/JournalApi/bin/Debug/net10.0/JournalApi.dll");

// ok: 2xx answered and described; then the same request with its ETag must answer a described 304.
// refused: the schema allows it, the server answers 400 naming the parameter (described too).
// schemaRejects: the schema rejects it and so does the server (400): Prism must report a request violation.
const scenarios = [
  { path: "/api/posts", expect: "ok" },
  { path: "/api/posts?emotion=grief", expect: "ok" },
  { path: "/api/posts?tag=connection&tag=family&tagMatch=any", expect: "ok" },
  { path: "/api/posts?tag=connection,family&tagMatch=any&emotion=grief,longing&emotionMatch=exact", expect: "ok" },
  { path: "/api/posts?tag=rock%5C,paper", expect: "ok" },
  { path: "/api/posts?emotion=grieff", expect: "ok" },
  { path: "/api/posts?excludeTag=family&excludeEmotion=anger&from=2024-01-01&to=2025-12-31", expect: "ok" },
  { path: "/api/posts?year=2025&month=7&sort=date&page=1&pageSize=5", expect: "ok" },
  { path: "/api/posts?q=reaching%20out&tag=connection", expect: "ok" },
  { path: "/api/posts?q=connect*&sort=relevance", expect: "ok" },
  { path: "/api/posts?pageSize=2&page=3", expect: "ok" },
  { path: "/api/posts?tag=nothing-carries-this", expect: "ok" },
  { path: `/api/posts?tagMatch=any&tag=${Array.from({ length: 20 }, (_, i) => String.fromCharCode(97 + i).repeat(50)).join(",")}`, expect: "ok" },
  { path: "/api/posts?month=7", expect: "refused" },
  { path: "/api/posts?tags=grief", expect: "refused" },
  { path: "/api/tags?page=2", expect: "refused" },
  { path: "/api/posts?from=2025-08-01&to=2025-07-01", expect: "refused" },
  { path: "/api/posts?q=the", expect: "refused" },
  { path: "/api/posts?sort=relevance", expect: "refused" },
  // 21 different values over two occurrences: each occurrence fits the schema, the total is over the server's 20.
  { path: `/api/posts?tag=${Array.from({ length: 11 }, (_, i) => `a${i}`).join(",")}&tag=${Array.from({ length: 10 }, (_, i) => `b${i}`).join(",")}`, expect: "refused" },
  { path: "/api/posts?page=0", expect: "schemaRejects" },
  { path: "/api/posts?from=2025-02-30", expect: "schemaRejects" },
  { path: "/api/posts?pageSize=101", expect: "schemaRejects" },
  { path: "/api/posts?sort=bogus", expect: "schemaRejects" },
  { path: "/api/posts?tagMatch=ANY", expect: "schemaRejects" },
  { path: "/api/posts?year=abc", expect: "schemaRejects" },
  { path: `/api/posts?tag=${"x,".repeat(520)}`, expect: "schemaRejects" },
  { path: "/api/posts/on-this-day?date=07-14", expect: "ok" },
  { path: "/api/posts/on-this-day?date=13-45", expect: "refused" },
  { path: "/api/posts/on-this-day?date=7-14", expect: "schemaRejects" },
  { path: "/api/posts/the-call-that-never-came", expect: "ok" },
  { path: "/api/posts/the-call-that-never-came?emotion=grief", expect: "ok" },
  { path: "/api/posts/no-such-post", expect: "notFound" },
  { path: "/api/posts/the-call-that-never-came/related?limit=3", expect: "ok" },
  { path: "/api/posts/the-call-that-never-came/related?limit=0", expect: "schemaRejects" },
  { path: "/api/posts/by-url?path=%2F2025%2F07%2F14%2Fthe-call-that-never-came%2F", expect: "ok" },
  { path: "/api/posts/by-url?path=%2Fno%2Fsuch%2Fpage%2F", expect: "notFound" },
  { path: "/api/posts/by-url?path=no-slash", expect: "schemaRejects" },
  { path: "/api/tags", expect: "ok" },
  { path: "/api/categories", expect: "ok" },
  { path: "/api/posts?category=travel&excludeCategory=work", expect: "ok" },
  // Prism matches a path parameter within one segment, so the sample picture is also served from the folder's top.
  { path: "/media/canal-path.png", expect: "ok" },
  { path: "/media/no-such-picture.png", expect: "notFound" },
  { path: "/api/emotions", expect: "ok" },
  { path: "/api/emotions/grief", expect: "ok" },
  { path: "/api/emotions/no-such-feeling", expect: "notFound" },
  { path: "/api/emotions/timeline?interval=month&from=2025-01-01&to=2025-12-31", expect: "ok" },
  { path: "/api/emotions/timeline?interval=week&emotion=grief", expect: "ok" },
  { path: "/api/emotions/timeline?interval=MONTH", expect: "schemaRejects" },
  { path: "/api/archive", expect: "ok" },
  { path: "/api/diagnostics", expect: "ok" },
  { path: "/api/changes", expect: "ok" },
  { path: "/api/changes?since=$version", expect: "ok" },
  { path: "/api/changes?since=0000000000000000", expect: "gone" },
  { path: "/api/changes/stream", expect: "stream" },
  { path: "/feeds/atom.xml?emotion=grief", expect: "ok" },
  { path: "/feeds/rss.xml", expect: "ok" },
  { path: "/feeds/feed.json?tag=connection", expect: "ok" },
  { path: "/health/live", expect: "ok" },
  { path: "/health/ready", expect: "ok" },
];

const expectedStatus = { refused: 400, schemaRejects: 400, notFound: 404, gone: 410 };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(command, args, name) {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  child.on("exit", (code) => { if (!stopping) console.error(`${name} exited early (${code}):\n${log}`); });
  return { child, log: () => log };
}

async function waitFor(url, what) {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

/** Prism's verdict on one exchange: the violations it names (header or error body), and the answer. */
async function send(base, path, headers = {}) {
  const response = await fetch(base + path, { headers, signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  const violations = [];
  const header = response.headers.get("sl-violations");
  if (header) violations.push(...JSON.parse(header).map((v) => `${v.location?.join(".")}: ${v.message}`));
  if ((response.headers.get("content-type") ?? "").includes("json") && body.includes("stoplight.io/prism/errors")) {
    const problem = JSON.parse(body);
    violations.push(...(problem.validation ?? [{ message: problem.detail ?? problem.title }]).map((v) => `${v.location?.join(".") ?? problem.type}: ${v.message}`));
  }
  return { status: response.status, etag: response.headers.get("etag"), body, violations };
}

let stopping = false;
const documented = JSON.parse(readFileSync(documentPath, "utf8"));
const failures = [];
const covered = new Set();
const apiPort = await freePort();
const prismPort = await freePort();
// The sample journal, with its picture copied to the top of the folder as well (see the /media scenario).
const content = mkdtempSync(join(tmpdir(), "journalapi-prism-"));
cpSync(join(root, "content"), content, { recursive: true });
cpSync(join(root, "content/assets/canal-path.png"), join(content, "canal-path.png"));
const api = start("dotnet", [dll, "--content", content, "--urls", `http://127.0.0.1:${apiPort}`,
  "--RateLimit:Enabled", "false", "--Limits:StreamLifetimeSeconds", "2", "--Content:Watch", "false"], "the API");
const prism = start(join(openapi, "node_modules/.bin/prism"),
  ["proxy", documentPath, `http://127.0.0.1:${apiPort}`, "--errors", "--host", "127.0.0.1", "--port", String(prismPort)], "Prism");
try {
  await waitFor(`http://127.0.0.1:${apiPort}/health/ready`, "The API");
  await waitFor(`http://127.0.0.1:${prismPort}/health/live`, "Prism");
  const direct = `http://127.0.0.1:${apiPort}`;
  const proxy = `http://127.0.0.1:${prismPort}`;
  const version = JSON.parse(await (await fetch(`${direct}/api/changes`)).text()).version;
  let exchanges = 0;
  for (const scenario of scenarios) {
    const path = scenario.path.replace("$version", version);
    const template = Object.keys(documented.paths).find((p) =>
      new RegExp(`^${p.replace(/\{[^}]+\}/g, p.startsWith("/media/") ? "[^?]+" : "[^/?]+")}(\\?|$)`).test(path) && !(p.includes("{") && /on-this-day|timeline|by-url/.test(path)));
    covered.add(template);
    const result = await send(proxy, path);
    exchanges++;
    const label = `GET ${path.length > 120 ? path.slice(0, 120) + "..." : path}`;
    if (scenario.expect === "schemaRejects") {
      const server = await send(direct, path);
      if (!result.violations.some((v) => v.startsWith("request") || v.includes("query"))) failures.push(`${label}: the document accepts what the server refuses (${server.status})`);
      if (server.status !== 400) failures.push(`${label}: the server answered ${server.status}, not 400`);
      continue;
    }
    if (result.violations.length > 0) failures.push(`${label}: ${result.violations.join("; ")}`);
    const wanted = expectedStatus[scenario.expect] ?? 200;
    if (result.violations.length === 0 && result.status !== wanted) failures.push(`${label}: answered ${result.status}, expected ${wanted} ${result.body.slice(0, 300)}`);
    if (scenario.expect === "ok" && result.etag) {
      const again = await send(proxy, path, { "If-None-Match": result.etag });
      exchanges++;
      if (again.violations.length > 0) failures.push(`${label} (If-None-Match): ${again.violations.join("; ")}`);
      else if (again.status !== 304) failures.push(`${label} (If-None-Match): answered ${again.status}, expected 304 ${again.body.slice(0, 300)}`);
    }
  }
  const missing = Object.keys(documented.paths).filter((p) => !covered.has(p));
  for (const p of missing) failures.push(`${p}: no scenario`);
  console.log(`Prism proxy: ${exchanges} exchanges over ${covered.size} documented paths, ${failures.length} violations`);
} catch (error) {
  failures.push(String(error));
} finally {
  stopping = true;
  prism.child.kill("SIGTERM");
  api.child.kill("SIGTERM");
  rmSync(content, { recursive: true, force: true });
}
for (const failure of failures) console.error(`violation: ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
