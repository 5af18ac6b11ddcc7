// Finds the Temporal CLI (which also embeds the dev server), building it with `go install` when absent:
// the only registries reachable here are npm, Debian and the Go module proxy, so a prebuilt download is not an option.
// findOrBuildGoBinary does the same for the Temporal server and its SQL schema tool (scripts/lib/temporal-postgres.mjs).
//
// CLI entry: `node scripts/lib/temporal-cli.mjs` prints the absolute path on stdout (logs go to stderr).
import { spawn } from 'node:child_process';
import { constants as fsConstants, realpathSync } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = {
  label: 'Temporal CLI',
  module: 'github.com/temporalio/cli/cmd/temporal',
  binary: 'temporal',
  envVar: 'TEMPORAL_CLI',
  // v1.5.1 first; older ones only as a fallback in case a newer transitive dependency stops building.
  versions: ['v1.5.1', 'v1.5.0', 'v1.4.1'],
  // `temporal` is a distinctive name: one on PATH is this CLI.
  searchPath: true,
};
const STDERR_TAIL_LINES = 20;
const MIN_GO_MINOR = 21;
const HEARTBEAT_MS = 30_000;

async function isExecutable(file) {
  try {
    await access(file, fsConstants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function firstExecutable(files) {
  for (const file of files) {
    if (file && (await isExecutable(file))) return resolve(file);
  }
  return null;
}

function onPath(name) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name));
}

/** Runs a command and collects its output; never rejects (spawn errors come back as `error`). */
function capture(cmd, args, options = {}) {
  return new Promise((done) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      // Keep memory bounded: go install can print hundreds of "downloading" lines.
      stderr = (stderr + d).slice(-64_000);
    });
    child.on('error', (error) => done({ code: null, stdout, stderr, error }));
    child.on('close', (code) => done({ code, stdout, stderr, error: null }));
  });
}

async function findGo() {
  // /usr/local/go/bin is where the official tarball lives and is not always on a non-login PATH.
  return firstExecutable([...onPath('go'), '/usr/local/go/bin/go']);
}

async function goEnv(go, name) {
  if (!go) return '';
  const { code, stdout } = await capture(go, ['env', name]);
  return code === 0 ? stdout.trim() : '';
}

/** Every place `go install` may have put the binary: GOBIN, else each GOPATH entry's bin/. */
async function goInstallDirs(go) {
  const gobin = process.env.GOBIN || (await goEnv(go, 'GOBIN'));
  const gopath = process.env.GOPATH || (await goEnv(go, 'GOPATH'));
  const dirs = gobin ? [gobin] : [];
  for (const entry of gopath.split(delimiter).filter(Boolean)) dirs.push(join(entry, 'bin'));
  return dirs;
}

function tail(text, lines = STDERR_TAIL_LINES) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function goInstall(go, tool, version, log) {
  const startedAt = Date.now();
  // A silent multi-minute step looks like a hang; a heartbeat says it is still working.
  const heartbeat = setInterval(() => {
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    log(`  … 仍在构建 ${tool.label} ${version}（${seconds}s）/ still building`);
  }, HEARTBEAT_MS);
  try {
    const goflags = [process.env.GOFLAGS, '-buildvcs=false'].filter(Boolean).join(' ');
    return await capture(go, ['install', `${tool.module}@${version}`], {
      env: { ...process.env, GOFLAGS: goflags },
    });
  } finally {
    clearInterval(heartbeat);
  }
}

/** Go >= 1.21 fetches the newer toolchain the CLI's go.mod asks for (go 1.25) from the module proxy by itself. */
async function assertGoCanBuild(go) {
  const version = await goEnv(go, 'GOVERSION');
  const [, major, minor] = /^go(\d+)\.(\d+)/.exec(version) ?? [];
  if (major === undefined || Number(major) > 1 || Number(minor) >= MIN_GO_MINOR) return;
  throw new Error(
    `${go} 是 ${version}，太旧，无法构建 Temporal CLI — 需要 Go ≥ 1.${MIN_GO_MINOR}（Debian bookworm 的 golang 包是 1.19，请用 backports 的 golang-1.2x）或设置 TEMPORAL_CLI / ` +
      `${version} is too old to build the Temporal CLI — needs Go >= 1.${MIN_GO_MINOR}, or set TEMPORAL_CLI`,
  );
}

async function buildWithGo(tool, log) {
  const go = await findGo();
  if (!go) {
    throw new Error(
      `找不到 ${tool.label}，也没有 go 来构建它 — 请安装 Go ≥ 1.21（Debian: apt-get install golang）或设置 ${tool.envVar}=<路径> / ` +
        `${tool.label} not found and \`go\` is missing to build it — install Go >= 1.21 (Debian: apt-get install golang) or set ${tool.envVar}`,
    );
  }
  await assertGoCanBuild(go);
  log(
    `正在构建 ${tool.label}（go install ${tool.module}@${tool.versions[0]}），需要几分钟 / building the ${tool.label}, this takes minutes`,
  );
  const failures = [];
  for (const version of tool.versions) {
    const result = await goInstall(go, tool, version, log);
    if (result.code === 0) {
      const built = await firstExecutable((await goInstallDirs(go)).map((dir) => join(dir, tool.binary)));
      if (built) {
        log(`${tool.label} ${version} 已构建 / built: ${built}`);
        return built;
      }
      failures.push(
        `${version}: go install 成功但找不到生成的 ${tool.binary} / succeeded but binary not found in GOBIN/GOPATH`,
      );
      continue;
    }
    const reason = result.error ? result.error.message : tail(result.stderr) || `exit code ${result.code}`;
    failures.push(`${version}:\n${reason}`);
    log(
      `go install ${tool.module}@${version} 失败 / failed${version === tool.versions.at(-1) ? '' : '，尝试下一个版本 / trying the next one'}`,
    );
  }
  throw new Error(`无法构建 ${tool.label} / could not build the ${tool.label}:\n${failures.join('\n\n')}`);
}

/**
 * Returns the absolute path of a Go-built executable described by `tool` ({ label, module, binary, envVar,
 * versions, searchPath }). Order: $<envVar>, PATH (only when the name is distinctive), ~/go/bin,
 * $(go env GOBIN/GOPATH)/bin, then `go install` it.
 */
export async function findOrBuildGoBinary(tool, { log = (msg) => console.error(msg) } = {}) {
  const fromEnv = process.env[tool.envVar];
  if (fromEnv) {
    // An explicit setting that is wrong must not be silently replaced by some other binary.
    if (await isExecutable(fromEnv)) return resolve(fromEnv);
    throw new Error(`${tool.envVar}=${fromEnv} 不存在或不可执行 / does not exist or is not executable`);
  }
  const found = await firstExecutable([
    ...(tool.searchPath ? onPath(tool.binary) : []),
    join(homedir(), 'go', 'bin', tool.binary),
  ]);
  if (found) return found;
  const fromGo = await firstExecutable(
    (await goInstallDirs(await findGo())).map((dir) => join(dir, tool.binary)),
  );
  if (fromGo) return fromGo;
  return buildWithGo(tool, log);
}

/** Returns the absolute path of a `temporal` executable (see findOrBuildGoBinary). */
export function findOrBuildTemporalCli(options) {
  return findOrBuildGoBinary(CLI, options);
}

function isCliEntry() {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isCliEntry()) {
  findOrBuildTemporalCli().then(
    (path) => console.log(path),
    (error) => {
      console.error(`✗ ${error.message}`);
      process.exit(1);
    },
  );
}
