import type { Migration } from './types';
import { migration as m0010 } from './0010-init';
import { migration as m0020 } from './0020-notes';
import { migration as m0030 } from './0030-study';
import { migration as m0040 } from './0040-scenarios';
import { migration as m0050 } from './0050-search-terms';
import { migration as m0060 } from './0060-imported-prices';
import { migration as m0070 } from './0070-note-identity';
import { migration as m0090 } from './0090-study-flow';
import { migration as m0100 } from './0100-estimates';
import { migration as m0110 } from './0110-search-postings';
import { migration as m0130 } from './0130-fsrs-weights';
import { migration as m0140 } from './0140-search-pair-bits';
import { migration as m0150 } from './0150-search-prefix-3';
import { migration as m0160 } from './0160-search-no-prefix';

/** Every schema step, in order. Add a new file and one line here; never edit a shipped migration. */
export const MIGRATIONS: readonly Migration[] = [m0010, m0020, m0030, m0040, m0050, m0060, m0070, m0090, m0100, m0110, m0130, m0140, m0150, m0160];

export const LATEST_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);
export type { Migration } from './types';
