import { expect, test } from 'vitest';
import { syntaxTree } from '../../../src/lib/content/parse-source.ts';
import { componentUses } from '../../../src/lib/toc/component-placements.ts';

const FILES = new Set(['UpdateCadence.astro', 'RolePage.astro']);
const uses = (body: string) => componentUses(syntaxTree(body, 'page.mdx'), FILES);

test('finds a component by the file it is imported from, counting the Markdown headings before it', () => {
	const body = [
		"import UpdateCadence from '../../../components/UpdateCadence.astro';",
		"import { Aside } from '@astrojs/starlight/components';",
		'',
		'## Where',
		'',
		'Text.',
		'',
		'## How often',
		'',
		'<UpdateCadence />',
		'',
		'## A good update',
	].join('\n');
	expect(uses(body)).toEqual([{ file: 'UpdateCadence.astro', props: {}, after: 2 }]);
});

test('reads string props, and a component imported under another name', () => {
	const body = [
		"import Role from '../../../components/RolePage.astro';",
		'',
		'<Role id="scribe" hidden={true} />',
	].join('\n');
	expect(uses(body)).toEqual([{ file: 'RolePage.astro', props: { id: 'scribe' }, after: 0 }]);
});

test('counts headings nested in other components, and ignores components not listed', () => {
	const body = [
		"import { Tabs, TabItem } from '@astrojs/starlight/components';",
		"import UpdateCadence from '../../../components/UpdateCadence.astro';",
		"import Other from '../../../components/Other.astro';",
		'',
		'<Tabs>',
		'<TabItem label="A">',
		'',
		'### Inside a tab',
		'',
		'</TabItem>',
		'</Tabs>',
		'',
		'<Other />',
		'',
		'Some text with <UpdateCadence /> inline.',
	].join('\n');
	expect(uses(body)).toEqual([{ file: 'UpdateCadence.astro', props: {}, after: 1 }]);
});

test('a tag with the name of a component that is not imported is not a use', () => {
	expect(uses('## Heading\n\n<UpdateCadence />')).toEqual([]);
});
