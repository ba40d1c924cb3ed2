/**
 * Makes sure the end-to-end suite has a Chromium to drive. Debian's package is preferred where it exists
 * (`npx playwright install` cannot download on machines without internet); elsewhere Playwright's own.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

function run(command: string, args: string[]) {
  console.log(`ensure-browser: running \`${[command, ...args].join(" ")}\``);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`ensure-browser: \`${command} ${args.join(" ")}\` exited with ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

function hasCommand(command: string) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

if (fs.existsSync(SYSTEM_CHROMIUM)) {
  console.log(`ensure-browser: using ${SYSTEM_CHROMIUM}; nothing to install.`);
} else if (process.platform === "linux" && process.getuid?.() === 0 && hasCommand("apt-get")) {
  console.log(`ensure-browser: ${SYSTEM_CHROMIUM} is missing; installing Debian's chromium with apt-get.`);
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", "chromium"]);
  console.log(`ensure-browser: installed ${SYSTEM_CHROMIUM}.`);
} else {
  console.log("ensure-browser: no system chromium and no apt as root; installing Playwright's Chromium.");
  run("npx", ["playwright", "install", "chromium"]);
  console.log("ensure-browser: installed Playwright's Chromium.");
}
