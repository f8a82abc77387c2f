import { segmentIdUnique } from '../../src/rules/segment-id-unique.js';
import { articleText } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run(segmentIdUnique, {
  valid: [articleText('zh-CN/Boards/board-import-errors.md')],
  invalid: [
    {
      // The second use of an id is reported and names the first.
      text: articleText('zh-CN/Boards/archive-a-board.md').replaceAll('7c2e4-108', '7c2e4-102'),
      errors: [{ messageId: 'duplicate', line: 29, column: 1, endColumn: 31, message: 'Segment id 7c2e4-102 is already used on line 23' }],
    },
  ],
});
