import * as z from 'zod/mini';

/**
 * The server's settings, from the environment (a service manager or a container sets them):
 *   DATABASE_URL     postgres://user:password@host:5432/pandu (required)
 *   PORT             where to listen (8787)
 *   HOST             which address to listen on (127.0.0.1: the HTTPS reverse proxy is in front)
 *   PUBLIC_URL       the address the browsers use, as the proxy serves it (https://pandu.example.co.id)
 *   RATE_PER_MINUTE  requests per minute per token (600)
 */
const port = z.string().check(
  z.regex(/^\d{1,5}$/, 'a port number'),
  z.refine((text) => Number(text) >= 1 && Number(text) <= 65_535, 'a port number between 1 and 65535'),
);
const envSchema = z.object({
  DATABASE_URL: z.string().check(z.regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL URL such as postgres://user:password@host:5432/pandu')),
  PORT: z._default(port, '8787'),
  HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  PUBLIC_URL: z.optional(z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://pandu.example.co.id' })),
  RATE_PER_MINUTE: z._default(z.string().check(z.regex(/^[1-9]\d{0,6}$/, 'a whole number of requests per minute')), '600'),
});

export interface ServerConfig {
  databaseUrl: string;
  port: number;
  host: string;
  publicUrl?: string;
  ratePerMinute: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the environment; a wrong or missing value names the variable and what it should be. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = z.safeParse(envSchema, present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.code === 'invalid_type' ? 'missing' : issue.message}`);
    throw new ConfigError(`The team server's environment is not valid:\n${lines.join('\n')}`);
  }
  const { DATABASE_URL, PORT, HOST, PUBLIC_URL, RATE_PER_MINUTE } = parsed.data;
  return { databaseUrl: DATABASE_URL, port: Number(PORT), host: HOST, ...(PUBLIC_URL ? { publicUrl: PUBLIC_URL.replace(/\/$/, '') } : {}), ratePerMinute: Number(RATE_PER_MINUTE) };
}
