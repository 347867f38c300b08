import { describe, expect, test } from 'vitest';
import { suffixIds } from './growth.ts';
import { END, spliceResults, START } from './results.ts';

describe('spliceResults', () => {
  test('replaces only the generated section and keeps the prose around it', () => {
    const readme = `# Bench\n\nprose\n\n${START}\nold\n${END}\n\nmore prose\n`;
    expect(spliceResults(readme, 'new')).toBe(`# Bench\n\nprose\n\n${START}\nnew\n${END}\n\nmore prose\n`);
  });

  test('appends a section when the markers are missing', () => {
    expect(spliceResults('# Bench\n', 'new')).toContain(`${START}\nnew\n${END}`);
  });
});

describe('suffixIds', () => {
  test('suffixes every case id and nothing else', () => {
    const text = 'cases:\n  - id: ikp-name/x\n    title: id: not this\n  - id: ikp-name/y\n';
    expect(suffixIds(text, '/copy-2')).toBe(
      'cases:\n  - id: ikp-name/x/copy-2\n    title: id: not this\n  - id: ikp-name/y/copy-2\n',
    );
  });
});
