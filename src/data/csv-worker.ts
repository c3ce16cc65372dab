/**
 * The CSV thread of a two-thread read (src/data/csv-threads.ts): reads the
 * records of the part of the file it is given, from the bytes the main
 * thread shares, into the shared cells, then hashes the file.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { readRange, type CsvReply, type CsvRequest } from './csv-range.js';

const port = parentPort;
if (port === null) throw new Error('csv-worker: not a worker thread');

port.on('message', (request: CsvRequest) => {
  const reply = answer(request);
  port.postMessage(
    reply,
    reply.type === 'range'
      ? [reply.lines.buffer as ArrayBuffer, reply.kept.buffer as ArrayBuffer]
      : [],
  );
});

function answer(request: CsvRequest): CsvReply {
  switch (request.type) {
    case 'range': {
      const { bytes, from, to, m, values } = request;
      try {
        // Lines counted from 1: the main thread adds where the part starts once its own part is read.
        return { type: 'range', ...readRange(bytes, { from, to, line: 1, row: 1 }, m, values, '') };
      } catch {
        return { type: 'failed' };
      }
    }
    case 'hash':
      return { type: 'hash', hash: createHash('sha256').update(request.bytes).digest('hex') };
  }
}
