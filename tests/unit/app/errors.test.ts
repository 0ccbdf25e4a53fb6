import { describe, expect, it } from 'vitest';
import { messageOf } from '../../../lib/errors';

describe('messageOf', () => {
  it.each([
    ['an Error', new Error('QUOTA_BYTES quota exceeded'), 'QUOTA_BYTES quota exceeded'],
    ['a TypeError', new TypeError('Could not establish connection.'), 'Could not establish connection.'],
    ['a string rejection', 'The browser refused: 瀏覽器拒絕', 'The browser refused: 瀏覽器拒絕'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'undefined'],
  ])('%s', (_name, thrown, shown) => {
    expect(messageOf(thrown)).toBe(shown);
  });
});
