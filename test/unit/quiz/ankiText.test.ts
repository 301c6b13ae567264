import { describe, expect, it } from 'vitest';
import { htmlToText, parseAnkiText, toAnkiText } from '../../../src/shared/quiz/ankiText';

describe('Anki text format', () => {
  it('reads an Anki "Notes in Plain Text" export with guid, notetype, deck and tags columns and HTML', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'a1b2\tBasic\tAWS::DynamoDB\tMax item size?\t400 KB<br>including attribute names\tdynamodb limits',
      'c3d4\tBasic\tAWS::SQS\t"Max message size; ""new"""\t1 MiB &amp; more\t',
    ].join('\n');
    const r = parseAnkiText(text);
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([
      { front: 'Max item size?', back: '400 KB\nincluding attribute names', deck: 'AWS::DynamoDB', tags: ['dynamodb', 'limits'] },
      { front: 'Max message size; "new"', back: '1 MiB & more', deck: 'AWS::SQS', tags: [] },
    ]);
  });

  it('reads a plain two-column TSV (no headers) and a semicolon file, reporting one-field lines', () => {
    const r = parseAnkiText('Front one\tBack one\r\nFront two\tBack two\r\nlonely line\n');
    expect(r.notes.map((n) => [n.front, n.back, n.deck])).toEqual([
      ['Front one', 'Back one', null],
      ['Front two', 'Back two', null],
    ]);
    expect(r.problems).toEqual(['line 3: only one field (front and back are needed)']);
    expect(parseAnkiText('#separator:Semicolon\nQ;A\n').notes[0]).toMatchObject({ front: 'Q', back: 'A' });
  });

  it('round-trips tabs, quotes and line breaks through the export', () => {
    const notes = [{ front: 'a\tb', back: 'say "x"\nnext', deck: 'D::E', tags: ['t 1', 'u'] }];
    const text = toAnkiText(notes);
    expect(text.startsWith('#separator:tab\n#html:false\n')).toBe(true);
    expect(parseAnkiText(text).notes).toEqual([{ ...notes[0], tags: ['t_1', 'u'] }]);
  });

  it('turns Anki HTML into text', () => {
    expect(htmlToText('<div>One</div><div>Two&nbsp;&lt;3&gt;</div><img src="x.png" alt="diagram">')).toBe('One\nTwo <3>\ndiagram');
  });
});
