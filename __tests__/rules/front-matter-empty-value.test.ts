import { frontMatterEmptyValue } from '../../src/rules/front-matter-empty-value.js';
import { articleText, edit } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

ruleTester.run(frontMatterEmptyValue, {
  valid: [articleText('zh-CN/Boards/archive-a-board.md')],
  invalid: [
    // `''` (a mistyped key in de-DE) and a key with nothing after it (a value removed) are warned about.
    {
      text: articleText('de-DE/Boards/daily-email-digest.md'),
      path: 'articles/de-DE/Boards/daily-email-digest.md',
      errors: [{ messageId: 'empty', line: 13, column: 1, severity: 'warning', message: '`ms,.custom` has an empty value' }],
    },
    { text: edit(articleText('zh-CN/Boards/archive-a-board.md'), 'ms.collection: Boards_Admin', 'ms.collection:'), errors: [{ messageId: 'empty', line: 12, column: 1 }] },
  ],
});
