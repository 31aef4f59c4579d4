// The English words of a list of transfers, which <foyer-upload> and the console's Files tab share: each spreads
// them into its own strings (so each translates them with its own `.strings`).

export const uploadStrings = {
  uploadsLabel: 'Uploads',
  uploading: (percent: number) => `Uploading… ${percent}%`,
  uploaded: 'Uploaded',
  canceled: 'Canceled',
  cancelNamed: (name: string) => `Cancel upload of ${name}`,
  dismissNamed: (name: string) => `Dismiss ${name}`,
  // Resumable uploads (files above 8 MiB)
  pause: 'Pause',
  resume: 'Resume',
  startOver: 'Start over',
  pauseNamed: (name: string) => `Pause upload of ${name}`,
  resumeNamed: (name: string) => `Resume upload of ${name}`,
  startOverNamed: (name: string) => `Start over the upload of ${name}`,
  paused: (percent: number) => `Paused at ${percent}%`,
  waitingForNetwork: (percent: number) => `Offline at ${percent}% — it goes on when the connection is back`,
  resumeAsk: (name: string, percent: number) => `Resume the upload of ${name} from ${percent}%?`,
};

export type UploadStrings = typeof uploadStrings;
