/** The machine a run was measured on: numbers only mean something next to it. */
import { readFileSync } from "node:fs";
import os from "node:os";
import type { Browser } from "playwright-core";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1, 5 and 15 minute load averages when measuring started (other work on the machine skews timings). */
  loadBefore: number[];
  loadAfter?: number[];
}

export function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1]!.trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? "unknown";
}

export async function describeMachine(browser: Browser): Promise<Machine> {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browser.version(),
    loadBefore: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}
