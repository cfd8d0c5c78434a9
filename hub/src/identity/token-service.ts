import { SignJWT, jwtVerify, errors as joseErrors } from 'jose'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { OperatorIdentity } from './types.js'
import { isRole, type Role } from '@tether/protocol'

export interface TokenServiceOptions {
  secret: Uint8Array
  /** Token lifetime, seconds. */
  ttlSeconds: number
  /** Injected clock, epoch ms. */
  now?: () => number
  issuer?: string
}

/**
 * Short-lived operator JWTs (HS256, jose). `verify` returns null for anything not valid now:
 * bad signature, wrong issuer, expired, malformed claims.
 */
export function createTokenService(opts: TokenServiceOptions) {
  const now = opts.now ?? Date.now
  const issuer = opts.issuer ?? 'tether'
  return {
    ttlSeconds: opts.ttlSeconds,
    async issue(user: { id: string; username: string; role: Role }, ttlSeconds = opts.ttlSeconds): Promise<{ token: string; expiresAt: number }> {
      const iat = Math.floor(now() / 1000)
      const exp = iat + ttlSeconds
      const token = await new SignJWT({ usr: user.username, role: user.role })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuer(issuer)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(opts.secret)
      return { token, expiresAt: exp * 1000 }
    },
    async verify(token: string): Promise<OperatorIdentity | null> {
      if (typeof token !== 'string' || token.length > 4096) return null
      try {
        const { payload } = await jwtVerify(token, opts.secret, {
          issuer, algorithms: ['HS256'], currentDate: new Date(now()),
        })
        if (typeof payload.sub !== 'string' || typeof payload.usr !== 'string' || !isRole(payload.role) || typeof payload.exp !== 'number') return null
        return { id: payload.sub, username: payload.usr, role: payload.role, expiresAt: payload.exp * 1000 }
      } catch (err) {
        if (err instanceof joseErrors.JOSEError) return null
        throw err
      }
    },
  }
}

export type TokenService = ReturnType<typeof createTokenService>

/**
 * The signing secret: TETHER_JWT_SECRET if set, else generated once and kept in the data
 * directory (mode 0600) so tokens survive a restart.
 */
export function loadOrCreateSecret(dataDir: string, configured?: string): Uint8Array {
  if (configured) return new TextEncoder().encode(configured)
  const file = path.join(dataDir, 'jwt-secret')
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url')
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32)
  writeFileSync(file, secret.toString('base64url') + '\n', { mode: 0o600 })
  return secret
}
