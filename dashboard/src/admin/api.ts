/**
 * The admin half of the REST API (docs/api.md § Accounts, Devices, Rooms): the management area
 * uses nothing else. The hub checks the role again on every call.
 */
import type {
  AccountJson, AccountListResponse, AccountResponse, DeviceJson, DeviceResponse, DeviceTokenResponse, Role, RoomWithSeq,
} from '@tether/protocol'
import { request } from '../api/client'

const enc = encodeURIComponent

export const adminApi = {
  registerDevice: (body: { id: string; name?: string; room?: string | null; model?: string | null }) =>
    request<DeviceTokenResponse>('POST', '/api/devices', body),
  updateDevice: async (id: string, patch: { name?: string; room?: string | null; model?: string | null }): Promise<DeviceJson> =>
    (await request<DeviceResponse>('PATCH', `/api/devices/${enc(id)}`, patch)).device,
  rotateToken: (id: string) => request<DeviceTokenResponse>('POST', `/api/devices/${enc(id)}/token`),
  deleteDevice: (id: string) => request<null>('DELETE', `/api/devices/${enc(id)}`),

  accounts: async (): Promise<AccountJson[]> => (await request<AccountListResponse>('GET', '/api/accounts')).accounts,
  createAccount: async (body: { username: string; password: string; role: Role }): Promise<AccountJson> =>
    (await request<AccountResponse>('POST', '/api/accounts', body)).account,
  setRole: async (id: string, role: Role): Promise<AccountJson> =>
    (await request<AccountResponse>('PATCH', `/api/accounts/${enc(id)}`, { role })).account,
  setPassword: (id: string, password: string) => request<null>('PUT', `/api/accounts/${enc(id)}/password`, { password }),
  deleteAccount: (id: string) => request<null>('DELETE', `/api/accounts/${enc(id)}`),

  rooms: async (): Promise<RoomWithSeq[]> => (await request<{ rooms: RoomWithSeq[] }>('GET', '/api/rooms')).rooms,
  createRoom: (body: { id: string; name: string; topic?: string; minRole?: Role }) => request<RoomWithSeq>('POST', '/api/rooms', body),
  updateRoom: (id: string, patch: { name?: string; topic?: string; minRole?: Role }) => request<RoomWithSeq>('PATCH', `/api/rooms/${enc(id)}`, patch),
  deleteRoom: (id: string) => request<null>('DELETE', `/api/rooms/${enc(id)}`),
}
