// What the benches share: starting `ordo serve` and signing in over HTTP.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { totpAt } from '../dist/modules/identity/totp.js';

const root = path.resolve(import.meta.dirname, '..');
export const admin = { email: 'bench@ordo.local', password: 'bench-password-1' };

/** Starts `ordo serve` on a free port with `env` over the bench administrator's; resolves once it listens. */
export function startServer(env) {
  return new Promise((resolve, reject) => {
    // BENCH_SERVER_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=prof`, profiles the server (Node refuses --cpu-prof in NODE_OPTIONS).
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'bin', 'ordo.js'), 'serve'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ORDO_ADMIN_EMAIL: admin.email, ORDO_ADMIN_PASSWORD: admin.password, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (data) => {
      output += data;
      const match = /listening on http:\/\/\S+:(\d+)/.exec(output);
      if (match) resolve({ child, baseUrl: `http://127.0.0.1:${match[1]}` });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`ordo serve exited with ${code}:\n${output}`)));
  });
}

/** Stops a server `startServer` started. */
export async function stopServer(server) {
  server.child.removeAllListeners('exit');
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
}

export async function api(baseUrl, headers, method, url, body) {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The session cookie and CSRF token a response sets, over the ones held so far. */
function takeSession(res, held = {}) {
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const cookie = cookies.find((c) => c.startsWith('ordo_session=')) ?? held.cookie;
  const csrf = cookies.find((c) => c.startsWith('ordo_csrf='))?.slice('ordo_csrf='.length) ?? held['x-ordo-csrf'];
  return { cookie, 'x-ordo-csrf': csrf };
}

/** Signs a user in (the administrator by default); the default sign-in setting has administrators set up two-step verification first. */
export async function signIn(baseUrl, credentials = admin) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  if (login.status !== 200) throw new Error(`sign-in: ${login.status} ${await login.text()}`);
  let session = takeSession(login);
  const { stage } = await login.json();
  if (stage === 'mfa_enrolment') {
    const { secret } = await api(baseUrl, session, 'POST', '/api/v1/auth/mfa/enrolment');
    const confirm = await fetch(`${baseUrl}/api/v1/auth/mfa/enrolment/confirm`, {
      method: 'POST',
      headers: { ...session, 'content-type': 'application/json' },
      body: JSON.stringify({ code: totpAt(secret, new Date()) }),
    });
    if (confirm.status !== 200) throw new Error(`two-step enrolment: ${confirm.status} ${await confirm.text()}`);
    session = takeSession(confirm, session);
  }
  return session;
}
