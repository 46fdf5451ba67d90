import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DAY_MS = 24 * 60 * 60 * 1000;

export interface KeyPair {
  key: string;
  cert: string;
}

/**
 * A throw-away CA in a temp dir, issuing leaves with any validity window through `openssl ca`,
 * whose -startdate/-enddate can place a certificate entirely in the past (OpenSSL 3.0's x509 cannot).
 */
export class TestCertificateAuthority {
  private serial = 1;

  private constructor(
    private readonly dir: string,
    readonly ca: KeyPair,
  ) {}

  static async create(): Promise<TestCertificateAuthority> {
    const dir = await mkdtemp(join(tmpdir(), 'presidio-probe-certs-'));
    await writeFile(join(dir, 'openssl.cnf'), opensslConfig(dir));
    await writeFile(join(dir, 'index.txt'), '');
    await openssl(dir, ['req', '-x509', '-config', 'openssl.cnf', '-extensions', 'ca_ext', ...newKey('ca.key'), '-subj', '/CN=Presidio Test CA', '-days', '3650', '-out', 'ca.pem']);
    return new TestCertificateAuthority(dir, await readPair(dir, 'ca'));
  }

  /** A leaf for `names` (DNS names or IPs) valid from `notBefore` to `notAfter`, signed by this CA. */
  async issue(names: string[], notBefore: Date, notAfter: Date): Promise<KeyPair> {
    const id = `leaf${this.serial}`;
    const serial = (this.serial++).toString(16).padStart(2, '0');
    await writeFile(join(this.dir, 'serial'), `${serial}\n`);
    await writeFile(join(this.dir, `${id}.ext`), `basicConstraints=CA:FALSE\nsubjectAltName=${subjectAltName(names)}\n`);
    await openssl(this.dir, ['req', '-new', '-config', 'openssl.cnf', ...newKey(`${id}.key`), '-subj', `/CN=${names[0]}`, '-out', `${id}.csr`]);
    await openssl(this.dir, [
      'ca', '-batch', '-notext', '-config', 'openssl.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${id}.csr`, '-out', `${id}.pem`,
      '-startdate', opensslDate(notBefore), '-enddate', opensslDate(notAfter), '-extfile', `${id}.ext`,
    ]);
    return readPair(this.dir, id);
  }

  /** A leaf valid from yesterday for `days` more days. */
  issueForDays(names: string[], days: number): Promise<KeyPair> {
    return this.issue(names, new Date(Date.now() - DAY_MS), new Date(Date.now() + days * DAY_MS));
  }

  /** A self-signed leaf that no CA vouches for. */
  async selfSigned(names: string[]): Promise<KeyPair> {
    const id = `self${this.serial++}`;
    await openssl(this.dir, [
      'req', '-x509', '-config', 'openssl.cnf', ...newKey(`${id}.key`), '-subj', `/CN=${names[0]}`, '-days', '30',
      '-addext', `subjectAltName=${subjectAltName(names)}`, '-out', `${id}.pem`,
    ]);
    return readPair(this.dir, id);
  }

  dispose(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }
}

function newKey(keyFile: string): string[] {
  return ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile];
}

function subjectAltName(names: string[]): string {
  return names.map((name) => (/^[\d.]+$|:/.test(name) ? `IP:${name}` : `DNS:${name}`)).join(',');
}

function opensslDate(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

async function openssl(dir: string, args: string[]): Promise<void> {
  await run('openssl', args, { cwd: dir });
}

async function readPair(dir: string, id: string): Promise<KeyPair> {
  const [key, cert] = await Promise.all([readFile(join(dir, `${id}.key`), 'utf8'), readFile(join(dir, `${id}.pem`), 'utf8')]);
  return { key, cert };
}

// Self-contained, so the machine's own openssl.cnf cannot change what gets issued.
function opensslConfig(dir: string): string {
  return `
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = unused
[ ca_ext ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ ca ]
default_ca = test_ca
[ test_ca ]
database = ${dir}/index.txt
new_certs_dir = ${dir}
serial = ${dir}/serial
default_md = sha256
policy = any_name
unique_subject = no
[ any_name ]
commonName = supplied
`;
}
