import type { Logger } from '../logger.js'
import type { OperatorAccounts } from './operator-accounts.js'
import { generatePassword } from './password.js'
import { HubError } from '../errors.js'

/** The line printed (stdout, once) with a generated admin password; the demo docs point to it. */
export const GENERATED_PASSWORD_MARKER = 'TETHER ADMIN PASSWORD (shown once, store it now):'

/**
 * First start: with no account at all, create `admin`. Its password is `TETHER_ADMIN_PASSWORD`,
 * or generated and printed once to stdout (never to the structured log, never stored in clear).
 * Later starts change nothing: the variable is not re-applied to an existing account.
 */
export async function bootstrapAdmin(deps: {
  accounts: OperatorAccounts
  configuredPassword: string
  logger: Logger
  print?: (line: string) => void
}): Promise<{ created: boolean; generated: boolean }> {
  if (deps.accounts.count() > 0) return { created: false, generated: false }
  const generated = !deps.configuredPassword
  const password = deps.configuredPassword || generatePassword()
  try {
    await deps.accounts.create({ username: 'admin', password, role: 'admin' })
  } catch (err) {
    // Hubs of a cluster starting together on one database: another one created it first.
    if (err instanceof HubError && err.code === 'HUB_ERR_CONFLICT') return { created: false, generated: false }
    throw err
  }
  if (generated) (deps.print ?? (line => process.stdout.write(line + '\n')))(`${GENERATED_PASSWORD_MARKER} ${password}`)
  deps.logger.info({ username: 'admin', passwordSource: generated ? 'generated' : 'TETHER_ADMIN_PASSWORD' }, 'admin account created')
  return { created: true, generated }
}
