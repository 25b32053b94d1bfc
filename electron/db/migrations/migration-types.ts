/** One schema step: running `sql` on a database at `version - 1` brings it to `version`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
