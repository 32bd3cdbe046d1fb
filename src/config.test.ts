import path from 'node:path';
import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

test('defaults: port 3000, embedded database in ./data, Shanghai time', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: undefined, dataDir: path.resolve('data'), timeZone: 'Asia/Shanghai' });
});

test('the data dir may be memory:// for a throwaway database', () => {
  expect(loadConfig({ ORDO_DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  expect(loadConfig({ ORDO_DATA_DIR: 'var/ordo' }).dataDir).toBe(path.resolve('var/ordo'));
});

test('bad settings are refused with a message naming the variable', () => {
  expect(() => loadConfig({ PORT: '70000' })).toThrow(new ConfigError('PORT must be an integer between 0 and 65535, got "70000"'));
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL must start with postgres:// or postgresql://');
  expect(() => loadConfig({ ORDO_TIMEZONE: 'Mars/Olympus' })).toThrow('ORDO_TIMEZONE "Mars/Olympus" is not an IANA time zone');
});
