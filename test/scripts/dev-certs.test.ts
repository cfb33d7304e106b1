import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  certPaths,
  certificateProblem,
  ensureDevCertificates,
  trustAdvice,
  VALID_DAYS,
} from '../../scripts/dev-certs';

const DAY = 24 * 60 * 60 * 1000;

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'dev-certs-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** A real TLS handshake against the files, trusting only their CA, by the name Office uses. */
async function handshake(ca: Buffer, cert: Buffer, key: Buffer): Promise<string> {
  const server = createServer({ cert, key }, (_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<string>((resolve, reject) => {
      get(
        { host: '127.0.0.1', servername: 'localhost', port, ca, path: '/', headers: { host: 'localhost' } },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve(body));
        },
      ).on('error', reject);
    });
  } finally {
    server.close();
  }
}

describe('ensureDevCertificates', () => {
  test('a fresh home gets a CA and a localhost certificate that a client trusting the CA accepts', async () => {
    const made = await ensureDevCertificates(home);
    expect(made.created).toBe(true);
    expect(made.paths.folder).toBe(join(home, '.office-addin-dev-certs'));
    expect(certificateProblem(made.paths)).toBeNull();
    const cert = new X509Certificate(made.cert);
    const days = (Date.parse(cert.validTo) - Date.now()) / DAY;
    expect(days).toBeGreaterThan(VALID_DAYS - 2);
    expect(days).toBeLessThanOrEqual(VALID_DAYS + 1);
    await expect(handshake(made.ca, made.cert, made.key)).resolves.toBe('ok');
  });

  test('valid files are reused byte for byte', async () => {
    const first = await ensureDevCertificates(home);
    const second = await ensureDevCertificates(home);
    expect(second.created).toBe(false);
    expect(second.ca.equals(first.ca)).toBe(true);
    expect(second.key.equals(first.key)).toBe(true);
  });

  test('files expiring within a day are replaced', async () => {
    const first = await ensureDevCertificates(home);
    const validTo = Date.parse(new X509Certificate(first.cert).validTo);
    expect(certificateProblem(first.paths, validTo - 2 * DAY)).toBeNull();
    expect(certificateProblem(first.paths, validTo - DAY / 2)).toBe('expired');
    const renewed = await ensureDevCertificates(home, validTo - DAY / 2);
    expect(renewed.created).toBe(true);
    expect(renewed.ca.equals(first.ca)).toBe(false);
  });

  // Each damage is one a real folder can have: a half-copied folder, a key from another run, a
  // certificate from another CA (e.g. after `office-addin-dev-certs uninstall` and a new install).
  test.each([
    ['missing key', 'missing', (p: ReturnType<typeof certPaths>) => rmSync(p.key)],
    [
      'garbage certificate',
      'unreadable',
      (p: ReturnType<typeof certPaths>) => writeFileSync(p.cert, 'not a pem'),
    ],
  ] as const)('%s → %s, and made again', async (_name, problem, damage) => {
    const first = await ensureDevCertificates(home);
    damage(first.paths);
    expect(certificateProblem(first.paths)).toBe(problem);
    const again = await ensureDevCertificates(home);
    expect(again.created).toBe(true);
    expect(certificateProblem(again.paths)).toBeNull();
  });

  test('a key or CA from another set is noticed', async () => {
    const first = await ensureDevCertificates(home);
    const otherHome = mkdtempSync(join(tmpdir(), 'dev-certs-other-'));
    try {
      const other = await ensureDevCertificates(otherHome);
      writeFileSync(first.paths.key, readFileSync(other.paths.key));
      expect(certificateProblem(first.paths)).toBe('wrong-key');
      writeFileSync(first.paths.key, first.key);
      writeFileSync(first.paths.ca, other.ca);
      expect(certificateProblem(first.paths)).toBe('not-from-ca');
    } finally {
      rmSync(otherHome, { recursive: true, force: true });
    }
  });
});

describe('trustAdvice', () => {
  test.each([
    ['linux', /certutil -d sql:\$HOME\/\.pki\/nssdb/, /Firefox/],
    ['win32', /npx office-addin-dev-certs install/, /administrator/],
    ['darwin', /npx office-addin-dev-certs install/, /administrator/],
  ] as const)('%s: names the CA file and the way to trust it', (platform, zhStep, enStep) => {
    const paths = certPaths(home);
    const [zh, en] = trustAdvice(paths, platform);
    expect(zh).toContain(paths.ca);
    expect(zh).toMatch(zhStep);
    expect(en).toMatch(enStep);
  });
});
