import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running HTTP server that receives Telegram's webhook calls. */
export interface WebhookServer {
  /** The port it listens on (useful when it was started on port 0). */
  port: number;
  /** Stops accepting calls and waits for open ones to finish. */
  close(): Promise<void>;
}

/**
 * Starts the HTTP server for webhook mode. `handler` is Telegraf's webhook callback, which
 * answers 403 to anything that is not a POST to the hook path carrying the right
 * `X-Telegram-Bot-Api-Secret-Token` header, before reading the body.
 *
 * @example const server = await startWebhookServer(bot.webhookCallback('/telegram', { secretToken }), 8443, '0.0.0.0');
 */
export async function startWebhookServer(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  port: number,
  host: string,
): Promise<WebhookServer> {
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${host} is already in use; set PORT to a free port for the Telegram webhook.`, { cause: error })
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
