import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { quantile } from './report.js';

export interface HealthProbe {
  /** Stops probing and returns each answer's round trip in ms, sorted, plus failures. */
  stop(): Promise<{ sorted: Float64Array; failures: number }>;
}

/** Asks `GET /health` one request at a time, `gapMs` apart, from a thread of its own. */
export function probeHealth(url: string, gapMs = 20): HealthProbe {
  const worker = new Worker(new URL('./health-worker.mjs', import.meta.url), { workerData: { url, gapMs } });
  return {
    async stop() {
      worker.postMessage('stop');
      const [result] = (await once(worker, 'message')) as [{ times: number[]; failures: number }];
      await worker.terminate();
      return { sorted: Float64Array.from(result.times).sort(), failures: result.failures };
    },
  };
}

export function summary(sorted: Float64Array): string {
  return `p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms (${sorted.length} probes)`;
}
