import type { CommandCard } from '@tether/protocol'

/** A whole command card for room and store tests that only care about a few fields. */
export function commandCardFixture(fields: Partial<CommandCard> & Pick<CommandCard, 'commandId'>): CommandCard {
  return {
    deviceId: 'boiler-3', name: 'identify', params: {}, status: 'accepted', issuedBy: { id: 'u1', username: 'ada' },
    createdAt: 1, expiresAt: 60_001, sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null,
    ...fields,
  }
}
