/**
 * The throughput baseline: a bare node:http server on 127.0.0.1 answering every request
 * with one fixed JSON body (the size of an ImportKeyPair answer), after reading the
 * request to its end as any server must. Prints `listening URL` when ready.
 */
import { createServer } from 'node:http';

const body = JSON.stringify({
  RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E',
  KeyPairName: 'kpcbench00000000001',
  KeyPairFingerPrint: '89:f0:ba:62:ac:6d:21:d8:d6:c4:ef:1e:8d:e4:0e:5b',
});
const headers = { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(body) };

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.listen({ host: '127.0.0.1', port: 0, backlog: 2048 }, () => {
  const a = server.address();
  process.stdout.write(`listening http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}\n`);
});
const stop = (): void => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
