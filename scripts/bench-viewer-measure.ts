// What bench:viewer measures in one Chromium page: time and CPU to the first frame of the whole graph, then frames
// per second while the camera pans and zooms (driven each frame, and by mouse drag and wheel as a user would).
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** The /proc clock: utime and stime are counted in these ticks per second on Linux. */
const TICKS_PER_SECOND = 100;

export interface CpuMs {
  total: number;
  /** Chromium's GPU process: with --disable-gpu, WebGL is rasterised there by SwiftShader, on the CPU. */
  gpu: number;
}

/**
 * CPU milliseconds used so far by every process this one started (Chromium's browser, renderer and GPU processes).
 * Unlike wall time it hardly moves when other work shares the cores, so it is the figure to compare across runs.
 */
export function childCpuMs(root = process.pid): CpuMs {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  const gpuProcesses = new Set<number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(name), Number(fields[1]));
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
      if (stat.includes("(chrom") && readFileSync(`/proc/${name}/cmdline`, "utf8").includes("--type=gpu-process")) gpuProcesses.add(Number(name));
    } catch {
      /* the process ended while we read */
    }
  }
  let total = 0;
  let gpu = 0;
  for (const [pid, used] of ticks) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += used;
        if (gpuProcesses.has(pid)) gpu += used;
        break;
      }
    }
  }
  const ms = (t: number) => (t * 1000) / TICKS_PER_SECOND;
  return { total: ms(total), gpu: ms(gpu) };
}

/** The processes this one started, and theirs. */
function descendantPids(root = process.pid): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* the process ended while we read */
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter(isDescendant);
}

/** Last ticks read per process: one that ends (a closed page's renderer) keeps counting what it had used. */
const lastTicks = new Map<number, number>();

/** CPU ms (user + system) used so far by the given processes. */
function cpuOfPids(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      lastTicks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      /* ended: its last reading stands */
    }
    ticks += lastTicks.get(pid) ?? 0;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

const cpuSince = (before: CpuMs): CpuMs => {
  const now = childCpuMs();
  return { total: now.total - before.total, gpu: now.gpu - before.gpu };
};

/** The viewer's marks on the way to the first frame (src/viewer/main.ts), in ms from navigation. */
export const LOAD_MARKS = ["kg:graph-fetched", "kg:graph-built", "kg:view-created", "kg:first-frame"] as const;

export interface LoadFigures {
  firstFrameMs: number;
  /** Each of LOAD_MARKS: the file fetched and parsed, the graphology graph built, sigma's first render issued. */
  marksMs: Record<(typeof LOAD_MARKS)[number], number>;
  cpu: CpuMs;
  nodes: number;
  edges: number;
  visibleEdges: number;
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
}

export async function measureLoad(page: Page, url: string, timeoutMs: number): Promise<LoadFigures> {
  const cpuBefore = childCpuMs();
  // The processes running now (the page's renderer exists from newPage on), read again at the end.
  const pids = descendantPids();
  const pidsCpuBefore = cpuOfPids(pids);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("kg:first-frame").length > 0 || document.querySelector(".status.error"), null, {
    timeout: timeoutMs,
    polling: 50,
  });
  // The total from the same processes: childCpuMs() would lose a process that ended meanwhile (the last page's renderer).
  const cpu = { total: cpuOfPids(pids) - pidsCpuBefore, gpu: cpuSince(cpuBefore).gpu };
  const figures = await page.evaluate((markNames) => {
    const error = document.querySelector(".status.error")?.textContent;
    if (error) throw new Error(error);
    const data = document.getElementById("graph")!.dataset;
    const { sigma } = (window as unknown as { kgViewer: { sigma: { getSetting(key: string): unknown } } }).kgViewer;
    return {
      // Marks are relative to the navigation's start.
      firstFrameMs: performance.getEntriesByName("kg:first-frame")[0]!.startTime,
      marksMs: Object.fromEntries(markNames.map((name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN])) as Record<(typeof markNames)[number], number>,
      nodes: Number(data.nodes), edges: Number(data.edges), visibleEdges: Number(data.visibleEdges),
      hideEdgesOnMove: data.edgesWhileMoving === "hidden", hideLabelsOnMove: Boolean(sigma.getSetting("hideLabelsOnMove")),
    };
  }, LOAD_MARKS);
  return { ...figures, cpu };
}

export interface MotionFigures {
  frames: number;
  seconds: number;
  fps: number;
  /** CPU of all Chromium processes per rendered frame, and of the GPU process alone. */
  cpuMsPerFrame: number;
  gpuMsPerFrame: number;
  /** Mean time of sigma's render call on the page's main thread. */
  renderMs: number;
  /** Mouse moves and wheel turns the page received per second: a mouse measure cannot draw more frames than that. */
  inputsPerSecond: number;
}

/** Counts sigma's renders (afterRender) and their main-thread time while `drive` runs. */
async function countFrames(page: Page, drive: () => Promise<void>): Promise<MotionFigures> {
  await page.evaluate(() => {
    const w = window as unknown as { kgViewer: { sigma: { on(e: string, f: () => void): void } }; kgCount: { frames: number; renderMs: number; began: number; at: number; inputs: number } };
    const count = (w.kgCount = { frames: 0, renderMs: 0, began: 0, at: performance.now(), inputs: 0 });
    for (const type of ["mousemove", "wheel"]) document.addEventListener(type, () => count.inputs++, { capture: true, passive: true });
    w.kgViewer.sigma.on("beforeRender", () => (count.began = performance.now()));
    w.kgViewer.sigma.on("afterRender", () => {
      count.frames++;
      count.renderMs += performance.now() - count.began;
    });
  });
  const cpuBefore = childCpuMs();
  await drive();
  const cpu = cpuSince(cpuBefore);
  const { frames, renderMs, elapsed, inputs } = await page.evaluate(() => {
    const { kgCount } = window as unknown as { kgCount: { frames: number; renderMs: number; at: number; inputs: number } };
    const result = { frames: kgCount.frames, renderMs: kgCount.renderMs, elapsed: performance.now() - kgCount.at, inputs: kgCount.inputs };
    kgCount.frames = Number.NaN; // later renders (the view settling) are not counted
    return result;
  });
  const seconds = elapsed / 1000;
  return { frames, seconds, fps: frames / seconds, cpuMsPerFrame: frames ? cpu.total / frames : Number.NaN, gpuMsPerFrame: frames ? cpu.gpu / frames : Number.NaN, renderMs: frames ? renderMs / frames : Number.NaN, inputsPerSecond: inputs / seconds };
}

/**
 * The camera set on every animation frame: a circle around the centre while zooming in and out. Written as source
 * text: tsx would wrap a named function in a helper (__name) that does not exist in the page.
 */
const CAMERA_LOOP = `new Promise((resolve) => {
  const camera = window.kgViewer.sigma.getCamera();
  const start = performance.now();
  requestAnimationFrame(function step(now) {
    const t = (now - start) / 1000;
    camera.setState({ x: 0.5 + 0.25 * Math.cos(t * 2), y: 0.5 + 0.25 * Math.sin(t * 2), ratio: 0.7 + 0.5 * Math.sin(t * 1.3) });
    if (now - start < MS) requestAnimationFrame(step);
    else resolve(camera.setState({ x: 0.5, y: 0.5, ratio: 1 }));
  });
})`;

export function measureCameraFps(page: Page, seconds: number): Promise<MotionFigures> {
  return countFrames(page, () => page.evaluate(CAMERA_LOOP.replace("MS", String(seconds * 1000))));
}

/**
 * Mouse drags in a circle with a wheel turn every ten moves, through Chromium's real input pipeline. A real mouse
 * reports at its own rate whatever the page does, so the moves are sent at `movesPerSecond` without waiting for
 * each to be handled (at most MOVES_IN_FLIGHT unanswered, so a slow page is not sent a backlog); Chromium
 * coalesces them per frame as it does a device's. movesPerSecond 0 awaits each move before the next (the measure
 * before 2026-12-03, bound by the round trip: about 8 moves a second at 10k/100k on a loaded machine).
 */
export function measureMouseFps(page: Page, seconds: number, movesPerSecond = 60): Promise<MotionFigures> {
  const MOVES_IN_FLIGHT = 3;
  return countFrames(page, async () => {
    const box = (await page.getByTestId("graph").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const end = Date.now() + seconds * 1000;
    const inFlight = new Set<Promise<void>>();
    const settle = () => Promise.all(inFlight);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; Date.now() < end; i++) {
      const sent = page.mouse.move(cx + 150 * Math.cos(i / 8), cy + 150 * Math.sin(i / 8));
      if (movesPerSecond > 0) {
        inFlight.add(sent);
        void sent.finally(() => inFlight.delete(sent));
        while (inFlight.size >= MOVES_IN_FLIGHT) await Promise.race(inFlight);
        await new Promise((done) => setTimeout(done, 1000 / movesPerSecond));
      } else await sent;
      if (i % 10 === 5) {
        await settle();
        await page.mouse.up();
        await page.mouse.wheel(0, i % 20 < 10 ? -120 : 120);
        await page.mouse.down();
      }
    }
    await settle();
    await page.mouse.up();
  });
}
