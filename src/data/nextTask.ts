/**
 * A task of its own, after what the browser has already queued (input, rendering): long work cut into such tasks
 * lets the page answer between the pieces. A message channel, not setTimeout, which waits at least 4 ms once
 * timeouts nest.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
