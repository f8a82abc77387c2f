import { segmentEmpty } from '../../src/rules/segment-empty.js';
import { articleText, edit } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';

const unit = (translation: string, source = 'Source') =>
  `<span data-ttu-id="1a2b3-102">${translation}</span><span class="sxs-lookup"><span data-stu-id="1a2b3-102">${source}</span></span>`;

ruleTester.run(segmentEmpty, {
  valid: [
    articleText('zh-CN/Boards/board-import-errors.md'),
    // An empty unit whose source is empty too.
    unit(' ', '<br/>'),
    // Past its tags, a unit that opens with a tag holds text.
    unit('<b>译文</b>'),
  ],
  invalid: [
    {
      // An emptied translation whose source has text.
      text: edit(articleText('zh-CN/Boards/archive-a-board.md'), '归档项目看板</span>', ' </span>'),
      errors: [{ messageId: 'empty', line: 23, column: 41, endColumn: 79, message: 'Translated unit 7c2e4-102 is empty but its source has text' }],
    },
    // A unit of tags and spaces only is empty.
    { text: unit(' <b> </b><br/>'), errors: [{ messageId: 'empty', line: 1, column: 1 }] },
  ],
});
