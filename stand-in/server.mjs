// The local kintone stand-in: an in-memory server for the endpoints the plugin uses, speaking kintone's
// wire format and error contract, plus pages that load the BUILT plugin the way kintone does.
import { createServer } from 'node:http';
import { ERRORS, KintoneError } from './errors.mjs';
import { loadApps } from './data.mjs';
import { kintoneGets, parseKintonePath, userApi, handleUploadWrite } from './api.mjs';
import { scenarioFromHeaders, FailureCounter, FAIL_DEFAULT_CODES } from './scenario.mjs';
import { servePage } from './pages.mjs';
import { deployStatus, jsonBody, settingsWrite } from './writes.mjs';
import { parseQuery, readBody, parseMultipart } from './http-util.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The upload endpoints, which `npm run upload` reaches with password authentication only. */
const UPLOADS = new Set(['file.json', 'plugin.json']);

const jsonOrNull = (buffer) => {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    return null;
  }
};

/** kintone's error body for an injected failure: kintone's message when the stand-in knows the code. */
const injectedError = (code, params) =>
  ERRORS[code]
    ? new KintoneError(code, params).body()
    : { code, id: 'standin', message: 'The stand-in was asked to fail.' };

/**
 * @param {{ port?: number, host?: string, zipPath?: string, scenario?: object,
 *           username?: string, password?: string }} [options]
 */
export async function startStandIn(options = {}) {
  const apps = loadApps();
  const state = { files: new Map(), plugins: new Map(), uploads: [], deployments: new Map() };
  const requests = [];
  /** Every non-GET request to /k/, accepted or refused, in arrival order (see logWrite). */
  const writes = [];
  const failures = new FailureCounter();
  let scenario = { ...(options.scenario ?? {}) };
  const credentials = Buffer.from(`${options.username ?? 'admin'}:${options.password ?? 'password'}`).toString(
    'base64',
  );
  const zipPath = options.zipPath ?? 'dist/plugin.zip';
  const sockets = new Set();

  const send = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  /**
   * Logs a write as it arrives: `status` stays 0 while unanswered (and for good when hang or drop leave it so);
   * the returned function fills in the answer: the error `code` when refused, the new `revision` when accepted.
   */
  function logWrite(method, path, body) {
    const entry = { method, path, body: jsonOrNull(body), status: 0 };
    writes.push(entry);
    return (status, answer) => {
      entry.status = status;
      if (status >= 400 && answer?.code) entry.code = answer.code;
      if (status < 400 && answer?.revision !== undefined) entry.revision = answer.revision;
    };
  }

  /**
   * Password authentication everywhere, and kintone's session authentication (a page's kintone.api, which sends
   * X-Requested-With: XMLHttpRequest) everywhere but the upload endpoints.
   */
  function authenticated(headers, rest) {
    const password = headers['x-cybozu-authorization'];
    if (password !== undefined) return password === credentials;
    return headers['x-requested-with'] === 'XMLHttpRequest' && !UPLOADS.has(rest);
  }

  async function answerApi(req, res, url) {
    const query = parseQuery(url.searchParams);
    const effective = { ...scenario, ...scenarioFromHeaders(req.headers) };
    const owner = String(req.headers['x-standin-page'] ?? 'server');
    const record = { method: req.method, path: url.pathname, query, startedAt: performance.now(), answeredAt: 0 };
    requests.push(record);
    const body = req.method === 'GET' ? undefined : await readBody(req);
    const logged = req.method !== 'GET' && url.pathname.startsWith('/k/') && logWrite(req.method, url.pathname, body);
    const answer = (status, result) => {
      if (logged) logged(status, result);
      send(res, status, result);
    };
    if (effective.hang) return; // never answers; the client must give up on its own
    if (effective.latencyMs) await sleep(effective.latencyMs);
    record.answeredAt = performance.now();
    if (effective.drop) return req.socket.destroy();
    // Checked before `fail`, so a page can combine both: the busy answers do not use up `fail`'s `times`.
    if (failures.shouldRefuseBusy(owner, effective, req.method, query.app)) {
      const busy = new KintoneError('GAIA_TO04');
      return answer(busy.status, busy.body());
    }
    if (failures.shouldFail(owner, effective, url.pathname)) {
      const { status, code } = effective.fail;
      // kintone answers 403 and 404 with its JSON error body: the named code (kintone's message when the stand-in
      // knows the code), else the usual code for that status (CB_NO02 for 403, CB_NF01 for 404).
      if (status === 403 || status === 404)
        return answer(status, injectedError(code ?? FAIL_DEFAULT_CODES[status], { app: query.app }));
      // kintone itself answers a busy domain with GAIA_TO04 (the `busy` switch). A 429 or 503 can also come from
      // in front of kintone. UNVERIFIED — the stand-in's guess of such an answer, as no reference describes one: by
      // default a plain page, as a proxy or load balancer would; `failCode` answers kintone's JSON error body with that code instead, and failBody=json a
      // gateway's JSON without a kintone code.
      if (code) return answer(status, { code, id: 'standin', message: 'The stand-in was asked to fail.' });
      if (effective.fail.body === 'json') return answer(status, { message: 'Service Unavailable' });
      if (logged) logged(status);
      res.writeHead(status, { 'Content-Type': 'text/html' });
      return res.end(`<html><body><h1>${status}</h1></body></html>`);
    }
    try {
      const result = route(req, url, query, body, effective);
      if (effective.dropMidBody) {
        const text = JSON.stringify(result);
        if (logged) logged(200, result); // the write happened; only its answer is lost
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(text.length * 2) });
        res.write(text.slice(0, text.length >> 1));
        return setTimeout(() => req.socket.destroy(), 20);
      }
      if (effective.malformed && req.method === 'GET' && url.pathname.includes('notifications/general.json')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        if (effective.malformed === 'truncated') return res.end(JSON.stringify(result).slice(0, 40));
        return res.end(
          JSON.stringify({ ...result, notifications: [{ entity: { type: 'USER' }, recordAdded: 'yes' }], revision: 5 }),
        );
      }
      answer(200, result);
    } catch (error) {
      if (error instanceof KintoneError) return answer(error.status, error.body());
      console.error(error);
      answer(500, { code: 'GAIA_UN01', id: 'standin', message: 'Internal error in the stand-in.' });
    }
  }

  function route(req, url, query, body, effective) {
    const userApiMatch = url.pathname.match(/^\/v1\/((?:user\/)?[a-z]+\.json)$/);
    if (userApiMatch && req.method === 'GET') return userApi(userApiMatch[1], query, effective.userApi === 'forbidden');
    const parsed = parseKintonePath(url.pathname);
    if (!parsed) throw new KintoneError('CB_NF01');
    const pageQuery = parseQuery(new URLSearchParams(String(req.headers['x-standin-query'] ?? '')));
    const { guestSpace } = parsed;
    if (req.method === 'GET' && parsed.preview && parsed.rest === 'app/deploy.json') {
      return deployStatus({ apps, query, guestSpace, deployments: state.deployments });
    }
    if (req.method === 'GET' && kintoneGets[parsed.rest]) {
      return kintoneGets[parsed.rest]({
        apps,
        query,
        guestSpace,
        env: parsed.preview ? 'preview' : 'live',
        pageQuery,
        state,
      });
    }
    if (!authenticated(req.headers, parsed.rest)) throw new KintoneError('CB_WA01');
    const write = settingsWrite(req.method, parsed);
    if (write) {
      const ctx = { apps, body: jsonBody(body), guestSpace, deployments: state.deployments, scenario: effective };
      return write(ctx);
    }
    const upload = parsed.rest === 'file.json' ? parseMultipart(req.headers['content-type'], body) : body;
    const result = handleUploadWrite(parsed.rest, req.method, upload, state);
    if (!result) throw new KintoneError('CB_NF01');
    return result;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    if (url.pathname === '/__standin/scenario' && req.method === 'POST') {
      return readBody(req).then((body) => {
        scenario = JSON.parse(body.toString('utf8') || '{}');
        failures.reset();
        send(res, 200, { scenario });
      });
    }
    if (
      url.pathname.startsWith('/k/v1/') ||
      /^\/k\/guest\/\d+\/v1\//.test(url.pathname) ||
      url.pathname.startsWith('/v1/')
    ) {
      return answerApi(req, res, url).catch((error) => {
        console.error(error);
        if (!res.headersSent) send(res, 500, { code: 'GAIA_UN01', id: 'standin', message: String(error) });
      });
    }
    servePage(req, res, url, { apps, zipPath });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    // rest-api-client accepts plain http only for a host named localhost.
    url: `http://${options.host === 'localhost' ? 'localhost' : '127.0.0.1'}:${port}`,
    port,
    requests,
    uploads: state.uploads,
    plugins: state.plugins,
    writes,
    /** Back to the sample apps as loaded (in place: pages hold the same Map), no deployments, an empty write log. */
    resetApps() {
      apps.clear();
      for (const [id, app] of loadApps()) apps.set(id, app);
      state.deployments.clear();
      writes.length = 0;
    },
    setScenario(next) {
      scenario = { ...next };
      failures.reset();
    },
    resetScenario() {
      scenario = {};
      failures.reset();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
