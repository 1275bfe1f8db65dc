/**
 * The browser benches serve a production build with `vite preview` on a free loopback port and wait
 * for it to answer: one copy of both steps for every bench that needs them.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

/** Resolves once `url` answers 200; throws after about 20 s. */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

/** A running `vite preview` of a build folder: its address, and how to stop it. */
export type Preview = { url: string; stop: () => void };

/** Serves `outDir` on a free loopback port and resolves once it answers. */
export async function servePreview(outDir: string): Promise<Preview> {
  const port = await freePort();
  const args = [
    'vite',
    'preview',
    '--outDir',
    outDir,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
  ];
  const server = spawn('npx', [...args, '--strictPort'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  try {
    await waitForServer(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
