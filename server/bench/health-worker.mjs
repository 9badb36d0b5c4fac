// Asks GET /health one request at a time on its own thread, so whatever the bench's main
// thread is busy with (building frames, decoding updates) does not show up as latency.
import { parentPort, workerData } from 'node:worker_threads';

const { url, gapMs } = workerData;
const times = [];
let failures = 0;
let running = true;
parentPort.on('message', () => {
  running = false;
});
while (running) {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    if (res.ok) times.push(performance.now() - t0);
    else failures++;
  } catch {
    failures++;
  }
  await new Promise((r) => setTimeout(r, gapMs));
}
parentPort.postMessage({ times, failures });
