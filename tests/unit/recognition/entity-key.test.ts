import { describe, expect, test } from 'vitest';
import { nameSkeleton } from '../../../lib/recognition/entity-key';

describe('nameSkeleton', () => {
  test.each([
    [['raqqa', 'raqqah', 'raqa']],
    [['qusour', 'qussour', 'qusur']],
    [['dayr', 'deir']],
    [['zawr', 'zor']],
    [['rashid', 'rasheed']],
    [['fukheikha', 'fukhaykha']],
  ])('spellings %j share a skeleton', (spellings) => {
    expect(new Set(spellings.map(nameSkeleton)).size).toBe(1);
  });

  test.each([
    ['raqqa', 'iraq'],
    ['dresden', 'dresde'],
    ['syria', 'sirte'],
  ])('%j and %j stay apart', (a, b) => {
    expect(nameSkeleton(a)).not.toBe(nameSkeleton(b));
  });
});
