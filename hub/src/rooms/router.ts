import { Router, type RequestHandler, type Request } from 'express'
import { z } from 'zod'
import { HubError } from '../errors.js'
import { ROLES } from '@tether/protocol'
import type { RoomService } from './room-service.js'
import { ROOM_ID_PATTERN } from '@tether/protocol'
import type { Room } from './types.js'
import { requireRole } from '../identity/auth-middleware.js'
import { textSchema } from '../protocols/chat-v1/schemas.js'

export interface RoomsRouterDeps {
  rooms: RoomService
  /** identity's `authenticate`: sets `req.operator` or fails with 401. */
  authenticate: RequestHandler
  pageMax: number
  maxTextChars?: number
}

const createBody = z.strictObject({
  id: z.string().regex(ROOM_ID_PATTERN, 'must be a room id (a-z, 0-9, _ and -, up to 64)'),
  name: z.string().min(1).max(100),
  topic: z.string().max(500).optional(),
  minRole: z.enum(ROLES).optional(),
})
const patchBody = z.strictObject({ name: z.string().min(1).max(100).optional(), topic: z.string().max(500).optional(), minRole: z.enum(ROLES).optional() })
const intParam = (max: number) => z.coerce.number().int().min(1).max(max)

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const issue = r.error.issues[0]!
  throw new HubError('HUB_ERR_VALIDATION', `${issue.path.join('.') || 'body'}: ${issue.message}`)
}

/** Rooms REST (chat-v1 spec §14): CRUD for admins, history/search/stats for every role that sees the room. */
export function createRoomsRouter(deps: RoomsRouterDeps): Router {
  const { rooms } = deps
  const router = Router()
  const userOf = (req: Request) => req.operator!
  const withSeq = (r: Room) => ({ ...r, seq: rooms.seq(r.id) })
  const visible = (req: Request): Room => {
    const room = rooms.visibleRoom(String(req.params.id), userOf(req).role)
    if (!room) throw new HubError('CHAT_ERR_NO_SUCH_ROOM')
    return room
  }

  router.use(deps.authenticate)
  router.get('/', (req, res) => { res.json({ rooms: rooms.listRooms(userOf(req).role).map(withSeq) }) })
  router.post('/', requireRole('admin'), (req, res) => {
    const body = parse(createBody, req.body)
    const room = rooms.createRoom({ id: body.id, name: body.name, topic: body.topic ?? '', minRole: body.minRole ?? 'viewer' })
    if (!room) throw new HubError('HUB_ERR_CONFLICT', `Room "${body.id}" already exists.`)
    res.status(201).json(withSeq(room))
  })
  router.get('/:id', (req, res) => { res.json(withSeq(visible(req))) })
  router.patch('/:id', requireRole('admin'), (req, res) => {
    const patch = parse(patchBody, req.body)
    const room = rooms.updateRoom(String(req.params.id), patch)
    if (!room) throw new HubError('CHAT_ERR_NO_SUCH_ROOM')
    res.json(withSeq(room))
  })
  router.delete('/:id', requireRole('admin'), (req, res) => {
    if (!rooms.deleteRoom(String(req.params.id))) throw new HubError('CHAT_ERR_NO_SUCH_ROOM')
    res.status(204).end()
  })
  router.get('/:id/messages', (req, res) => {
    const room = visible(req)
    const q = parse(z.object({ before: intParam(Number.MAX_SAFE_INTEGER).optional(), limit: intParam(deps.pageMax).optional() }), req.query)
    res.json(rooms.history(room.id, q.before ?? Number.MAX_SAFE_INTEGER, q.limit ?? 50))
  })
  router.get('/:id/search', (req, res) => {
    const room = visible(req)
    const q = parse(z.object({ q: z.string().min(1).max(200), limit: intParam(100).optional() }), req.query)
    res.json({ room: room.id, q: q.q, entries: rooms.search(room.id, q.q, q.limit ?? 20) })
  })
  router.get('/:id/stats', (req, res) => { const room = visible(req); res.json({ room: room.id, stats: rooms.stats(room.id) }) })
  router.post('/:id/broadcast', requireRole('admin'), (req, res) => {
    const room = visible(req)
    const body = parse(z.strictObject({ text: textSchema(deps.maxTextChars ?? 4000) }), req.body)
    res.status(201).json(rooms.postSystemMessage(room.id, body.text))
  })
  return router
}
