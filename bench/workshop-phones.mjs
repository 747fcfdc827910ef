// The room's phones for the workshop bench, in a worker thread: in a real room the
// HTTP client work happens on forty phones, not in the host, so it must not eat the
// host's event loop here either. Each phone is a browser-like client: keep-alive,
// at most 6 connections to the host. The main thread sends a wave, the worker fires
// every request of it at the same instant and answers with the tap-to-answer times.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';

/** One POST; resolves with the status and the parsed body. */
function post(agent, url, body, secret) {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...(secret ? { 'x-participant': secret } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const phones = [];

async function timed(fn) {
  const t0 = performance.now();
  const reply = await fn();
  return { ms: performance.now() - t0, reply };
}

async function wave(message) {
  if (message.type === 'join') {
    const joins = await Promise.all(
      Array.from({ length: message.participants }, (_, p) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 6 });
        return timed(() => post(agent, `${message.url}api/join`, { displayName: `P${p}` })).then((t) => {
          phones[p] = { agent, secret: t.reply.body.value.secret };
          return t;
        });
      }),
    );
    return { latencies: joins.map((t) => t.ms), refused: joins.filter((t) => t.reply.status !== 200).length };
  }
  // A tap wave: every phone sets `dots` on each of its items, all at once.
  const taps = await Promise.all(
    phones.flatMap((phone, p) =>
      message.itemsOf[p].map((item) =>
        timed(() => post(phone.agent, `${message.url}api/dots`, { item: String(item), dots: message.dots }, phone.secret)),
      ),
    ),
  );
  return { latencies: taps.map((t) => t.ms), refused: taps.filter((t) => t.reply.status !== 200).length };
}

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    for (const phone of phones) phone.agent.destroy();
    parentPort.close();
    return;
  }
  wave(message).then(
    (result) => parentPort.postMessage(result),
    (err) => parentPort.postMessage({ error: String(err?.stack ?? err) }),
  );
});
