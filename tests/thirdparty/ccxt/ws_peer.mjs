// A WebSocket server written with the `ws` package (pinned in package.json), for the native client's
// protocol tests: `node ws_peer.mjs SCENARIO [CERT KEY]` listens on a free loopback port, prints
// "PORT <n>", and plays SCENARIO with the first client. With CERT and KEY it speaks wss://.
import { WebSocketServer } from 'ws';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';

const [scenario, certFile, keyFile] = process.argv.slice(2);
const server = certFile
  ? https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) })
  : http.createServer();
const wss = new WebSocketServer({ server, maxPayload: 4 * 1024 * 1024 });

const report = (line) => process.stdout.write(line + '\n');

wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => {
    if (scenario === 'echo')
      ws.send(data, { binary: isBinary });
  });
  ws.on('ping', (data) => report('PING ' + data.toString()));
  ws.on('pong', (data) => report('PONG ' + data.toString()));
  ws.on('close', (code, reason) => report('CLOSED ' + code + ' ' + reason.toString()));
  switch (scenario) {
  case 'echo':
    break;
  case 'fragmented':
    // One text message in three fragments, with a ping between the first two: the client must answer
    // the ping and deliver the message whole.
    ws.send('{"topic":"frag', { fin: false });
    ws.ping('in-between');
    ws.send('mented","n":', { fin: false });
    ws.send('1}', { fin: true });
    ws.send('{"topic":"after"}');
    break;
  case 'close':
    ws.close(4001, 'maintenance window');
    break;
  case 'oversized':
    ws.send('x'.repeat(2 * 1024 * 1024));
    break;
  case 'invalid_utf8':
    // A text frame carrying bytes that are not UTF-8 (an overlong encoding and a lone continuation).
    ws.send(Buffer.from([0x7b, 0xc0, 0xaf, 0x80, 0x7d]), { binary: false });
    break;
  case 'abrupt':
    // The header of a 256-byte text frame and 3 of its bytes, then the TCP connection ends.
    ws._socket.write(Buffer.from([0x81, 0x7e, 0x01, 0x00, 0x61, 0x62, 0x63]));
    setTimeout(() => ws._socket.destroy(), 50);
    break;
  default:
    report('UNKNOWN ' + scenario);
    process.exit(2);
  }
});

server.listen(0, '127.0.0.1', () => report('PORT ' + server.address().port));
// Never outlive the test that started it.
setTimeout(() => process.exit(0), 60000).unref();
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
