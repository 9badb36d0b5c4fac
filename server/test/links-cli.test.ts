import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksReport } from '../src/linksReport.js';
import { createBoardHttp, startTestServer, type TestServer, tempDir } from './helpers.js';

const SECRET = 'test-secret-0123456789';
const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Every `/b/<id>#token=<token>` link in a text. */
const linksIn = (text: string) => [...text.matchAll(/(\S+)\/b\/(\w+)#token=(\S+)/g)].map((m) => m.slice(1));

describe('pnpm links', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ secret: SECRET });
  });
  afterAll(async () => {
    await server.stop();
  });
  const env = () => ({ PLANROOM_DATA_DIR: server.dataDir, PLANROOM_SECRET: SECRET, PORT: '9876' });
  const roleOf = async (id: string, token: string) => {
    const res = await fetch(`${server.url}/api/boards/${id}`, { headers: { authorization: `Bearer ${token}` } });
    return res.ok ? ((await res.json()) as { role: string }).role : res.status;
  };

  it("prints a board's owner, editor and viewer links, current after a reset, from a running server's data dir", async () => {
    const board = await createBoardHttp(server.url, { template: 'empty', name: 'Q3 steering' });
    const res = await fetch(`${server.url}/api/boards/${board.id}/links/viewer/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.owner}` },
    });
    const newViewer = ((await res.json()) as { token: string }).token;

    const text = linksReport(env(), board.id);
    expect(text).toContain(`Board "Q3 steering" (${board.id})`);
    expect(text).toMatch(/Owner link: the key to manage this board/);
    const links = linksIn(text);
    expect(links.map(([base, id]) => [base, id])).toEqual(Array(3).fill(['http://localhost:9876', board.id]));
    expect(await Promise.all(links.map(([, id, token]) => roleOf(id as string, token as string)))).toEqual([
      'owner',
      'editor',
      'viewer',
    ]);
    expect(links[2]?.[2]).toBe(newViewer);
    expect(links[1]?.[2]).toBe(board.tokens.editor);

    const behindProxy = linksReport({ ...env(), PLANROOM_PUBLIC_URL: 'https://plan.example.org/' }, board.id);
    expect(linksIn(behindProxy).map(([base]) => base)).toEqual(Array(3).fill('https://plan.example.org'));
  });

  it('lists every board with its id and name when no id is given', async () => {
    const a = await createBoardHttp(server.url, { template: 'empty', name: 'Portfolio review' });
    const b = await createBoardHttp(server.url, { template: 'empty', name: 'Data platform' });
    const text = linksReport(env(), undefined);
    expect(text).toMatch(new RegExp(`${a.id}\\s.*Portfolio review`));
    expect(text).toMatch(new RegExp(`${b.id}\\s.*Data platform`));
    expect(text).not.toContain('token=');
  });

  it('says what is wrong instead of creating anything', () => {
    expect(() => linksReport(env(), 'nosuchboard')).toThrow(/no board with id "nosuchboard"/);
    const empty = tempDir();
    expect(() => linksReport({ PLANROOM_DATA_DIR: empty }, undefined)).toThrow(/no Planroom data in/);
    rmSync(empty, { recursive: true, force: true });
    // this server got its secret from the environment: there is no secret.key to read
    expect(() => linksReport({ PLANROOM_DATA_DIR: server.dataDir }, undefined)).toThrow(/no server secret/);
  });

  it('runs as a command and prints working links', async () => {
    const board = await createBoardHttp(server.url);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/links-cli.ts', board.id], {
      cwd: serverDir,
      env: { ...process.env, ...env() },
    });
    const [, , token] = linksIn(stdout)[0] ?? [];
    expect(await roleOf(board.id, token as string)).toBe('owner');
  });
});
