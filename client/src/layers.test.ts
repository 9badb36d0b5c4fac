import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const root = join(src, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

/** Lints a one-line module placed in `folder` that imports `target`; the lint's exit code and output. */
function lintProbe(folder: string, target: string): Promise<{ code: number; out: string }> {
  // A feature folder may not exist yet in a fresh clone (git keeps no empty folders).
  mkdirSync(join(src, folder), { recursive: true });
  const file = join(src, folder, `__layer_probe_${randomUUID().slice(0, 8)}.ts`);
  writeFileSync(file, `import * as probe from '${target}';\n\nexport const used = probe;\n`);
  return new Promise((resolve) => {
    execFile(
      biome,
      ['lint', '--vcs-use-ignore-file=false', relative(root, file)],
      { cwd: root },
      (error, stdout, stderr) => {
        rmSync(file, { force: true });
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr });
      },
    );
  });
}

describe('client layers (biome noRestrictedImports in biome.json)', () => {
  it.each([
    ['resources', '../roadmap/RoadmapContext'],
    ['roadmap', '../resources/ResourcesContext'],
    ['roadmap', '../shell/BoardView'],
    ['timeline', '../roadmap/layoutEngine'],
    ['core', '../timeline/timeScale'],
    ['sync', '../core/BoardContext'],
    ['ui', '../core/session'],
    ['workshop', '../roadmap/RoadmapContext'],
    ['resources', '../workshop/WorkshopContext'],
    ['kickoff', '../roadmap/RoadmapContext'],
    ['roadmap', '../kickoff/KickoffContext'],
    ['workshop', '../kickoff/KickoffContext'],
    ['history', '../roadmap/RoadmapContext'],
    ['comments', '../roadmap/RoadmapContext'],
    ['stakeholder', '../history/index'],
    ['roadmap', '../comments/index'],
    ['i18n', '../ui/Modal'],
  ])('a module in %s/ importing %s fails the lint', async (folder, target) => {
    const { code, out } = await lintProbe(folder, target);
    expect(code).not.toBe(0);
    expect(out).toContain('noRestrictedImports');
    expect(out).toContain(`client/src/${folder} may not import from`);
  });

  it.each([
    ['roadmap', '../timeline/timeScale'],
    ['resources', '../core/BoardContext'],
    ['shell', '../roadmap/RoadmapContext'],
    ['shell', '../resources/ResourcesContext'],
    ['workshop', '../timeline/boardSpace'],
    ['kickoff', '../core/BoardContext'],
    ['shell', '../kickoff/KickoffContext'],
    ['stakeholder', '../timeline/timeScale'],
    ['history', '../core/BoardContext'],
    ['ui', '../i18n/useT'],
    ['sync', '../i18n/useT'],
  ])('a module in %s/ may import %s', async (folder, target) => {
    const { code, out } = await lintProbe(folder, target);
    expect(out).not.toContain('noRestrictedImports');
    expect(code).toBe(0);
  });
});
