/**
 * The price-pack keys each calculator reads: the README's override list, the pack completeness test and the
 * "unknown key" error message all come from here, so they cannot drift from the code.
 */
import { DYNAMODB_PRICE_KEYS } from './dynamodb';
import { EBS_PRICE_KEYS } from './ebs';
import { KINESIS_PRICE_KEYS } from './kinesis';
import { LAMBDA_PRICE_KEYS } from './lambda';
import { S3_PRICE_KEYS } from './s3Lifecycle';

export const PRICE_KEYS = {
  dynamodb: DYNAMODB_PRICE_KEYS,
  kinesis: KINESIS_PRICE_KEYS,
  lambda: LAMBDA_PRICE_KEYS,
  ebs: EBS_PRICE_KEYS,
  's3-lifecycle': S3_PRICE_KEYS,
} as const satisfies Record<string, readonly string[]>;

/** Every key any calculator uses (a region pack must define all of them). */
export const ALL_PRICE_KEYS: readonly string[] = [...new Set(Object.values(PRICE_KEYS).flat())].sort();

/** Markdown list of the override keys per calculator, for the README and `calc --help`-style output. */
export function priceKeysMarkdown(): string {
  return Object.entries(PRICE_KEYS)
    .map(([id, keys]) => `- **${id}**: ${keys.map((k) => `\`${k}\``).join(', ')}`)
    .join('\n');
}
