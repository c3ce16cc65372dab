import { describe, expect, it } from 'vitest';
import { CommandError, parseAcceptCommand } from '../../src/accept/command.js';

describe('the accept command', () => {
  it.each([
    ['/ablation-ci accept overall', { checks: ['overall'], reason: '' }],
    [
      '/ablation-ci accept overall benign-recall -- int8 weights, 3x faster',
      { checks: ['overall', 'benign-recall'], reason: 'int8 weights, 3x faster' },
    ],
    [
      '\n  /ablation-ci  accept "recall elderly" `overall (auc)`\nThe new tokenizer\ntrades recall.',
      { checks: ['recall elderly', 'overall (auc)'], reason: 'The new tokenizer\ntrades recall.' },
    ],
    ['/ablation-ci accept overall overall --', { checks: ['overall'], reason: '' }],
    ['/ablation-ci accept a -- b\r\nc', { checks: ['a'], reason: 'b\nc' }],
    // A name that starts with dashes is a name; only a lone `--` starts the reason.
    ['/ablation-ci accept --x', { checks: ['--x'], reason: '' }],
  ])('%j', (body, expected) => {
    expect(parseAcceptCommand(body)).toEqual(expected);
  });

  it.each([
    'LGTM',
    'ablation-ci accept overall',
    '/ablation-ci acceptoverall',
    '/ablation-ci reject overall',
    'see below\n/ablation-ci accept overall',
    '',
  ])('%j is not a command', (body) => {
    expect(parseAcceptCommand(body)).toBeUndefined();
  });

  it.each([
    ['/ablation-ci accept', 'no check named: write /ablation-ci accept CHECK… [-- reason]'],
    [
      '/ablation-ci accept -- because',
      'no check named: write /ablation-ci accept CHECK… [-- reason]',
    ],
    ['/ablation-ci accept "recall elderly', 'the name starting "recall elderly has no closing "'],
    ['/ablation-ci accept ""', 'an empty name in quotes'],
  ])('%j is refused: %s', (body, message) => {
    expect(() => parseAcceptCommand(body)).toThrow(new CommandError(message));
  });
});
