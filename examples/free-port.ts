// A TCP port on 127.0.0.1 that nothing listens on right now, for the temporary servers of the examples.
import { createServer } from 'node:net';

/** Asks the system for a free port on 127.0.0.1 and releases it at once. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('No port was assigned'))));
    });
  });
}
