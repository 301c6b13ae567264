/**
 * Session 26, helper C (issue 14 items 3/4, "bound elsewhere"): figures that bound to another fact than the one the
 * error is about. Every line was written for these tests in a student's note style (none copied from an evaluation
 * set): wrong lines must be flagged by exactly the named fact, right ones by nothing.
 *
 * Another service's variant name a fact lists as a keyword ("io1"/"io2", EBS volume types, for the RDS Provisioned
 * IOPS storage minimum): it picks that fact over its General Purpose sibling, which no longer excuses the figure.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['MariaDB on RDS with io2 storage can start at 20 GiB', 'rds.storage.min-provisioned-iops'],
  ['RDS PostgreSQL io2 storage: min 50 GiB', 'rds.storage.min-provisioned-iops'],
  ['Min RDS storage with io1 = 20 GiB (same as gp2)', 'rds.storage.min-provisioned-iops'],
];

const RIGHT: (RightCase | string)[] = [
  'RDS io1 minimum storage 100 GiB',
  'RDS gp3 minimum storage 20 GiB',
  'RDS for PostgreSQL on io2: at least 100 GiB allocated',
  'RDS: 20 GiB minimum on gp2, 100 GiB on io1',
  'RDS MySQL on gp2 needs at least 20 GiB allocated',
  'RDS io2 min allocated storage is 100 GiB, max 64 TiB',
  // The EBS facts themselves are unchanged: there "io1" is a variant of the service.
  'EBS io1 volumes start at 4 GiB',
  'EBS io2 minimum volume size 4 GiB',
];

describeFlagCases('another service\'s variant name as a fact keyword (session 26, helper C)', WRONG, RIGHT);
