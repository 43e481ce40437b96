import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { serveStatic, type StaticServer } from "./serve.ts";

/*
 * Serves the two builds the browser tests look at:
 *   - dist/          (built by `npm run build` beforehand) at "/"
 *   - dist-subpath/  (built here, BASE_PATH=/vinhphuc/) at "/vinhphuc/"
 * and hands their URLs and folders to the tests through `provide` / `inject`.
 * DIST_DIR names another root build (say DIST_DIR=dist-mine after OUT_DIR=./dist-mine astro build),
 * so that several people sharing a checkout do not test, or rebuild, each other's output; the
 * sub-path copy then goes to "<DIST_DIR>-subpath".
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** The root build, e.g. "http://127.0.0.1:40123/". */
    baseUrl: string;
    /** The sub-path build, e.g. "http://127.0.0.1:40124/vinhphuc/". */
    subpathUrl: string;
    /** Absolute path of the project folder. */
    projectRoot: string;
    /** Absolute path of the root build (dist/, or DIST_DIR). */
    distDir: string;
    /** Absolute path of the sub-path build (dist-subpath/, or "<DIST_DIR>-subpath"). */
    subpathDir: string;
  }
}

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const distName = (process.env["DIST_DIR"] ?? "dist").replace(/^\.\//, "").replace(/\/+$/, "");
export const rootBuild = resolve(projectRoot, distName);
export const subpathBuild = resolve(projectRoot, `${distName}-subpath`);
export const subpathBase = "/vinhphuc/";

/** Runs `astro build` with the same Node that runs the tests (Node 24 from the devDependency). */
async function buildSubpathCopy(): Promise<void> {
  const require = createRequire(join(projectRoot, "package.json"));
  const astroBin = join(dirname(require.resolve("astro/package.json")), "bin", "astro.mjs");
  await rm(subpathBuild, { recursive: true, force: true });
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((ok, fail) => {
    const child = spawn(process.execPath, [astroBin, "build"], {
      cwd: projectRoot,
      env: { ...process.env, BASE_PATH: subpathBase, OUT_DIR: subpathBuild },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", fail);
    child.on("close", ok);
  });
  if (code !== 0 || !existsSync(join(subpathBuild, "index.html"))) {
    throw new Error(
      `The sub-path build (BASE_PATH=${subpathBase} OUT_DIR=${subpathBuild} astro build) failed with exit code ${code}:\n` +
        output.join("").slice(-4000),
    );
  }
  console.log(`[browser tests] sub-path copy built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(rootBuild, "index.html"))) {
    throw new Error(
      `${join(rootBuild, "index.html")} is missing: run npm run build first (the browser tests use the existing build; DIST_DIR=${distName}).`,
    );
  }
  await buildSubpathCopy();

  const servers: StaticServer[] = [];
  try {
    servers.push(await serveStatic(rootBuild, "/"));
    servers.push(await serveStatic(subpathBuild, subpathBase));
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
  const [root, subpath] = servers as [StaticServer, StaticServer];
  project.provide("baseUrl", root.url);
  project.provide("subpathUrl", subpath.url);
  project.provide("projectRoot", projectRoot);
  project.provide("distDir", rootBuild);
  project.provide("subpathDir", subpathBuild);

  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
