import pg from 'pg'

/** One versioned step of the cluster schema; applied once, in order, never edited after release. */
export interface Migration { version: number; name: string; statements: string[] }

/** Any fixed 64-bit key: every hub starting at once queues on it, so each step runs exactly once. */
export const MIGRATION_LOCK_KEY = 0x7e7e_0001

/** The cluster schema: the same tables as the embedded SQLite stores, epoch-ms times as BIGINT. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1, name: 'identity',
    statements: [
      `CREATE TABLE accounts (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')), password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
      `CREATE TABLE devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, room TEXT, model TEXT, token_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
      'CREATE TABLE hub_secrets (name TEXT PRIMARY KEY, value BYTEA NOT NULL)',
    ],
  },
  {
    version: 2, name: 'rooms',
    statements: [
      `CREATE TABLE chat_rooms (id TEXT PRIMARY KEY, name TEXT NOT NULL, topic TEXT NOT NULL, min_role TEXT NOT NULL,
        created_at BIGINT NOT NULL, seq BIGINT NOT NULL DEFAULT 0)`,
      `CREATE TABLE chat_events (room_id TEXT NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE, seq BIGINT NOT NULL,
        entry_id TEXT NOT NULL, ts BIGINT NOT NULL, kind TEXT NOT NULL, author_id TEXT, client_id TEXT, system BOOLEAN NOT NULL DEFAULT false,
        text TEXT, entry JSONB NOT NULL, PRIMARY KEY (room_id, seq))`,
      'CREATE INDEX chat_events_entry ON chat_events (room_id, entry_id, seq)',
      `CREATE UNIQUE INDEX chat_events_client ON chat_events (room_id, author_id, client_id) WHERE kind = 'message' AND client_id IS NOT NULL`,
      `CREATE TABLE chat_members (room_id TEXT NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE, user_id TEXT NOT NULL,
        username TEXT NOT NULL, PRIMARY KEY (room_id, user_id))`,
      'CREATE INDEX chat_members_user ON chat_members (user_id)',
      `CREATE TABLE chat_dm_convs (conv TEXT PRIMARY KEY, seq BIGINT NOT NULL DEFAULT 0)`,
      `CREATE TABLE chat_dms (conv TEXT NOT NULL, seq BIGINT NOT NULL, from_id TEXT NOT NULL, client_id TEXT NOT NULL,
        entry JSONB NOT NULL, PRIMARY KEY (conv, seq))`,
      'CREATE UNIQUE INDEX chat_dms_client ON chat_dms (from_id, client_id)',
    ],
  },
  {
    version: 3, name: 'commands',
    statements: [
      `CREATE TABLE commands (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, name TEXT NOT NULL, params JSONB NOT NULL,
        issuer_id TEXT NOT NULL, issuer_name TEXT NOT NULL, client_id TEXT, status TEXT NOT NULL,
        created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, sent_at BIGINT, delivered_at BIGINT, completed_at BIGINT,
        result JSONB, error TEXT, updated_at BIGINT NOT NULL)`,
      'CREATE UNIQUE INDEX commands_client ON commands (issuer_id, client_id) WHERE client_id IS NOT NULL',
      'CREATE INDEX commands_device_created ON commands (device_id, created_at)',
      'CREATE INDEX commands_created ON commands (created_at)',
      "CREATE INDEX commands_open ON commands (status) WHERE status IN ('accepted','sent','delivered')",
    ],
  },
  {
    version: 4, name: 'alarms',
    statements: [
      'CREATE TABLE alarm_rules (id TEXT PRIMARY KEY, rule TEXT NOT NULL, created_at BIGINT NOT NULL)',
      `CREATE TABLE alarms (id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_name TEXT NOT NULL, device_id TEXT NOT NULL, room TEXT,
        severity TEXT NOT NULL, state TEXT NOT NULL, message TEXT NOT NULL, field TEXT, value TEXT, unit TEXT,
        count INTEGER NOT NULL, raised_at BIGINT NOT NULL, last_raised_at BIGINT NOT NULL, cleared_at BIGINT,
        acknowledged_at BIGINT, acknowledged_by TEXT, note TEXT, updated_at BIGINT NOT NULL)`,
      'CREATE INDEX alarms_raised ON alarms (raised_at)',
      "CREATE INDEX alarms_open ON alarms (state) WHERE state != 'closed'",
      'CREATE INDEX alarms_device ON alarms (device_id, raised_at)',
      'CREATE TABLE alarm_webhooks (id TEXT PRIMARY KEY, hook TEXT NOT NULL, created_at BIGINT NOT NULL)',
    ],
  },
  {
    version: 5, name: 'alarm webhook deliveries',
    statements: [
      `CREATE TABLE alarm_webhook_deliveries (seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, webhook_id TEXT NOT NULL,
        owner TEXT NOT NULL, body TEXT NOT NULL, attempt INTEGER NOT NULL, created_at BIGINT NOT NULL)`,
      'CREATE INDEX alarm_webhook_deliveries_owner ON alarm_webhook_deliveries (owner, seq)',
    ],
  },
]

/**
 * Brings the database to the newest version under a session advisory lock, each step in its own
 * transaction recorded in `schema_versions`. Returns the versions this call applied.
 */
export async function migrate(url: string, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  const client = new pg.Client({ connectionString: url, application_name: 'tether-migrate' })
  client.on('error', () => { /* reported by the failing query */ })
  await client.connect()
  const applied: number[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    await client.query('CREATE TABLE IF NOT EXISTS schema_versions (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())')
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_versions')).rows.map(r => r.version))
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue
      await client.query('BEGIN')
      try {
        for (const sql of m.statements) await client.query(sql)
        await client.query('INSERT INTO schema_versions (version, name) VALUES ($1, $2)', [m.version, m.name])
        await client.query('COMMIT')
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {})
        throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed: ${(err as Error).message}`)
      }
      applied.push(m.version)
    }
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
  } finally {
    await client.end().catch(() => {})
  }
  return applied
}
