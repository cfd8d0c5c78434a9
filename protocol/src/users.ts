/** An operator as timelines, cards and frames show them: never a role or a token. */
export interface UserRef { id: string; username: string }
