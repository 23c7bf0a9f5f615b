import { describe, expect, it } from 'vitest';
import { allCodeBlocks, blockLabel, programOf, type CodeBlock } from './code-blocks.js';
import { runBlocks } from './run-code-block.js';

const blocks = allCodeBlocks();
const byFile = new Map<string, CodeBlock[]>();
for (const block of blocks) byFile.set(block.file, [...(byFile.get(block.file) ?? []), block]);

describe('the examples', () => {
  it('are found in the sources, the README and every guide', () => {
    expect(blocks.filter((block) => block.file.startsWith('src/')).length).toBeGreaterThanOrEqual(197);
    expect(blocks.filter((block) => block.file === 'README.md').length).toBeGreaterThanOrEqual(2);
  });

  for (const [file, fileBlocks] of byFile) {
    describe(file, () => {
      fileBlocks.forEach((block, index) => {
        if (block.mode === 'fragment') {
          it(`line ${block.line} (${block.subject}) is a fragment that opens with the context it needs`, () => {
            expect(block.code.split('\n')[0], blockLabel(block)).toMatch(/^\/\/ \S/);
          });
          return;
        }
        it(`line ${block.line} (${block.subject}) runs and gives its //=> results`, async () => {
          await runBlocks(programOf(fileBlocks, index));
        });
      });
    });
  }
});
