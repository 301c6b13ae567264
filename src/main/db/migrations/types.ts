/** A numbered schema step. `version` is written to PRAGMA user_version once `up` has run. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL run inside one transaction. New tables are STRICT. */
  readonly up: string;
}
