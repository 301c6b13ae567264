/**
 * Session 26, helper F (issue 14 items 3/4): lines whose figure is one a fitting fact accepts, yet the line is
 * wrong in the same sentence. Every line was written for these tests in a student's note style (none copied
 * from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

// Two things of one kind named by their proper names in two facts' labels (Intelligent-Tiering's Infrequent
// Access and Archive Access tiers): the line names one, and the other's figure no longer excuses it.
const NAMED_WRONG: WrongCase[] = [
  [
    'S3 Intelligent-Tiering sends objects to Infrequent Access after 90 days without access',
    's3-storage-classes.intelligent-tiering.infrequent-after',
  ],
  [
    'S3 Intelligent-Tiering: objects shift to the Infrequent Access tier once they go 90 days without access',
    's3-storage-classes.intelligent-tiering.infrequent-after',
  ],
];
const NAMED_RIGHT: string[] = [
  'Intelligent-Tiering: Infrequent Access after 30 days, Archive Access (opt-in) after 90 days',
  'S3 Intelligent-Tiering moves objects to Archive Access after 90 days (opt-in)',
  'Intelligent-Tiering Infrequent Access tier: objects not read for 30 days move there',
];

describeFlagCases('session 26 F: a tier named by its proper name', NAMED_WRONG, NAMED_RIGHT);
