import { readFile } from 'node:fs/promises';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';

const config = async () => parse(await readFile('electron-builder.yml', 'utf8')) as Configuration;

describe('packaging configuration (cannot package here: no Electron release zip)', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(await config(), new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is strict: a misspelt key would fail packaging, so it fails here too.
    const misspelt = { ...(await config()), electronFuse: {} } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuse/);
    // Loading electron-builder's validator takes seconds on a busy machine.
  }, 30_000);

  it('builds installers for every platform with the app icon', async () => {
    const c = await config();
    expect(c.linux?.target).toEqual(['AppImage', 'deb']);
    expect(c.mac?.target).toBe('dmg');
    expect(c.win?.target).toBe('nsis');
    expect(c.icon).toBe('resources/icon.png');
    await expect(readFile('resources/icon.png')).resolves.toHaveProperty('length');
  });

  it('flips the security fuses', async () => {
    expect((await config()).electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
