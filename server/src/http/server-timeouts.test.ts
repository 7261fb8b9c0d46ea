import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

// Short limits so the test takes seconds; the shipped defaults are 120 s and 30 s.
const REQUEST_LIMIT_MS = 2000;
const HEADERS_LIMIT_MS = 1000;

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp({ env: { REQUEST_TIMEOUT: '2s', HEADERS_TIMEOUT: '1s' } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  port = address.port;
});
afterAll(() => t.close());

interface Exchange {
  /** Everything the server sent before it closed the connection. */
  response: string;
  /** From the first byte sent to the close. */
  ms: number;
}

/**
 * Sends `head` at once, then `dribble` a piece of `pieceLength` bytes every `everyMs` until the
 * server closes the connection (or the dribble runs out), like a client on a stalled line or a
 * slowloris attacker.
 */
function slowClient(head: string, dribble: string, everyMs: number, pieceLength = 1): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let response = '';
    let sent = 0;
    const socket: Socket = connect(port, '127.0.0.1', () => {
      socket.write(head);
      const timer = setInterval(() => {
        if (sent >= dribble.length || socket.destroyed) return clearInterval(timer);
        socket.write(dribble.slice(sent, sent + pieceLength));
        sent += pieceLength;
      }, everyMs);
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ response, ms: Date.now() - started });
      });
    });
    socket.on('data', (chunk) => {
      response += chunk.toString('latin1');
    });
    socket.on('error', (err) => {
      // A reset after the server's answer still counts as the server closing the connection.
      if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err);
    });
  });
}

const body = JSON.stringify({ username: 'nobody-at-all', password: 'not-the-password-1' });
const head = (length: number) =>
  'POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n' +
  `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('slow clients', () => {
  it('HTTP-TIMEOUT-1: a body dribbled slower than the request limit gets 408 and a closed connection within the limit', async () => {
    // One byte every 250 ms would take about 17 s to send this body.
    const { response, ms } = await slowClient(head(body.length), body, 250);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThanOrEqual(REQUEST_LIMIT_MS - 100);
    // The limit plus Node's check interval (a quarter of the headers limit) and some slack.
    expect(ms).toBeLessThan(REQUEST_LIMIT_MS + 1500);
  }, 20_000);

  it('HTTP-TIMEOUT-1: headers dribbled slower than the headers limit get 408 and a closed connection', async () => {
    const headers = 'X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n';
    const { response, ms } = await slowClient(
      'GET /api/health HTTP/1.1\r\nHost: localhost\r\n',
      headers,
      100,
    );
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(HEADERS_LIMIT_MS + 1500);
  }, 20_000);

  it('HTTP-TIMEOUT-1: a body sent in pieces within the limit is answered as usual', async () => {
    // The body in pieces of 20 bytes every 200 ms: about 1 s in all, under the 2 s limit.
    const { response, ms } = await slowClient(head(body.length), body, 200, 20);
    expect(ms).toBeGreaterThanOrEqual(800);
    // The sign-in itself is refused (no such user): the request reached the route.
    expect(response).toMatch(/^HTTP\/1\.1 401 /);
  }, 20_000);
});
