// Checks what the compose specification's schema (dclint) cannot: that the files compose.yaml mounts exist, that the
// replicas read git-sync's link, and that they trust only the edge's address. Exits 1 with every problem listed.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const folder = join(dirname(fileURLToPath(import.meta.url)), "compose");
const compose = parse(readFileSync(join(folder, "compose.yaml"), "utf8"), { merge: true });
const problems = [];
const argument = (command, flag) => command?.find((arg) => arg.startsWith(`--${flag}=`))?.slice(flag.length + 3);

for (const [name, service] of Object.entries(compose.services)) {
  for (const volume of service.volumes ?? []) {
    const source = typeof volume === "string" ? volume.split(":")[0] : volume.source;
    if (source.startsWith(".") && !existsSync(join(folder, source))) problems.push(`${name} mounts ${source}, which does not exist`);
  }
}

const { api, edge } = compose.services;
const syncs = Object.values(compose.services).filter((service) => String(service.image).startsWith("registry.k8s.io/git-sync/git-sync:v4."));
if (syncs.length === 0) problems.push("no git-sync v4 service");
for (const sync of syncs) {
  const link = `${argument(sync.command, "root")}/${argument(sync.command, "link")}`;
  if (api.environment.Content__Path !== link) problems.push(`api reads ${api.environment.Content__Path}, git-sync publishes ${link}`);
}
if (api.deploy?.replicas !== 3) problems.push(`api runs ${api.deploy?.replicas} replicas, not 3`);
if (api.environment.RateLimit__Enabled !== "false") problems.push("api limits rates per client address behind the edge, where every request has the edge's address");
const edgeAddress = edge.networks?.internal?.ipv4_address;
if (!edgeAddress || api.environment.ForwardedHeaders__KnownProxies__0 !== edgeAddress) {
  problems.push(`api trusts forwarded headers from ${api.environment.ForwardedHeaders__KnownProxies__0}, the edge is at ${edgeAddress}`);
}

if (problems.length > 0) {
  console.error(problems.map((problem) => `error: compose.yaml: ${problem}`).join("\n"));
  process.exit(1);
}
console.log("compose.yaml: mounts, git-sync's link, replicas and the trusted proxy agree");
