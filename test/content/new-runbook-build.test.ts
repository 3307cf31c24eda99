import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { PLACEHOLDER } from '../../src/lib/content/placeholder.ts';
import { astroBuild, makeSiteCopy, PROJECT_ROOT } from '../support/astro-build.ts';

// What an author does with `npm run new:runbook`: fill in every placeholder, check, build. These
// prove the scaffold itself builds (everything it uses is imported) and that an unfilled one stops
// the build with the placeholders named, not a stack trace about a component.

const TITLE = 'Kafka consumer lag';
const FILE = 'src/content/docs/runbooks/kafka-consumer-lag.mdx';

const node = (script: string, cwd: string, args: string[] = []) => {
	const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
		cwd,
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
};

/** Writes the scaffold into a fresh copy of the site; returns the copy and the scaffold's text. */
function scaffold() {
	const site = makeSiteCopy();
	const { code, output } = node('new-runbook.ts', site.root, [TITLE]);
	expect(code, output).toBe(0);
	return { site, text: readFileSync(join(site.root, FILE), 'utf8') };
}

const ids = (root: string, collection: string) =>
	readdirSync(join(root, 'src/content', collection))
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => basename(name, '.yaml'))
		.sort();

const PLACEHOLDERS = /\[\[fill in: ([^\]]*)\]\]/g;
const hasPlaceholder = (value: unknown) => JSON.stringify(value).includes(PLACEHOLDER);

/**
 * The scaffold as an author would finish it: every frontmatter placeholder replaced with a value
 * of the field's type (real severity and role ids from the copy's content), every one in the body
 * with a sentence and a command.
 */
function fillIn(text: string, root: string): string {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error('The scaffold has no frontmatter.');
	const [, frontmatter, body] = match as unknown as [string, string, string];
	const severities = ids(root, 'severities');
	const roles = ids(root, 'roles');
	const values: Record<string, unknown> = {
		description: 'Consumers fall behind the topic. Find the slow consumer and catch it up.',
		severities: severities.slice(0, 2),
		services: ['kafka', 'worker'],
		owner: roles.includes('team-lead') ? 'team-lead' : roles[0],
		symptoms: ['Consumer lag alert firing', 'Events processed minutes late'],
	};
	const data = parse(frontmatter) as Record<string, unknown>;
	for (const [field, value] of Object.entries(data)) {
		if (!hasPlaceholder(value)) continue;
		if (!(field in values))
			throw new Error(
				`The scaffold has a placeholder in \`${field}\`; teach this test to fill it.`,
			);
		data[field] = values[field];
	}
	const filledBody = body.replace(
		PLACEHOLDERS,
		(_, hint: string) =>
			`Written by the author (${hint}). Start with \`kafka-consumer-groups --describe --group app\`.`,
	);
	return `---\n${stringify(data)}---\n${filledBody}`;
}

describe('npm run new:runbook, then the build', () => {
	let remove = () => {};
	afterEach(() => remove());

	test('every component the scaffold uses or suggests is imported', () => {
		const { site, text } = scaffold();
		remove = site.remove;
		const used = new Set([...text.matchAll(/<([A-Z]\w*)/g)].map(([, name]) => name!));
		const imported = new Set(
			[...text.matchAll(/^import\s+\{([^}]*)\}\s+from\s+'[^']+';$/gm)].flatMap(([, names]) =>
				names!.split(',').map((name) => name.trim()),
			),
		);
		expect(used.size).toBeGreaterThan(0);
		for (const name of used) expect(imported, `<${name}> is not imported`).toContain(name);
	});

	test('once every placeholder is filled in, check:content passes and the site builds', async () => {
		const { site, text } = scaffold();
		remove = site.remove;
		const filled = fillIn(text, site.root);
		expect(filled).not.toContain(PLACEHOLDER);
		writeFileSync(join(site.root, FILE), filled);

		const check = node('check-content.ts', site.root);
		expect(check.code, check.output).toBe(0);
		expect(check.output).toContain('Content OK.');

		const { code, output } = await astroBuild(site.root);
		expect(code, output).toBe(0);
		const page = join(site.root, 'dist/runbooks/kafka-consumer-lag/index.html');
		expect(existsSync(page), output).toBe(true);
		const html = readFileSync(page, 'utf8');
		expect(html).toContain(TITLE);
		expect(html).toContain('starlight-tabs');
		for (const label of ['Kubernetes', 'Docker Compose']) expect(html).toContain(label);
		expect(html).toContain('kafka-consumer-groups --describe --group app');
	});

	test('unfilled, the build fails and names every placeholder left', async () => {
		const { site, text } = scaffold();
		remove = site.remove;
		const { code, output } = await astroBuild(site.root);
		expect(code).not.toBe(0);
		const where = `${FILE} → field`;
		for (const field of ['description', 'severities[0]', 'services[0]', 'owner', 'symptoms[0]'])
			expect(output).toContain(`${where} \`${field}\``);
		// Line numbers count from the top of the file, past the frontmatter's closing `---`.
		const lines = text.split('\n');
		const bodyStart = lines.indexOf('---', 1) + 1;
		const bodyLines = lines.flatMap((line, index) =>
			index >= bodyStart && line.includes(PLACEHOLDER) ? [index + 1] : [],
		);
		expect(bodyLines.length).toBeGreaterThanOrEqual(6);
		for (const line of bodyLines) expect(output).toContain(`${where} \`body, line ${line}\``);
		expect(output).toContain("Still the scaffold's placeholder");
		// The placeholders stop it, not a component the scaffold forgot to import.
		expect(output).not.toMatch(/Expected component|is not defined/);
	});
});
