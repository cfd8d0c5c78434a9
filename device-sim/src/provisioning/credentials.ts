import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The credentials file: device tokens per hub, so re-running the simulator reuses devices.
 * JSON, mode 0600 (it holds secrets), written atomically (temp file + rename).
 */
export interface DeviceCredential { token: string; model?: string; room?: string }
export interface HubCredentials { devices: Record<string, DeviceCredential> }
export interface CredentialsFile { version: 1; hubs: Record<string, HubCredentials> }

export function emptyCredentials(): CredentialsFile {
  return { version: 1, hubs: {} }
}

export function loadCredentials(file: string): CredentialsFile {
  let text: string
  try { text = readFileSync(file, 'utf8') } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyCredentials()
    throw err
  }
  let v: any
  try { v = JSON.parse(text) } catch {
    throw new Error(`credentials file ${file} is not valid JSON; fix or delete it (devices will be re-provisioned)`)
  }
  if (v?.version !== 1 || typeof v.hubs !== 'object' || v.hubs === null) {
    throw new Error(`credentials file ${file} is not a Tether simulator credentials file (version 1); fix or delete it`)
  }
  return v as CredentialsFile
}

export function saveCredentials(file: string, creds: CredentialsFile): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(creds, null, 2) + '\n', { mode: 0o600 })
  chmodSync(tmp, 0o600) // mode is ignored if the file existed
  renameSync(tmp, file)
}

export function hubEntry(creds: CredentialsFile, apiUrl: string): HubCredentials {
  return (creds.hubs[apiUrl] ??= { devices: {} })
}
