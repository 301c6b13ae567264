/** The single Electron IPC channel; the contract channel name travels as its first argument. */
export const INVOKE_CHANNEL = 'study-desk:invoke';
