import { describe, expect, test } from 'vitest';
import {
	lintMessage,
	type Audience,
	type LintContext,
	type LintWarning,
} from '../../../src/lib/templates/lint-message.ts';

const LIVE_STATUS: LintContext = { audience: 'status-page', live: true };
const RESOLVED_STATUS: LintContext = { audience: 'status-page', live: false };
const POST_MORTEM: LintContext = { audience: 'post-mortem', live: false };
const NEXT = ' Next update at 15:00 UTC.';

const rules = (text: string, context: LintContext) =>
	lintMessage(text, context).map((warning) => warning.rule);
const find = (text: string, context: LintContext, rule: LintWarning['rule']) =>
	lintMessage(text, context).find((warning) => warning.rule === rule);

/** Every warning's excerpt is an exact substring of what was linted. */
function expectExcerptsInText(text: string, context: LintContext) {
	for (const warning of lintMessage(text, context)) {
		if (warning.excerpt !== undefined) expect(text).toContain(warning.excerpt);
	}
}

describe('eta-promise', () => {
	test.each([
		['We have identified the cause. ETA for a fix is 16:00 UTC.', 'ETA'],
		['Checkout will be fixed by 3pm PST.', 'fixed by 3pm PST'],
		['We expect the issue to be resolved within the hour.', 'resolved within the hour'],
		[
			'Our engineers are rolling back the release and service should be back up by 14:30.',
			'be back up by 14:30',
		],
		['We expect to have this resolved in the next 30 minutes.', 'resolved in the next 30 minutes'],
		['Full recovery is expected by end of day.', 'recovery is expected by end of day'],
		[
			'We are restoring service and aim to finish within 2 hours.',
			'restoring service and aim to finish within 2 hours',
		],
	])('a live status update that promises a fix time is warned about: %s', (text, excerpt) => {
		const warning = find(text + NEXT, LIVE_STATUS, 'eta-promise');
		expect(warning?.excerpt).toBe(excerpt);
		expect(warning?.message).toMatch(/next update/);
	});

	test.each([
		'We are investigating elevated error rates on the API. Next update in 30 minutes.',
		'We will post another update by 14:30 UTC.',
		'A fix has been deployed and we are monitoring. We will provide an update within the hour.',
		'We are working on a fix and will post again in 30 minutes.',
		'We will share an update on the fix by 14:30 UTC.',
		'We do not have an ETA yet. Next update at 15:00 UTC.',
		'There is no ETA for a fix at this time; we will update this page every 30 minutes.',
		'We have restored service in the EU region and continue to work on the US region. Next update: 15:00 UTC.',
		'The beta release is not affected. Next update in one hour.',
	])(
		'a live update that promises only the next update time, or says there is no ETA, is not: %s',
		(text) => {
			expect(rules(text, LIVE_STATUS)).not.toContain('eta-promise');
		},
	);

	test('a resolution notice or post-mortem may say when things were fixed', () => {
		const text = 'The issue was resolved by 14:30 UTC. ETA was met.';
		expect(rules(text, RESOLVED_STATUS)).not.toContain('eta-promise');
		expect(rules(text, POST_MORTEM)).not.toContain('eta-promise');
	});

	test('it applies to every audience while the incident is open', () => {
		for (const audience of ['status-page', 'internal', 'customer', 'executive'] as const) {
			expect(rules('ETA 30 minutes.' + NEXT, { audience, live: true })).toContain('eta-promise');
		}
	});
});

describe('no-next-update', () => {
	test.each([
		'We are investigating reports of failed logins.',
		'We are aware of the issue and are working on it. We will keep you posted.',
		'We will share more information as soon as we have it.',
		'Next update soon.',
		'Update at 14:05 UTC: we are investigating elevated error rates.',
	])('a live update that never says when the next one comes is warned about: %s', (text) => {
		const warning = find(text, LIVE_STATUS, 'no-next-update');
		expect(warning).toBeDefined();
		expect(warning?.excerpt).toBeUndefined();
		expect(warning?.message).toMatch(/next update/i);
	});

	test.each([
		'We are investigating reports of failed logins. Next update: 14:30 UTC.',
		'We will provide another update within 30 minutes.',
		"We've identified the cause and are deploying a fix. We'll post an update by 4 p.m. PT.",
		'Mitigation is in progress; expect the next update in an hour.',
		'We will update this page at 15:00 UTC.',
		'We will keep you updated every 30 minutes until this is resolved.',
		'Further updates will follow within the hour.',
		'Next update by end of day.',
	])('a live update that says when the next one comes is not: %s', (text) => {
		expect(rules(text, LIVE_STATUS)).not.toContain('no-next-update');
	});

	test('it applies to status-page, internal, customer and executive updates', () => {
		for (const audience of ['status-page', 'internal', 'customer', 'executive'] as const) {
			expect(rules('We are investigating.', { audience, live: true })).toEqual(['no-next-update']);
		}
	});

	test('resolution notices and post-mortems need no next update', () => {
		expect(rules('This incident has been resolved.', RESOLVED_STATUS)).toEqual([]);
		expect(rules('The database ran out of connections.', POST_MORTEM)).toEqual([]);
		expect(rules('We are still investigating.', { audience: 'post-mortem', live: true })).toEqual(
			[],
		);
	});
});

describe('outage-overstated', () => {
	test.each([
		['API outage: some users are seeing elevated error rates.', 'outage'],
		['The dashboard is down for a subset of customers in the EU.', 'down'],
		['Search is unavailable: results are intermittently slow.', 'unavailable'],
		['Payments offline — some requests are failing.', 'offline'],
		['Checkout down for some users', 'down'],
		[
			'We are seeing degraded performance and a partial loss of webhooks; this is an outage.',
			'outage',
		],
	])('a message that calls a partial problem an outage is warned about: %s', (text, excerpt) => {
		const warning = find(text, RESOLVED_STATUS, 'outage-overstated');
		expect(warning?.excerpt).toBe(excerpt);
		expect(warning?.message).toMatch(/for whom/);
	});

	test.each([
		'Some users are seeing slow page loads on the dashboard.',
		'The API is down for all customers in every region.',
		'Our website is completely unavailable.',
		'We are experiencing a partial outage affecting some users in the EU.',
		'This is not an outage: some requests are slower than usual.',
		'We have narrowed down the cause of the slow page loads.',
		'Error rates are down to normal levels for most customers; latency is still elevated for some users.',
		'Downstream webhooks are delayed for some customers.',
		'Downloads are slow for a subset of users.',
		'Error rates went up and down intermittently for an hour.',
	])(
		'a message that calls a partial problem partial, or a full outage an outage, is not: %s',
		(text) => {
			expect(rules(text, RESOLVED_STATUS)).not.toContain('outage-overstated');
		},
	);

	test('it applies to every audience, open or resolved', () => {
		const text = 'Outage resolved. It affected some users.';
		for (const audience of [
			'status-page',
			'internal',
			'customer',
			'executive',
			'post-mortem',
		] as const) {
			expect(rules(text, { audience, live: false })).toEqual(['outage-overstated']);
		}
	});
});

describe('internal-detail', () => {
	const CUSTOMER: LintContext = { audience: 'customer', live: false };

	test.each([
		['The primary database db-prod-3 ran out of disk space.', 'db-prod-3'],
		['Pod api-7f9c8d-xk2lp was crash-looping.', 'api-7f9c8d-xk2lp'],
		['Requests to payments.svc.cluster.local timed out.', 'payments.svc.cluster.local'],
		['We lost contact with grafana.internal for ten minutes.', 'grafana.internal'],
		['We ran kubectl rollout restart deploy/api to recover.', 'kubectl'],
		['Our k8s cluster lost two nodes.', 'k8s'],
		[
			'Error: connection refused\n    at Pool.connect (/app/src/db.js:42:13)',
			'at Pool.connect (/app/src/db.js:42:13)',
		],
		[
			'Traceback (most recent call last):\n  File "app.py", line 3',
			'Traceback (most recent call last)',
		],
		['Exception in thread "main" java.lang.NullPointerException', 'Exception in thread'],
		['The service threw a NullPointerException on every request.', 'NullPointerException'],
		['Join #incident-2026-11-23-db for details.', '#incident-2026-11-23-db'],
		['Traffic from 10.0.3.17 was dropped by the load balancer.', '10.0.3.17'],
		['The upstream at 2001:db8::1 stopped answering.', '2001:db8::1'],
	])(
		'a customer message with an internal detail is warned about, quoting it: %s',
		(text, excerpt) => {
			const warning = find(text, CUSTOMER, 'internal-detail');
			expect(warning?.excerpt).toBe(excerpt);
			expect(warning?.message).toContain(`"${excerpt}"`);
		},
	);

	test('names the organisation lists as internal are caught, case-insensitively', () => {
		const context: LintContext = { ...CUSTOMER, internalNames: ['#incidents', 'Project Atlas'] };
		expect(find('Questions? Ask in #incidents.', context, 'internal-detail')?.excerpt).toBe(
			'#incidents',
		);
		expect(find('The project atlas cluster failed.', context, 'internal-detail')?.excerpt).toBe(
			'project atlas',
		);
		expect(rules('Atlassian is not affected.', { ...context, internalNames: ['Atlas'] })).toEqual(
			[],
		);
	});

	test.each([
		'The database that stores your order history ran out of disk space.',
		'Some customers in us-east-1 saw timeouts.',
		'We updated our IP address allow-list; no action is needed.',
		'The issue was introduced in version 10.2.0.1 of our agent.',
		'Downloads of release 1.2.3.4.5 are available on our site.',
		'Our #1 priority is restoring checkout. See https://status.example.com/#incidents for history.',
		'We will post an update at 14:30:00 UTC.',
		'Our new api-v2 endpoint is not affected.',
		'This was the 300.1.2.3 build.',
		'We are monitoring the fix. Thank you for your patience!',
	])('a customer message in plain words is not: %s', (text) => {
		expect(rules(text, CUSTOMER)).not.toContain('internal-detail');
	});

	test('it applies to status-page, customer and executive messages, not internal ones or post-mortems', () => {
		const text = 'db-prod-3 is out of disk.';
		const warned = (audience: Audience) =>
			rules(text, { audience, live: false }).includes('internal-detail');
		expect(warned('status-page')).toBe(true);
		expect(warned('customer')).toBe(true);
		expect(warned('executive')).toBe(true);
		expect(warned('internal')).toBe(false);
		expect(warned('post-mortem')).toBe(false);
	});
});

describe('blame', () => {
	test.each([
		['It was Dave’s fault: he deployed on a Friday.', 'Dave’s fault'],
		['Root cause: human error during the migration.', 'human error'],
		[
			'The on-call engineer failed to acknowledge the page for 20 minutes.',
			'on-call engineer failed to',
		],
		['Someone forgot to renew the TLS certificate.', 'Someone forgot'],
		['She should have checked the dashboards before deploying.', 'She should have'],
		['A careless change to the firewall rules dropped traffic.', 'careless'],
		['Ops was negligent in reviewing the change.', 'negligent'],
		['We blame the contractor who wrote the script.', 'blame'],
	])('a post-mortem that blames a person is warned about: %s', (text, excerpt) => {
		const warning = find(text, POST_MORTEM, 'blame');
		expect(warning?.excerpt).toBe(excerpt);
		expect(warning?.message).toMatch(/system/);
	});

	test.each([
		'This is a blameless post-mortem.',
		'No one is to blame; the deploy tool allowed an unreviewed change to reach production.',
		"This isn't about assigning blame.",
		'The certificate expired because renewal was a manual step with no alert.',
		'Fault tolerance in the queue consumer did not cover a full partition loss.',
		'The load balancer’s fault detection took 90 seconds to remove the bad node.',
		'The deploy failed to complete because the migration timed out.',
		'It was nobody’s fault.',
	])('a blameless post-mortem is not: %s', (text) => {
		expect(rules(text, POST_MORTEM)).not.toContain('blame');
	});

	test('only post-mortems are checked for blame', () => {
		const text = 'Human error caused this. Next update at 15:00 UTC.';
		for (const audience of ['status-page', 'internal', 'customer', 'executive'] as const) {
			expect(rules(text, { audience, live: true })).not.toContain('blame');
		}
	});
});

describe('all rules together', () => {
	const MESSY =
		'Outage on #incident-db: some users cannot log in, db-prod-3 and 10.0.0.5 are affected. ETA 15:00, will be fixed by 16:00.';

	test('warnings come in rule order, at most one per rule, with the first excerpt', () => {
		const warnings = lintMessage(MESSY, LIVE_STATUS);
		expect(warnings.map((warning) => warning.rule)).toEqual([
			'eta-promise',
			'no-next-update',
			'outage-overstated',
			'internal-detail',
		]);
		expect(warnings.map((warning) => warning.excerpt)).toEqual([
			'ETA',
			undefined,
			'Outage',
			'#incident-db',
		]);
	});

	test('blame comes last, after the other rules that apply to a post-mortem', () => {
		const text = 'The outage hit some users because an engineer forgot to scale the pool.';
		expect(rules(text, POST_MORTEM)).toEqual(['outage-overstated', 'blame']);
	});

	test('case does not matter', () => {
		expect(rules('eta: 30 MINUTES. NEXT UPDATE AT 15:00 UTC.', LIVE_STATUS)).toEqual([
			'eta-promise',
		]);
		expect(rules('HUMAN ERROR.', POST_MORTEM)).toEqual(['blame']);
	});

	test('a good live status update gets no warnings', () => {
		const text =
			'We are seeing slow page loads for some customers in the EU. We have identified a database issue and are applying a fix. We will post another update by 14:30 UTC.';
		expect(lintMessage(text, LIVE_STATUS)).toEqual([]);
	});

	test('an empty message only lacks a next update', () => {
		expect(rules('', LIVE_STATUS)).toEqual(['no-next-update']);
		expect(rules('', POST_MORTEM)).toEqual([]);
	});

	test.each([
		[MESSY, LIVE_STATUS],
		['Root cause: Dave’s fault. The outage hit some users.', POST_MORTEM],
		['Pod api-7f9c8d-xk2lp at fd00::a1 on #ops-alerts.', { audience: 'executive', live: false }],
		['Search will be restored within 2 hours.', LIVE_STATUS],
	] satisfies [string, LintContext][])(
		'excerpts are exact substrings of the message: %s',
		(text, context) => {
			expect(lintMessage(text, context).length).toBeGreaterThan(0);
			expectExcerptsInText(text, context);
		},
	);

	test('linting is pure: the same input always gives the same warnings', () => {
		expect(lintMessage(MESSY, LIVE_STATUS)).toEqual(lintMessage(MESSY, LIVE_STATUS));
	});
});
