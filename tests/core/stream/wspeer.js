#!/usr/bin/env node
// A scripted live feed for the stream tests and benchmarks: a `ws` WebSocket server on 127.0.0.1
// (free port) that sends --count messages, each with a unique increasing "seq", paced at --rate
// messages per second, and can misbehave on cue (malformed or oversized messages, a dropped or
// stalled link, a refused token).
//
// The messages form one stream shared by the connections: whoever is connected gets the next
// message, and after a drop or stall the next connection continues with the message after it,
// so a client that reconnects can check that nothing after the reconnect was lost.
//
// stdout (one line each): "listening on 127.0.0.1:PORT", "connected N", "refused REASON",
// "subscribe TEXT", "dropped after K", "stalled after K", "done N" (all N messages written).
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { performance } = require('perf_hooks');
const { WebSocketServer } = require(path.join(__dirname, '..', '..', 'node_modules', 'ws'));

const usage = `usage: node wspeer.js [options]
  --count N             messages to send (default 100)
  --rate R              messages per second, paced by hrtime; 0 = as fast as possible (default 0)
  --payload P           annexb (flat Annex B record) or ngsi-ld (notification) (default annexb)
  --stations K          stations the messages cycle through (default 3)
  --stamp               add "sentUs": microseconds since the epoch when sent
  --binary              send binary frames instead of text frames
  --malformed-every K   every K-th message is cut in half (malformed JSON)
  --oversized-at K      message K is padded to --oversized-bytes B (default 2 MiB)
  --drop-after K        end the TCP connection after message K (once), no close frame
  --stall-after K       after message K stop sending and stop reading (no pongs) (once)
  --require-token T     answer 401 to upgrades without "Authorization: Bearer T"
  --expect-subscribe    send nothing to a client before its first text message
  --close-when-done     close the connections (1000) once everything is sent
  --tls-cert F --tls-key F   serve wss:// with this certificate`;

function parseArgs(argv) {
  const o = {
    count: 100, rate: 0, payload: 'annexb', stations: 3, stamp: false, binary: false, malformedEvery: 0,
    oversizedAt: 0, oversizedBytes: 2 << 20, dropAfter: 0, stallAfter: 0, requireToken: null,
    expectSubscribe: false, closeWhenDone: false, tlsCert: null, tlsKey: null,
  };
  const flags = { '--stamp': 'stamp', '--binary': 'binary', '--expect-subscribe': 'expectSubscribe',
    '--close-when-done': 'closeWhenDone' };
  const numbers = { '--count': 'count', '--rate': 'rate', '--stations': 'stations', '--malformed-every': 'malformedEvery',
    '--oversized-at': 'oversizedAt', '--oversized-bytes': 'oversizedBytes', '--drop-after': 'dropAfter',
    '--stall-after': 'stallAfter' };
  const texts = { '--payload': 'payload', '--require-token': 'requireToken', '--tls-cert': 'tlsCert', '--tls-key': 'tlsKey' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (flags[a]) o[flags[a]] = true;
    else if (numbers[a] && i + 1 < argv.length && !isNaN(Number(argv[i + 1]))) o[numbers[a]] = Number(argv[++i]);
    else if (texts[a] && i + 1 < argv.length) o[texts[a]] = argv[++i];
    else { console.error(`unknown or incomplete option ${a}\n${usage}`); process.exit(2); }
  }
  if (!['annexb', 'ngsi-ld'].includes(o.payload)) { console.error(usage); process.exit(2); }
  o.stations = Math.max(1, o.stations);
  return o;
}

const opt = parseArgs(process.argv.slice(2));

function nowUs() {
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}

function station(seq) {
  return `ST-${String(((seq - 1) % opt.stations) + 1).padStart(2, '0')}`;
}

// Plausible, deterministic values (a function of seq), so runs can be compared.
function values(seq) {
  const k = (seq - 1) % opt.stations;
  const wave = Math.sin(seq / 50);
  return {
    lat: +(37.9715 + 0.01 * k).toFixed(5), lon: +(23.7257 + 0.01 * k).toFixed(5),
    humidity: +(60 + 10 * wave).toFixed(1), co: +(0.3 + 0.1 * wave).toFixed(2), no2: +(25 + 8 * wave + k).toFixed(1),
    pressure: +(1013 + 2 * wave).toFixed(1), pm10: +(20 + 10 * wave + k).toFixed(1), pm25: +(12 + 6 * wave).toFixed(1),
    temperature: +(18 + 3 * wave).toFixed(1), windspeed: +(3 + wave).toFixed(1),
  };
}

function annexb(seq) {
  const v = values(seq);
  const stamp = opt.stamp ? `,"sentUs":${nowUs()}` : '';
  return `{"source":"wspeer","cityName":"Athens","countrycode":"GR","zipcode":10558,"station":"${station(seq)}",` +
    `"lat":${v.lat},"lon":${v.lon},"dominentpol":"pm10","humidity":${v.humidity},"co":${v.co},"no2":${v.no2},` +
    `"pressure":${v.pressure},"pm10":${v.pm10},"pm25":${v.pm25},"temperature":${v.temperature},` +
    `"windspeed":${v.windspeed},"timeRecorded":${Date.now() / 1000},"seq":${seq}${stamp}}`;
}

function ngsild(seq) {
  const v = values(seq);
  const at = new Date().toISOString();
  const p = (value) => ({ type: 'Property', value, observedAt: at });
  const entity = {
    id: `urn:ngsi-ld:AirQualityObserved:${station(seq)}`, type: 'AirQualityObserved',
    '@context': 'https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld',
    location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [v.lon, v.lat] } },
    pm10: p(v.pm10), pm25: p(v.pm25), no2: p(v.no2), temperature: p(v.temperature), seq: p(seq),
  };
  if (opt.stamp) entity.sentUs = p(nowUs());
  return JSON.stringify({ id: `urn:ngsi-ld:Notification:${seq}`, type: 'Notification',
    subscriptionId: 'urn:ngsi-ld:Subscription:wspeer', notifiedAt: at, data: [entity] });
}

function message(seq) {
  let text = opt.payload === 'ngsi-ld' ? ngsild(seq) : annexb(seq);
  if (opt.oversizedAt === seq && opt.oversizedBytes > text.length + 16) {
    text = `${text.slice(0, -1)},"padding":"${'x'.repeat(opt.oversizedBytes - text.length - 14)}"}`;
  } else if (opt.malformedEvery > 0 && seq % opt.malformedEvery === 0) {
    text = text.slice(0, Math.floor(text.length / 2));
  }
  return text;
}

// --- the shared stream ----------------------------------------------------------------------

let next = 1;            // seq of the next message
let written = 0;         // messages whose write completed
let connections = 0;
let dropped = false;
let stalled = false;
let finished = false;
let timer = null;
let runStartNs = 0n;     // pacing restarts when a client (re)connects
let runFirstSeq = 1;
const ready = new Set(); // clients that get the stream
const stalledSockets = new Set();

function schedule(ms) {
  if (timer) return;
  timer = ms > 0 ? setTimeout(() => { timer = null; pump(); }, ms) : setImmediate(() => { timer = null; pump(); });
}

function startRun() {
  runStartNs = process.hrtime.bigint();
  runFirstSeq = next;
  schedule(0);
}

function pump() {
  if (ready.size === 0 || next > opt.count) return;
  for (const ws of ready) {
    if (ws.bufferedAmount > 16 << 20) { schedule(1); return; } // a slow client: let the socket drain
  }
  let due = Math.min(opt.count - next + 1, 500); // yield to the event loop now and then
  if (opt.rate > 0) {
    const elapsedNs = Number(process.hrtime.bigint() - runStartNs);
    const allowed = runFirstSeq + Math.floor(elapsedNs * opt.rate / 1e9) + 1 - next;
    if (allowed <= 0) {
      const nextDueNs = (next - runFirstSeq) * 1e9 / opt.rate;
      schedule(Math.max(1, Math.floor((nextDueNs - elapsedNs) / 1e6)));
      return;
    }
    due = Math.min(due, allowed);
  }
  for (let i = 0; i < due; i++) {
    if (!sendOne()) return;
  }
  schedule(0);
}

function sendOne() {
  const seq = next++;
  const text = message(seq);
  const last = seq === opt.count;
  const drop = opt.dropAfter === seq && !dropped;
  const stall = opt.stallAfter === seq && !stalled;
  const targets = [...ready];
  let pending = targets.length;
  const onWritten = () => {
    if (--pending > 0) return;
    written++;
    if (drop) {
      for (const ws of targets) { ws._socket.end(); setTimeout(() => ws.terminate(), 2000); }
      console.log(`dropped after ${seq}`);
    }
    if (stall) {
      for (const ws of targets) { ws._socket.pause(); stalledSockets.add(ws); }
      console.log(`stalled after ${seq}`);
    }
    if (last) done();
  };
  for (const ws of targets) ws.send(text, { binary: opt.binary }, onWritten);
  if (drop || stall) {
    // Nothing more on these connections; the next one continues with seq + 1.
    dropped = dropped || drop;
    stalled = stalled || stall;
    ready.clear();
    return false;
  }
  return true;
}

function done() {
  if (finished) return;
  finished = true;
  console.log(`done ${written}`);
  if (opt.closeWhenDone) for (const ws of ready) ws.close(1000, 'done');
}

// --- the server -----------------------------------------------------------------------------

const wss = new WebSocketServer({ noServer: true, maxPayload: 64 << 20 });
const server = opt.tlsCert
  ? https.createServer({ cert: fs.readFileSync(opt.tlsCert), key: fs.readFileSync(opt.tlsKey) })
  : http.createServer();

server.on('upgrade', (req, socket, head) => {
  if (opt.requireToken !== null && req.headers.authorization !== `Bearer ${opt.requireToken}`) {
    console.log(`refused ${req.headers.authorization ? 'wrong token' : 'no token'}`);
    socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});

wss.on('connection', (ws) => {
  console.log(`connected ${++connections}`);
  for (const old of stalledSockets) old.terminate(); // their clients have given up on them
  stalledSockets.clear();
  let subscribed = !opt.expectSubscribe;
  ws.on('message', (data, isBinary) => {
    if (subscribed || isBinary) return;
    subscribed = true;
    console.log(`subscribe ${data.toString()}`);
    ready.add(ws);
    startRun();
  });
  ws.on('close', () => ready.delete(ws));
  ws.on('error', () => ready.delete(ws));
  if (subscribed) {
    ready.add(ws);
    startRun();
  }
});

server.listen(0, '127.0.0.1', () => {
  console.log(`listening on 127.0.0.1:${server.address().port}`);
});

process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
