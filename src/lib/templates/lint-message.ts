/**
 * A small, pure linter for incident messages, after PagerDuty's incident-communication guidance:
 * no promised fix times, always say when the next update comes, don't overstate a partial
 * problem, keep internal details out of public messages, keep post-mortems blameless.
 * Warnings only advise; nothing is blocked.
 */

export type Audience = 'status-page' | 'internal' | 'customer' | 'executive' | 'post-mortem';

export interface LintContext {
	audience: Audience;
	/** True for an update sent while the incident is still open (not a resolution notice, not a post-mortem). */
	live: boolean;
	/** Names that must not reach the public, e.g. the org's Slack channels (`#incidents`, `#incident-2026-11-23-db`). Optional. */
	internalNames?: readonly string[];
}

export interface LintWarning {
	rule: 'eta-promise' | 'no-next-update' | 'outage-overstated' | 'internal-detail' | 'blame';
	/** One or two plain sentences: what is wrong and what to write instead. Written for a stressed incident commander. */
	message: string;
	/** The words in the message that triggered it (exact substring of the input), when there are any. */
	excerpt?: string;
}

/** A pattern to look for (global flag); `skip` rejects a match given up to 60 characters before it. */
interface Probe {
	re: RegExp;
	skip?: (before: string, found: string) => boolean;
	label?: string;
}

interface Hit {
	index: number;
	excerpt: string;
	label?: string;
}

const rx = (source: string, flags = 'gi') => new RegExp(source, flags);

// Times: a clock time or day ("14:30 UTC", "3pm", "end of day"), and a span ("the next 30 minutes").
const TZ = String.raw`(?:utc|gmt|[pmce][sd]t|cet|cest|bst|ist|jst|aest|z)\b`;
const POINT = String.raw`(?:(?:about|around|approximately|roughly)\s+)?(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?(?:\s*${TZ})?|\d{1,2}:\d{2}(?:\s*${TZ})?|\d{1,4}\s*${TZ}|noon|midnight|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?(?:day|week)|eod|cob|tomorrow|tonight|today|this\s+(?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
const COUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty[-\s]five|forty|sixty|ninety|few|several|couple(?:\s+of)?|half\s+an?)`;
const SPAN = String.raw`(?:(?:the\s+)?(?:next|coming)\s+|the\s+)?(?:(?:about|around|approximately|roughly|under|less\s+than|another)\s+)?(?:${COUNT}[-\s]*)?(?:minutes?|mins?|hours?|hrs?|days?)\b|\d+\s*[hm]\b`;
const TIME = rx(String.raw`\b(?:${POINT}|${SPAN}|hourly\b)`, 'i');

/** "no ETA", "we don't have an ETA yet", "not a full outage", "no one is to blame". */
const negated = (fillers: string) =>
	rx(
		String.raw`(?:\bno|\bnot|n['’]t|\bnever|\bwithout|\bcannot|\bnobody)(?:\s+(?:${fillers}))*\s+$`,
		'i',
	);
const NOT_ETA = negated(
	'have|give|provide|share|offer|yet|an?|any|firm|exact|reliable|accurate|confirmed',
);
const NOT_OUTAGE = negated(
	'an?|any|the|full|fully|complete|completely|total|totally|entire|entirely|major|longer|currently|been|be|yet',
);
const NOT_BLAME = negated(
	'one|is|was|are|to|be|anyone|about|assigning|here|meant|it|this|a|an|the',
);

const etaProbes: Probe[] = [
	{
		re: rx(
			String.raw`\b(?:ET[AR]s?|estimated\s+time\s+(?:to|of|for)\s+(?:resolution|recovery|restoration|fix))\b(?!\s+(?:for|of|on)\s+(?:the\s+)?next\s+update)`,
		),
		skip: (before) => NOT_ETA.test(before),
	},
	{
		// A fix word followed, in the same sentence and not via "update", by a deadline.
		re: rx(
			String.raw`\b(?:fix(?:ed|es|ing)?|resol(?:ve|ved|ves|ving|ution)|restor(?:e|ed|es|ing|ation)|recover(?:ed|s|ing|y)?|mitigat(?:e|ed|es|ing|ion)|be\s+back|back\s+(?:up|online|to\s+normal)|up\s+and\s+running)\b(?:(?!update|post|check\s+back|report|share|notify|inform|communicat|provide|confirm)[^.!?\n]){0,40}?\b(?:(?:by|before|no\s+later\s+than)\s+${POINT}|(?:within|in)\s+(?:${SPAN}))`,
		),
		skip: (before) => /\bupdates?\s+(?:on|about|regarding)\s+(?:\S+\s+){0,3}$/i.test(before),
	},
];

const UPDATE_WORD =
	/\b(?:updat(?:e|es|ing)|check(?:ing)?\s+back|report\s+back|post(?:ing)?\s+again|follow(?:ing)?\s+up|keep\s+(?:\w+\s+)?(?:posted|updated|informed))\b/i;
const FUTURE =
	/\b(?:next|another|further|again|will|shall|every|expect\w*|plan|aim|going\s+to)\b|['’]ll\b/i;

/** Whether some sentence says when the next update comes: an update word, a future word, a time. */
function promisesNextUpdate(text: string): boolean {
	return text
		.replace(/\b([ap])\.m\./gi, '$1m')
		.split(/[.!?]+(?:\s+|$)|\n+/)
		.some((s) => UPDATE_WORD.test(s) && FUTURE.test(s) && TIME.test(s));
}

const QUALIFIED =
	/\b(?:partial|partially|minor|regional|limited|locali[sz]ed|intermittent|intermittently)\s+$/i;
const PHRASAL =
	/\b(?:slow(?:ed|ing|s)?|narrow(?:ed|ing|s)?|scal(?:e|ed|es|ing)|shut(?:s|ting)?|turn(?:ed|ing|s)?|roll(?:ed|ing|s)?|wind(?:ing|s)?|ramp(?:ed|ing|s)?|step(?:ped|ping|s)?|cut(?:s|ting)?|back(?:ed|ing)?|trend(?:ed|ing|s)?|go(?:es|ing)?|com(?:e|es|ing)|came|cool(?:ed|ing)?|calm(?:ed|ing)?|track(?:ed|ing)?|drill(?:ed|ing)?|settl(?:e|ed|ing)|up\s+and)\s+$/i;
const notOutage = (before: string) => NOT_OUTAGE.test(before) || QUALIFIED.test(before);

const outageProbes: Probe[] = [
	{ re: /\b(?:outages?|unavailab(?:le|ility)|offline)\b/gi, skip: notOutage },
	{
		re: /\bdown\b(?!-\w)(?!\s*(?:(?:to|from|by|below)\b|\d|the\s+(?:road|line|stack|chain)\b))/gi,
		skip: (before) => notOutage(before) || PHRASAL.test(before),
	},
];

const PARTIAL = rx(
	String.raw`\b(?:(?:some|certain|a\s+few|many)\s+(?:of\s+(?:our|the)\s+)?(?:users|customers|requests|accounts|regions|merchants|calls|transactions|pages|workspaces|teams|tenants)\b|a\s+(?:small\s+)?(?:subset|portion|fraction|percentage|number|minority)\s+of\b|subset\b|partial(?:ly)?\b|intermittent(?:ly)?\b|sporadic(?:ally)?\b|degrad(?:ed|ation)\b|slow(?:er|ness|downs?)?\b|(?:elevated|increased|higher|high)\s+(?:rates?\s+of\s+)?(?:errors?|error\s+rates?|latenc(?:y|ies)|failures?|timeouts?|5\d\d)\b)|\b\d+(?:\.\d+)?\s*%\s+of\b`,
	'i',
);

const HOST = 'an internal host name';
const TRACE = 'part of a stack trace';
const CHANNEL = 'an internal channel name';
const IP = 'an IP address';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const internalProbes: Probe[] = [
	{
		re: /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:internal|local|localdomain|lan|corp|intranet)\b|\blocalhost\b/gi,
		label: HOST,
	},
	{
		// Role-named machines ("db-prod-3", "redis-cache-02", "ip-10-0-3-17").
		re: /\b(?:db|database|pg|postgres(?:ql)?|mysql|mariadb|redis|memcached?|kafka|zk|zookeeper|etcd|es|elastic(?:search)?|mongo(?:db)?|rabbit(?:mq)?|cassandra|api|web|app|worker|node|host|srv|server|lb|haproxy|nginx|proxy|ingress|gateway|gw|cache|queue|cron|batch|bastion|vm|ip|k8s|kube|shard|replica|primary|standby|ec2)(?:-[a-z0-9]+)*-\d+[a-z]?\b/gi,
		label: HOST,
	},
	{
		// Environment-named machines with a number somewhere ("payments-prod-eu1").
		re: /\b(?=[a-z0-9-]*\d)[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:prod|prd|production|stg|staging|dev|qa|uat|canary)(?:-[a-z0-9]+)+\b/gi,
		label: HOST,
	},
	// Kubernetes pod names: deployment, replica-set hash, pod suffix ("api-7f9c8d-xk2lp").
	{ re: /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?=[a-z]*\d)[a-z0-9]{5,10}-[a-z0-9]{5}\b/gi, label: HOST },
	{
		re: /\b(?:kubectl|kubectx|kubens|k8s)\b|\bhelm\s+(?:upgrade|rollback|install|uninstall)\b/gi,
		label: 'infrastructure tooling',
	},
	{
		re: /\bat\s+[\w$.<>[\]]+\s*\((?:[^()\s]*\.[a-z]+|node:[^()\s]+)(?::\d+){1,2}\)|\bat\s+[^()\s]+\.[a-z]{1,4}:\d+:\d+\b|\bTraceback\s+\(most\s+recent\s+call\s+last\)|\bException\s+in\s+thread\b|\bFile\s+"[^"\n]+",\s+line\s+\d+|\bgoroutine\s+\d+\s+\[/gi,
		label: TRACE,
	},
	// Exception class names are CamelCase, so this one is case-sensitive ("NullPointerException").
	{ re: /\b(?:[A-Z][a-z0-9]+)+(?:Exception|Error)\b/g, label: TRACE },
	{ re: /(?:^|[^\w&#/])(?<x>#[a-z](?:[\w-]*[a-z0-9])?)/gi, label: CHANNEL },
	{
		re: /\b(?:\d{1,3}\.){3}\d{1,3}\b(?!\.\d)/g,
		// Not an address if an octet is over 255, or it reads as a version ("version 10.2.0.1").
		skip: (before, found) =>
			found.split('.').some((octet) => Number(octet) > 255) ||
			/(?:\d\.|\b(?:v|version|release|build|ver)\.?\s*)$/i.test(before),
		label: IP,
	},
	{
		re: /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:)+:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?/gi,
		skip: (_before, found) => !/\d/.test(found),
		label: IP,
	},
];

const blameProbes: Probe[] = [
	{
		re: /\b(?:[a-z][\w-]*['’]s|his|her|their|my|your)\s+fault\b(?![- ](?:toleran|handl|inject|domain|detect|isolat|zone|line))|\bhuman\s+errors?\b|\b(?:careless|negligen|incompeten)\w*|\bsloppy\b|\bblam(?:e|ed|es|ing)\b/gi,
		skip: (before, found) =>
			NOT_BLAME.test(before) || /^(?:nobody|anybody|anyone|everyone)/i.test(found),
	},
	{
		re: /\b(?:someone|somebody|engineers?|developers?|operators?|admins?|administrators?|on-?call(?:ers?|\s+engineers?)?|interns?|he|she|they)\s+(?:should\s+have|should['’]ve|shouldn['’]t\s+have|failed\s+to|forgot|neglected|didn['’]t\s+bother|did\s+not\s+bother|ignored|overlooked|messed\s+up|screwed\s+up)\b/gi,
	},
];

/** The earliest match of any probe that is not skipped. */
function firstHit(text: string, probes: readonly Probe[]): Hit | undefined {
	let best: Hit | undefined;
	for (const probe of probes) {
		for (const match of text.matchAll(probe.re)) {
			const excerpt = match.groups?.['x'] ?? match[0];
			const index = match.index + match[0].lastIndexOf(excerpt);
			if (best && index >= best.index) break;
			if (probe.skip?.(text.slice(Math.max(0, index - 60), index), excerpt)) continue;
			best = { index, excerpt, ...(probe.label ? { label: probe.label } : {}) };
			break;
		}
	}
	return best;
}

const PUBLIC: readonly Audience[] = ['status-page', 'customer', 'executive'];

/**
 * Warnings for an incident message, in rule order, at most one per rule (with the first place
 * that triggered it). Case-insensitive; an empty list means nothing to point out.
 */
export function lintMessage(text: string, context: LintContext): LintWarning[] {
	const warnings: LintWarning[] = [];
	const warn = (rule: LintWarning['rule'], message: string, hit?: Hit) =>
		warnings.push({ rule, message, ...(hit ? { excerpt: hit.excerpt } : {}) });

	if (context.live) {
		const eta = firstHit(text, etaProbes);
		if (eta) {
			warn(
				'eta-promise',
				'This promises when the problem will be fixed; if that time slips, people stop trusting your updates. Say what you are doing now and when the next update will come instead.',
				eta,
			);
		}
		if (context.audience !== 'post-mortem' && !promisesNextUpdate(text)) {
			warn(
				'no-next-update',
				'Say when the next update will come, even if nothing changes by then, e.g. "Next update by 14:30 UTC" or "We will update again within 30 minutes".',
			);
		}
	}

	const outage = firstHit(text, outageProbes);
	if (outage && PARTIAL.test(text)) {
		warn(
			'outage-overstated',
			'This calls a partial problem an outage. Say what is degraded and for whom instead, e.g. "Some users see slow page loads".',
			outage,
		);
	}

	if (PUBLIC.includes(context.audience)) {
		const names = (context.internalNames ?? []).map((name) => name.trim()).filter(Boolean);
		const nameProbes: Probe[] = names.map((name) => ({
			re: rx(String.raw`(?:^|[^\w#-])(?<x>${escape(name)})(?![\w-])`),
			label: CHANNEL,
		}));
		const detail = firstHit(text, [...nameProbes, ...internalProbes]);
		if (detail) {
			warn(
				'internal-detail',
				`"${detail.excerpt}" looks like ${detail.label}, which means nothing to readers outside the team. Remove it and describe the affected service in plain words.`,
				detail,
			);
		}
	}

	if (context.audience === 'post-mortem') {
		const blame = firstHit(text, blameProbes);
		if (blame) {
			warn(
				'blame',
				'This blames a person. Describe what in the system allowed the mistake (a missing check, a confusing tool), not who made it: post-mortems are blameless.',
				blame,
			);
		}
	}

	return warnings;
}
