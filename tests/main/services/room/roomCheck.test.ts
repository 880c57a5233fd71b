import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomCheckServer } from '../../../../src/main/services/room/roomCheck';
import { wifiQrText } from '../../../../src/shared/room/wifiQr';
import { openRoomWorkspace, roomLinkOver } from './roomLinkFixture';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A raw GET with the Host header a phone (or an attacker's page) would send. */
function get(url: string, host?: string): Promise<{ status: number; body: string; csp: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        headers: host ? { Host: host } : {},
        timeout: 5_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            csp: String(res.headers['content-security-policy'] ?? ''),
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

describe('the room check', () => {
  it('a phone that opens the page reads that it reaches the laptop, and the console hears it once', async () => {
    const reached: string[] = [];
    const check = await RoomCheckServer.start({ host: '127.0.0.1', onReached: (a) => reached.push(a) });
    cleanups.push(() => check.close());
    const page = await get(check.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('This phone reaches the laptop');
    expect(page.body).not.toMatch(/<script/i);
    expect(page.csp).toContain("script-src 'self'");
    expect((await get(`${check.url}check.css`)).status).toBe(200);
    await get(check.url);
    expect(reached).toEqual(['127.0.0.1']);
  });

  it('serves nothing else, and refuses a forged Host (DNS rebinding)', async () => {
    const reached: string[] = [];
    const check = await RoomCheckServer.start({ host: '127.0.0.1', onReached: (a) => reached.push(a) });
    cleanups.push(() => check.close());
    expect((await get(`${check.url}join`)).status).toBe(404);
    expect((await get(check.url, 'evil.example:80')).status).toBe(421);
    expect(reached).toEqual([]);
  });

  it('never listens on every address at once', async () => {
    await expect(RoomCheckServer.start({ host: '0.0.0.0', onReached: () => undefined })).rejects.toThrow(
      /one network address/,
    );
  });

  it('through the room link service: opens on the chosen network, reports phones, closes', async () => {
    const { s } = await openRoomWorkspace();
    const link = roomLinkOver(s.workspaces);
    cleanups.push(async () => {
      await link.room.closeCheck();
      await s.workspaces.closeAll();
      await s.cleanup();
    });
    const opened = await link.room.openCheck('lo');
    expect(opened.interface).toMatchObject({ name: 'lo', address: '127.0.0.1' });
    expect(opened.qrSvg).toMatch(/^<svg/);
    await get(opened.url);
    expect(await link.events.next('phoneReached')).toEqual({ type: 'phoneReached', address: '127.0.0.1' });
    await link.room.closeCheck();
    await expect(get(opened.url)).rejects.toThrow();
  });
});

describe('the hotspot Wi-Fi QR text', () => {
  it('is what phone cameras read, with the special characters escaped', () => {
    expect(wifiQrText({ ssid: 'Offsite room', password: 'pa;ss:w,o"rd\\', security: 'WPA' })).toBe(
      'WIFI:T:WPA;S:Offsite room;P:pa\\;ss\\:w\\,o\\"rd\\\\;;',
    );
    expect(wifiQrText({ ssid: 'Guest', password: 'ignored', security: 'nopass' })).toBe(
      'WIFI:T:nopass;S:Guest;;',
    );
  });
});
