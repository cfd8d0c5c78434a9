export const CHAT_PROTOCOL_VERSION = 'chat.v1'
