import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badCase, checkTree, FIXTURES } from './support.ts';

describe('the content check', () => {
	test('passes the default handbook', () => {
		expect(checkTree().problems).toEqual([]);
	});

	test('passes a second organisation on the P0–P3 scale', () => {
		expect(checkTree({ content: join(FIXTURES, 'content-p0-p3') }).problems).toEqual([]);
	});

	test('a schema violation names the file, the field and what it expects', () => {
		expect(checkTree(badCase('schema-violation')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/severities/sev2.yaml → field \`responseMinutes\`
			  Invalid input: expected number, received string
			  Fix: Change it: Minutes within which a responder must be working on it, e.g. \`15\`; \`null\` where you set no response target (a ticket scheduled like other work).
			"
		`);
	});

	test('a reference to a missing entry names it and suggests the likely one', () => {
		expect(checkTree(badCase('missing-reference')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/severities/sev3.yaml → field \`notify[0]\`
			  Names roles entry \`primary-on-call\`, which does not exist.
			  Fix: Did you mean \`primary-oncall\`? Otherwise create src/content/roles/primary-on-call.yaml.
			"
		`);
	});

	test('a duplicate alert id names both items of the one file and asks to rename one', () => {
		expect(checkTree(badCase('duplicate-id')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/alerts.yaml → field \`id\`
			  Two alerts in src/content/alerts.yaml have the id \`HighErrorRate\`: items 1 and 2. Astro would silently keep only one.
			  Fix: Rename one of them: change the \`id\` of item 1 or item 2; an alert’s id is its name in monitoring and its /alerts/<id>/ permalink.
			"
		`);
	});

	test('a YAML syntax error in a severity file is one problem with its line, not one more for everything naming the level', () => {
		const { problems, report } = checkTree(badCase('severity-yaml-syntax'));
		expect(problems).toHaveLength(1);
		expect(report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/severities/sev1.yaml:6:10
			  This file is not valid YAML: Nested mappings are not allowed in compact mappings.
			  Fix: A value that contains \`: \` must be quoted; otherwise check that the items of one list or map start in the same column.
			"
		`);
	});

	test('a YAML syntax error in assessment.yaml is one problem with its line', () => {
		const { problems, report } = checkTree(badCase('assessment-yaml-syntax'));
		expect(problems).toHaveLength(1);
		expect(report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/assessment.yaml:9:8
			  This file is not valid YAML: All sequence items must start at the same column.
			  Fix: Check the indentation of that line and the one above it (spaces, not tabs; a nested line is indented more than its parent), and that every \`[\` or \`{\` is closed.
			"
		`);
	});

	test('an MDX syntax error names the file, line and column, with a fix', () => {
		expect(checkTree(badCase('mdx-syntax')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/docs/runbooks/disk-full.mdx:19:35
			  This page is not valid MDX: Could not parse expression with acorn.
			  Fix: MDX reads \`{\` as the start of a JavaScript expression: close it with \`}\`, or write a literal brace as \`\\{\` or inside backticks.
			"
		`);
	});

	test('a missing date is reported as missing, not as an invalid date', () => {
		expect(checkTree(badCase('runbook-without-review-date')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/docs/runbooks/disk-full.mdx → field \`lastReviewed\`
			  This field is required but missing.
			  Fix: Add it: The date someone last checked this runbook, e.g. \`2026-11-01\`.
			"
		`);
	});

	test('an alert naming a missing runbook is an error', () => {
		expect(checkTree(badCase('alert-missing-runbook')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/alerts.yaml (alert HighErrorRate) → field \`runbook\`
			  Names docs entry \`runbooks/high-error-rat\`, which does not exist.
			  Fix: Did you mean \`runbooks/high-error-rate\`? Otherwise create src/content/docs/runbooks/high-error-rat.mdx.
			"
		`);
	});

	test('a policy naming a missing role is an error', () => {
		expect(checkTree(badCase('policy-missing-role')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/escalation/sev2.yaml → field \`steps[1].targets[0]\`
			  Names roles entry \`night-shift\`, which does not exist.
			  Fix: Use one of: \`ceo\`, \`comms-lead\`, \`cto\`, \`database-admin\`, \`engineering-lead\`, \`engineering-manager\`, \`incident-commander\`, \`primary-oncall\` and 5 more; or create src/content/roles/night-shift.yaml.
			"
		`);
	});

	test('a severity without a policy is an error', () => {
		expect(checkTree(badCase('severity-without-policy')).report).toMatchInlineSnapshot(`
			"Firebreak found 1 problem in the handbook content:

			✗ src/content/severities/sev4.yaml → field \`escalation\`
			  This field is required but missing.
			  Fix: Add it: Id of the escalation policy for this level, e.g. \`sev1\`; \`null\` if this level pages nobody (a ticket only).
			"
		`);
	});

	test('an assessment rule naming a missing question, option or level, or skipping worse answers, is an error', () => {
		expect(checkTree(badCase('assessment-bad-rule')).report).toMatchInlineSnapshot(`
			"Firebreak found 4 problems in the handbook content:

			✗ src/content/assessment.yaml → field \`rules[16].level\`
			  Names severities entry \`sev5\`, which does not exist.
			  Fix: Use one of: \`sev1\`, \`sev2\`, \`sev3\`, \`sev4\`; or create src/content/severities/sev5.yaml.

			✗ src/content/assessment.yaml → field \`rules[0].when.blast-radius\`
			  Names question \`blast-radius\`, which the assessment does not ask.
			  Fix: Use one of: \`impact\`, \`users\`, \`duration\`, \`errors\`, \`latency\`, \`data\`, \`security\`, \`money\`. Questions are defined in src/content/assessment.yaml.

			✗ src/content/assessment.yaml → field \`rules[1].when.users[1]\`
			  Question \`users\` has no option \`most\`.
			  Fix: Use one of: \`all\`, \`over-50\`, \`25-50\`, \`10-25\`, \`under-10\`.

			✗ src/content/assessment.yaml → field \`rules[16].when.errors\`
			  Rule \`tiny-error-rate\` matches \`under-1\` but not the worse \`over-5\`, \`1-5\`, so picking a worse answer could lower the level.
			  Fix: Add \`over-5\`, \`1-5\` to the list (options run from the most severe to the least).
			"
		`);
	});

	test('ceilings, triggers and renamed ids get errors that say what to list and what the new name is', () => {
		expect(
			checkTree({
				content: join(FIXTURES, 'scheme-seed-003'),
				overlay: join(FIXTURES, 'bad-content/scheme-bad-ceiling'),
			}).report,
		).toMatchInlineSnapshot(`
			"Firebreak found 5 problems in the handbook content:

			✗ src/content/assessment.yaml → field \`rules[10].level\`
			  Names severities entry \`sev5\`, which does not exist.
			  Fix: Use one of: \`sev1\`, \`sev2\`, \`sev3\`, \`sev4\`; or create src/content/severities/sev5.yaml.

			✗ src/content/assessment.yaml → field \`bringIn[0].roles[0]\`
			  Names roles entry \`chief-technology-officer\`, which does not exist.
			  Fix: Use one of: \`cto\`, \`on-call\`, \`team-lead\`; or create src/content/roles/chief-technology-officer.yaml.

			✗ src/content/assessment.yaml → field \`rules[4].when.money[0]\`
			  Question \`money\` has no option \`over-10000\`.
			  Fix: Did you mean \`over-10k\`?

			✗ src/content/assessment.yaml → field \`ceilings[0].when.users\`
			  Ceiling \`few-users\` matches \`10-25\` but not the less severe \`under-10\`, so a less severe answer could lift the ceiling and raise the level.
			  Fix: Add \`under-10\` to the list (options run from the most severe to the least).

			✗ src/content/assessment.yaml → field \`ceilings[0].unless.data\`
			  Ceiling \`few-users\` matches \`inconsistent\` but not the worse \`breach\`, so a worse answer could leave the ceiling in place.
			  Fix: Add \`breach\` to the list (options run from the most severe to the least).
			"
		`);
	});
});
