import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds a process (and its children) used, from /proc: how the load test tells which part of the
 * layout took the machine's time (replicas, nginx, PostgreSQL, the fake Slack). Linux only; undefined
 * elsewhere or for a process that is gone.
 */

/** the kernel's clock ticks per second for utime/stime; 100 on every Linux this runs on */
const TICKS_PER_SECOND = 100;

interface Stat {
  ppid: number;
  ticks: number;
}

function statOf(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name is in parentheses and may contain spaces: split after its closing one
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields from "state" (3rd in the man page) on: ppid is the 4th, utime the 14th, stime the 15th
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** CPU seconds of `pid` and every live descendant (PostgreSQL's backends, nginx's workers) */
export function cpuSecondsOfTree(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const root = statOf(pid);
  if (!root) return undefined;
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return root.ticks / TICKS_PER_SECOND;
  }
  const children = new Map<number, { ticks: number; kids: number[] }>();
  for (const p of pids) {
    const stat = statOf(p);
    if (!stat) continue;
    const parent = children.get(stat.ppid) ?? { ticks: 0, kids: [] };
    parent.kids.push(p);
    children.set(stat.ppid, parent);
    const self = children.get(p) ?? { ticks: 0, kids: [] };
    self.ticks = stat.ticks;
    children.set(p, self);
  }
  let ticks = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const entry = children.get(p);
    if (!entry) continue;
    ticks += entry.ticks;
    stack.push(...entry.kids);
  }
  return ticks / TICKS_PER_SECOND;
}
