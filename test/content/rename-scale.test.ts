import {
	existsSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, expect, test } from 'vitest';
import { astroBuild, makeSiteCopy } from '../support/astro-build.ts';

// Renaming the scale must touch the severity files and the references the schemas require, and
// nothing else: no label is typed anywhere but in the severity files.
const RENAME: Record<string, { id: string; label: string; aliases: string[] }> = {
	sev1: { id: 'crit', label: 'Tier-A', aliases: ['Red'] },
	sev2: { id: 'high', label: 'Tier-B', aliases: ['Orange'] },
	sev3: { id: 'medium', label: 'Tier-C', aliases: ['Yellow'] },
	sev4: { id: 'low', label: 'Tier-D', aliases: ['Green'] },
};

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const site = makeSiteCopy();
afterAll(() => site.remove());

test('a handbook converted to another scale (ids and labels renamed) shows none of the old labels anywhere', async () => {
	const content = join(site.root, 'src/content');
	const oldLabels = new Set<string>();
	// 1. The severity files: new file names (ids), labels and aliases.
	for (const [oldId, next] of Object.entries(RENAME)) {
		const path = join(content, 'severities', `${oldId}.yaml`);
		const data = parseYaml(readFileSync(path, 'utf8')) as { label: string; aliases: string[] };
		oldLabels.add(data.label);
		for (const alias of data.aliases) if (/^[A-Z]+\d$/.test(alias)) oldLabels.add(alias);
		writeFileSync(path, stringifyYaml({ ...data, label: next.label, aliases: next.aliases }));
		renameSync(path, join(content, 'severities', `${next.id}.yaml`));
		// This handbook names each level's policy after the level (a level may page nobody and
		// have none): rename those with it.
		const policy = join(content, 'escalation', `${oldId}.yaml`);
		if (existsSync(policy)) renameSync(policy, join(content, 'escalation', `${next.id}.yaml`));
	}
	// 2. The references: every severity id in YAML and MDX (frontmatter, `{level:…}`, `<Level id>`).
	for (const path of files(content)) {
		if (!/\.(ya?ml|mdx?)$/.test(path)) continue;
		const text = readFileSync(path, 'utf8');
		const next = text.replace(/\bsev([1-4])\b/g, (id) => RENAME[id]!.id);
		if (next !== text) writeFileSync(path, next);
	}
	expect(oldLabels).toEqual(new Set(['SEV1', 'SEV2', 'SEV3', 'SEV4', 'P0', 'P1', 'P2', 'P3']));

	const { code, output } = await astroBuild(site.root);
	// On failure: the build's log from its first error on (an error's details follow its line).
	const firstError = output.search(/✗|\[ERROR\]|Error:/);
	expect(
		code,
		firstError < 0 ? output.slice(-4000) : output.slice(firstError, firstError + 4000),
	).toBe(0);
	const pattern = new RegExp(`\\b(${[...oldLabels].join('|')})\\b`);
	const leaks = files(join(site.root, 'dist'))
		.filter((path) => /\.(html|json|xml|js|txt)$/.test(path) && !path.includes('/pagefind/'))
		.flatMap((path) => {
			const match = pattern.exec(readFileSync(path, 'utf8'));
			return match
				? [
						`${path.slice(site.root.length)}: …${match.input.slice(Math.max(0, match.index - 60), match.index + 20)}…`,
					]
				: [];
		});
	expect(leaks).toEqual([]);
	// And the new labels are there, from the data.
	const levels = readFileSync(join(site.root, 'dist/process/severity-levels/index.html'), 'utf8');
	for (const next of Object.values(RENAME)) expect(levels).toContain(next.label);
});
