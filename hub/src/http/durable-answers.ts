import type { RequestHandler, Response } from 'express'
import type { Logger } from '../logger.js'
import { syncedSince, type CommitSync } from '../storage/durable-commits.js'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A 201, 200 or 204 to a request that wrote to the embedded database is a promise that the write
 * is on disk: the answer's last bytes wait until the commits made while handling it are synced
 * (storage/durable-commits.ts; one sync is shared by everything committed before it). Requests that
 * changed nothing are answered at once. If the sync fails the connection is cut instead of saying
 * "done" about something that may not be there after a power cut.
 */
export function answerWhenDurable(durable: CommitSync, logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next()
    const before = durable.changes()
    const end = res.end
    res.end = function endWhenDurable(this: Response, ...args: unknown[]) {
      const synced = syncedSince(durable, before)
      if (!synced) return end.apply(this, args as never)
      synced.then(
        () => { end.apply(this, args as never) },
        (err: Error) => {
          logger.error({ err, method: req.method, url: req.originalUrl }, 'a write could not be synced to disk; the request is not acknowledged')
          res.destroy(err)
        },
      )
      return this
    } as Response['end']
    next()
  }
}
