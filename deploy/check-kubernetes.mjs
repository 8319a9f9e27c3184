// Checks the Kubernetes manifests offline. Each kustomization is rendered with `kubectl kustomize`, and every object it
// yields must pass three checks:
//   1. the Kubernetes OpenAPI schema of its kind (kubernetes-models: types, required fields, enums, formats);
//   2. the TypeScript type of its kind (tsc on the object as a literal): the schemas allow unknown fields, so a
//      misspelt field such as `readinesProbe` passes them, but not TypeScript's excess-property check;
//   3. what the replicas need to work together (see checkReplicaRules).
// Exits 1 with every problem listed, 0 when there is none.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const targets = ["kubernetes", "kubernetes/overlays/baked"];
// The app gives requests in flight this long on SIGTERM (HostOptions.ShutdownTimeout in src/JournalApi/Http).
const appShutdownSeconds = 8;
const problems = [];

function render(target) {
  try {
    return execFileSync("kubectl", ["kustomize", join(here, target)], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new Error("kubectl is not installed: it renders the kustomizations (kubectl kustomize)");
    }
    problems.push(`${target}: kubectl kustomize failed: ${error.stderr || error.message}`);
    return "";
  }
}

function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

async function checkSchema(target, object) {
  const where = `${target}: ${object.kind}/${object.metadata?.name}`;
  let model;
  try {
    model = (await import(modulePath(object.apiVersion, object.kind)))[object.kind];
  } catch {
    problems.push(`${where}: no schema for ${object.apiVersion} ${object.kind}`);
    return;
  }
  try {
    new model(object).validate();
  } catch (error) {
    problems.push(`${where}: ${error.message}`);
  }
}

// One TypeScript file per kustomization: each object as a literal that `satisfies` its kind's interface.
function writeTypeCheck(target, objects, folder) {
  const imports = new Set();
  const lines = [];
  objects.forEach((object, index) => {
    const path = modulePath(object.apiVersion, object.kind);
    imports.add(`import type { I${object.kind} } from "${path}";`);
    lines.push(`// ${target}: ${object.kind}/${object.metadata?.name}`);
    lines.push(`export const object${index} = ${JSON.stringify(object, null, 2)} satisfies I${object.kind};`);
  });
  const file = join(folder, `${target.replaceAll("/", "-")}.ts`);
  writeFileSync(file, [...imports, "", ...lines, ""].join("\n"));
  return file;
}

function typeCheck(files, folder) {
  const config = {
    compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: true },
    files,
  };
  const project = join(folder, "tsconfig.json");
  writeFileSync(project, JSON.stringify(config, null, 2));
  try {
    execFileSync(join(here, "node_modules", ".bin", "tsc"), ["--project", project, "--pretty", "false"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    problems.push(`unknown or mistyped fields (TypeScript; the line is in the generated file):\n${error.stdout || error.stderr || error.message}`);
  }
}

const env = (container, name) => container.env?.find((variable) => variable.name === name)?.value;
const sameLabels = (selector, labels) => Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
const argument = (container, flag) => container.args?.find((arg) => arg.startsWith(`--${flag}=`))?.slice(flag.length + 3);

function checkReplicaRules(target, objects) {
  const fail = (message) => problems.push(`${target}: ${message}`);
  const byKind = (kind) => objects.filter((object) => object.kind === kind);
  const deployments = byKind("Deployment");
  if (deployments.length !== 1) {
    fail(`expected one Deployment, found ${deployments.length}`);
    return;
  }
  const deployment = deployments[0];
  const pod = deployment.spec.template.spec;
  const labels = deployment.spec.template.metadata?.labels;
  const api = pod.containers.find((container) => container.name === "api");
  if (!api) {
    fail("the Deployment has no container named api");
    return;
  }

  if (api.readinessProbe?.httpGet?.path !== "/health/ready") fail("the api container's readiness probe must ask /health/ready");
  if (api.livenessProbe?.httpGet?.path !== "/health/live") fail("the api container's liveness probe must ask /health/live");
  if (!api.resources?.requests?.cpu || !api.resources?.requests?.memory || !api.resources?.limits?.memory) {
    fail("the api container needs CPU and memory requests (the autoscaler counts from them) and a memory limit");
  }
  if (api.securityContext?.readOnlyRootFilesystem !== true) fail("the api container's root file system must be read-only");
  if (pod.securityContext?.runAsNonRoot !== true) fail("the pod must run as non-root");
  const preStop = api.lifecycle?.preStop?.sleep?.seconds ?? 0;
  const grace = pod.terminationGracePeriodSeconds ?? 30;
  if (grace < preStop + appShutdownSeconds) {
    fail(`terminationGracePeriodSeconds (${grace}) is shorter than the preStop pause (${preStop}) plus the app's ${appShutdownSeconds} s shutdown`);
  }

  for (const service of byKind("Service")) {
    if (!sameLabels(service.spec.selector, labels)) fail(`Service/${service.metadata.name} selects no pod of the Deployment`);
  }
  for (const budget of byKind("PodDisruptionBudget")) {
    if (!sameLabels(budget.spec.selector?.matchLabels, labels)) fail(`PodDisruptionBudget/${budget.metadata.name} selects no pod of the Deployment`);
  }
  const autoscalers = byKind("HorizontalPodAutoscaler");
  if (autoscalers.length !== 1) fail(`expected one HorizontalPodAutoscaler, found ${autoscalers.length}`);
  for (const autoscaler of autoscalers) {
    const scaled = autoscaler.spec.scaleTargetRef;
    if (scaled.kind !== "Deployment" || scaled.name !== deployment.metadata.name) fail(`HorizontalPodAutoscaler/${autoscaler.metadata.name} scales another object`);
    if (autoscaler.spec.minReplicas !== deployment.spec.replicas) {
      fail(`the autoscaler's minReplicas (${autoscaler.spec.minReplicas}) differs from the Deployment's replicas (${deployment.spec.replicas})`);
    }
  }

  const sync = (pod.initContainers ?? []).concat(pod.containers).find((container) => container.name === "git-sync");
  if (sync) {
    const root = argument(sync, "root");
    const link = argument(sync, "link");
    if (!root || !link) fail("git-sync needs --root and --link");
    if (env(api, "Content__Path") !== `${root}/${link}`) fail(`Content__Path (${env(api, "Content__Path")}) must be git-sync's link ${root}/${link}`);
    const volume = sync.volumeMounts?.find((mount) => mount.mountPath === root)?.name;
    const mount = api.volumeMounts?.find((candidate) => candidate.name === volume);
    if (!volume || mount?.mountPath !== root || mount?.readOnly !== true) fail(`the api container must mount git-sync's volume read-only at ${root}`);
    if (!/^registry\.k8s\.io\/git-sync\/git-sync:v4\./.test(sync.image)) fail(`git-sync must be the upstream v4 image, not ${sync.image}`);
    if (sync.restartPolicy !== "Always" || !sync.startupProbe) fail("git-sync must be a native sidecar (restartPolicy: Always) with a startup probe, so the API starts after the first sync");
  }
}

const generated = join(here, ".out");
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });
const files = [];
for (const target of targets) {
  const documents = parseAllDocuments(render(target));
  const objects = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      problems.push(`${target}: ${document.errors.map((error) => error.message).join("; ")}`);
    } else if (document.contents) {
      objects.push(document.toJS());
    }
  }
  console.log(`${target}: ${objects.map((object) => `${object.kind}/${object.metadata?.name}`).join(", ")}`);
  for (const object of objects) {
    await checkSchema(target, object);
  }
  checkReplicaRules(target, objects);
  files.push(writeTypeCheck(target, objects, generated));
}
typeCheck(files, generated);

if (problems.length > 0) {
  console.error(problems.map((problem) => `error: ${problem}`).join("\n"));
  console.error(`${problems.length} problem(s) in the Kubernetes manifests`);
  process.exit(1);
}
console.log(`every object of ${targets.length} kustomizations passes the Kubernetes schemas, their types and the replica rules`);
