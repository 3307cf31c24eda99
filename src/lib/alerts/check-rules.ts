// Checks Prometheus alerting rules against the handbook: does every alert's `runbook_url` lead to
// a Firebreak alert permalink or a runbook section that exists? Pure: the caller reads the rule
// files and the content, and passes the text and the handbook's links in.
import { isScalar, parseAllDocuments } from 'yaml';
import { closest } from '../content/closest.ts';
import { baseFromSiteUrl, withBase, withoutBase } from '../url/base-path.ts';

export interface RuleCheck {
	/** The alert's name (`alert:` in the rule). */
	alert: string;
	/** Where in the file, e.g. `groups[0].rules[2]` or `document 2, spec.groups[0].rules[1]`. */
	location: string;
	runbookUrl?: string;
	ok: boolean;
	/** What the link leads to, or what is wrong with it and how to fix it. */
	message: string;
}

/** Something wrong with a file or one document in it, so its rules could not all be checked. */
export interface FileProblem {
	/** Where, e.g. `document 3` in a multi-document file; empty for the file as a whole. */
	location: string;
	/** What is wrong and how to fix it. */
	message: string;
}

export interface RuleFileCheck {
	problems: FileProblem[];
	/** One per alerting rule found (recording rules are skipped). */
	rules: RuleCheck[];
}

export interface HandbookLinks {
	/** Alert ids in `src/content/alerts.yaml`, each with where its permalink leads (`alertTarget`). */
	alerts: ReadonlyMap<string, string>;
	/** Runbook docs ids, e.g. `runbooks/high-error-rate`, each with its heading anchors. */
	runbooks: ReadonlyMap<string, readonly string[]>;
	/**
	 * Where the handbook is published, from settings; links to other hosts are not ours. Its path
	 * is the sub-path the site is served under (`https://example.github.io/handbook/`).
	 */
	siteUrl: string;
}

type Resolved = { ok: true; target: string } | { ok: false; reason: string };

const ALERTS_FILE = 'src/content/alerts.yaml';
// Starlight gives every page's title this anchor.
const TOP_ANCHOR = '_top';
// Prometheus expands these to the alert's own name.
const ALERTNAME_TEMPLATE = /\{\{-?\s*(?:\$labels|\.Labels)\.alertname\s*-?\}\}/g;

const list = (items: Iterable<string>) => [...items].map((item) => `\`${item}\``).join(', ');

type LinkWriter = (path: string) => string;

/**
 * Writes a handbook link (a path from the site's root, `/alerts/X/`) the way the rule wrote its
 * own: absolute, or root-relative; under the site's sub-path either way.
 */
function linkWriter(raw: string | undefined, siteUrl: string): LinkWriter {
	const absolute = raw === undefined || !raw.startsWith('/');
	const base = baseFromSiteUrl(siteUrl);
	return (path) => (absolute ? new URL(withBase(path, base), siteUrl).href : withBase(path, base));
}

/** The fix for a rule that should link its own alert permalink, as a sentence. */
function useOwnPermalink(alert: string, links: HandbookLinks, link: LinkWriter): string {
	const own = `\`${link(`/alerts/${alert}/`)}\``;
	return links.alerts.has(alert)
		? `Use ${own}.`
		: `Add \`${alert}\` to ${ALERTS_FILE} and use ${own}.`;
}

function resolveAlertPermalink(
	name: string,
	hash: string,
	alert: string,
	links: HandbookLinks,
	link: LinkWriter,
): Resolved {
	const target = links.alerts.get(name);
	if (target === undefined) {
		const suggestion = closest(name, links.alerts.keys());
		const problem = `no alert \`${name}\` in ${ALERTS_FILE}.`;
		if (suggestion === alert)
			return { ok: false, reason: `${problem} Did you mean \`${link(`/alerts/${alert}/`)}\`?` };
		return {
			ok: false,
			reason:
				`${problem} ${useOwnPermalink(alert, links, link)}` +
				(suggestion && !links.alerts.has(alert)
					? ` (The closest alert there is \`${suggestion}\`.)`
					: ''),
		};
	}
	if (name !== alert) {
		const problem = `\`${alert}\` points at the permalink of \`${name}\`.`;
		if (name.toLowerCase() === alert.toLowerCase())
			return {
				ok: false,
				reason: `${problem} The names differ only in case: rename the rule's alert or the entry in ${ALERTS_FILE} so they match exactly.`,
			};
		return {
			ok: false,
			reason: links.alerts.has(alert)
				? `${problem} Use \`${link(`/alerts/${alert}/`)}\`.`
				: `${problem} Add \`${alert}\` to ${ALERTS_FILE} and use \`${link(`/alerts/${alert}/`)}\`, or link the runbook directly: \`${link(target)}\`.`,
		};
	}
	if (hash)
		return {
			ok: false,
			reason:
				`the permalink leads to \`${target}\` and ignores \`${hash}\`. ` +
				`Drop \`${hash}\`, or change the alert's \`section\` in ${ALERTS_FILE}.`,
		};
	return { ok: true, target: `alert ${name} (${target})` };
}

function resolveRunbook(
	path: string,
	hash: string,
	alert: string,
	links: HandbookLinks,
	link: LinkWriter,
): Resolved {
	const docId = path.replace(/^\//, '');
	const headings = links.runbooks.get(docId);
	if (headings === undefined) {
		const suggestion = closest(docId, links.runbooks.keys());
		return {
			ok: false,
			reason:
				`\`${path}/\` is neither an alert permalink (/alerts/<Name>/) nor a runbook. ` +
				(suggestion
					? `Did you mean \`${link(`/${suggestion}/${hash}`)}\`?`
					: useOwnPermalink(alert, links, link)),
		};
	}
	let anchor = hash.slice(1);
	try {
		anchor = decodeURIComponent(anchor);
	} catch {
		// Keep it as written; it will not match a heading and is reported below.
	}
	if (anchor && anchor !== TOP_ANCHOR && !headings.includes(anchor)) {
		const suggestion = closest(anchor, headings);
		return {
			ok: false,
			reason:
				`runbook ${docId} has no heading with the anchor \`#${anchor}\`. ` +
				(suggestion
					? `Did you mean \`${link(`/${docId}/#${suggestion}`)}\`?`
					: headings.length
						? `Use one of: ${list(headings.map((heading) => `#${heading}`))}; or drop the anchor.`
						: 'Drop the anchor.'),
		};
	}
	return { ok: true, target: `runbook ${docId}${anchor ? `#${anchor}` : ''}` };
}

/** Resolves a runbook_url to what it points at in the handbook, or explains why it cannot. */
function resolveUrl(raw: string, alert: string, links: HandbookLinks): Resolved {
	const site = new URL(links.siteUrl);
	const expanded = raw.trim().replace(ALERTNAME_TEMPLATE, alert);
	const link = linkWriter(expanded, links.siteUrl);
	const template = /\{\{.*?\}\}/.exec(expanded)?.[0];
	if (template)
		return {
			ok: false,
			reason:
				`\`${raw}\` uses a template (\`${template}\`) this check cannot resolve. ` +
				`Write the link out. ${useOwnPermalink(alert, links, link)}`,
		};
	if (!expanded.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(expanded))
		return {
			ok: false,
			reason:
				`\`${raw}\` is a relative link, which notifications resolve against their own address. ` +
				useOwnPermalink(alert, links, linkWriter(undefined, links.siteUrl)),
		};
	let url: URL;
	try {
		url = new URL(expanded, site);
	} catch {
		return { ok: false, reason: `\`${raw}\` is not a URL. ${useOwnPermalink(alert, links, link)}` };
	}
	// The path on the site, without the sub-path the site is served under (if any).
	const local =
		url.origin === site.origin
			? withoutBase(url.pathname, baseFromSiteUrl(links.siteUrl))
			: undefined;
	if (local === undefined) {
		const handbook = site.pathname === '/' ? site.origin : site.href;
		return {
			ok: false,
			reason:
				`\`${raw}\` points outside this handbook (${handbook}). ` +
				useOwnPermalink(alert, links, linkWriter(undefined, links.siteUrl)),
		};
	}
	const path = local.replace(/\/+$/, '');
	const permalink = /^\/alerts\/([^/]+)$/.exec(path)?.[1];
	if (permalink !== undefined) {
		let name = permalink;
		try {
			name = decodeURIComponent(permalink);
		} catch {
			// A stray `%`: keep the name as written; it matches no alert and is reported as such.
		}
		return resolveAlertPermalink(name, url.hash, alert, links, link);
	}
	return resolveRunbook(path, url.hash, alert, links, link);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A YAML value as its author wrote it: a scalar as its text, a map or a list as JSON. */
const yamlText = (value: unknown): string =>
	typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
		? String(value)
		: value == null
			? ''
			: JSON.stringify(value);

/** Checks the rule groups of one document; `at` prefixes locations (`spec.`, `document 2, `). */
function checkGroups(
	groups: unknown[],
	at: { document: string; path: string },
	links: HandbookLinks,
	out: RuleFileCheck,
) {
	const where = (field: string) => [at.document, `${at.path}${field}`].filter(Boolean).join(', ');
	groups.forEach((group, g) => {
		const rules = isRecord(group) ? (group.rules ?? []) : undefined;
		if (!Array.isArray(rules)) {
			out.problems.push({
				location: where(`groups[${g}]${isRecord(group) ? '.rules' : ''}`),
				message: isRecord(group)
					? '`rules:` is not a list. Write one `- alert:` or `- record:` item per rule.'
					: 'This group is not a mapping. Give each group a `name:` and a `rules:` list.',
			});
			return;
		}
		rules.forEach((rule, r) => {
			const location = where(`groups[${g}].rules[${r}]`);
			if (!isRecord(rule) || (rule.alert == null && rule.record == null)) {
				out.rules.push({
					alert: '(unnamed rule)',
					location,
					ok: false,
					message:
						'has neither `alert:` nor `record:`, so Prometheus rejects it. Check the spelling of `alert:`.',
				});
				return;
			}
			if (rule.alert == null) return;
			const alert = yamlText(rule.alert);
			const annotations = isRecord(rule.annotations) ? rule.annotations : {};
			const runbookUrl = yamlText(annotations.runbook_url);
			if (!runbookUrl) {
				const add = `\`runbook_url: ${linkWriter(undefined, links.siteUrl)(`/alerts/${alert}/`)}\``;
				out.rules.push({
					alert,
					location,
					ok: false,
					message: links.alerts.has(alert)
						? `no runbook_url annotation. Add ${add}.`
						: `no runbook_url annotation. Add \`${alert}\` to ${ALERTS_FILE}, then ${add}.`,
				});
				return;
			}
			const resolved = resolveUrl(runbookUrl, alert, links);
			out.rules.push({
				alert,
				location,
				runbookUrl,
				ok: resolved.ok,
				message: resolved.ok ? `→ ${resolved.target}` : resolved.reason,
			});
		});
	});
}

/** Explains what a YAML document is instead of a rule file, e.g. `kind: ConfigMap`. */
function describeDocument(data: unknown): string {
	if (Array.isArray(data)) return 'it is a list';
	if (!isRecord(data)) return `it is a single value (\`${String(data)}\`)`;
	if (typeof data.kind === 'string') return `it is \`kind: ${data.kind}\``;
	const keys = Object.keys(data);
	if (keys.length === 0) return 'it is an empty mapping';
	const more = keys.length > 3 ? ` and ${keys.length - 3} more` : '';
	return `its top-level keys are ${list(keys.slice(0, 3))}${more}`;
}

/**
 * Checks one rule file's text: a plain Prometheus rule file (`groups[].rules[]`), a
 * prometheus-operator `PrometheusRule` resource (`spec.groups[].rules[]`), or several of them as
 * `---`-separated YAML documents. Problems with the file or a document come back separately from
 * the alerting rules' results.
 */
export function checkRuleFile(source: string, links: HandbookLinks): RuleFileCheck {
	const out: RuleFileCheck = { problems: [], rules: [] };
	const documents = parseAllDocuments(source);
	// An empty document, such as after a trailing `---`, holds nothing to check.
	const empty = (document: (typeof documents)[number]) =>
		document.errors.length === 0 &&
		(document.contents === null ||
			(isScalar(document.contents) && document.contents.value === null));
	const several = documents.filter((document) => !empty(document)).length > 1;
	let found = 0;
	documents.forEach((document, index) => {
		if (empty(document)) return;
		found++;
		const at = several ? `document ${index + 1}` : '';
		let data: unknown;
		try {
			data = document.errors.length ? undefined : document.toJS();
		} catch (error) {
			// e.g. an alias to an anchor that is not defined, or too many aliases.
			out.problems.push({
				location: at,
				message: `This YAML cannot be read: ${(error as Error).message.split('\n')[0]}. Check its anchors (\`&name\`) and aliases (\`*name\`).`,
			});
			return;
		}
		const [error] = document.errors;
		if (error) {
			const line = error.linePos?.[0]?.line;
			const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
			out.problems.push({
				location: at,
				message:
					`This is not valid YAML${line ? ` (line ${line})` : ''}: ${what}. ` +
					(error.code === 'DUPLICATE_KEY'
						? 'Keep one of the two keys, or merge them.'
						: 'Check the indentation and quoting around that line; quote values containing `: ` or ` #`.'),
			});
			return;
		}
		if (isRecord(data) && data.kind === 'PrometheusRule') {
			const groups = isRecord(data.spec) ? data.spec.groups : undefined;
			if (!yamlText(data.apiVersion).startsWith('monitoring.coreos.com/'))
				out.problems.push({
					location: at,
					message: `This PrometheusRule has \`apiVersion: ${yamlText(data.apiVersion)}\`. Use \`apiVersion: monitoring.coreos.com/v1\`.`,
				});
			else if (!Array.isArray(groups))
				out.problems.push({
					location: at,
					message:
						'This PrometheusRule has no `spec.groups:` list. Put the rule groups under `spec.groups`, as in a Prometheus rule file.',
				});
			else checkGroups(groups, { document: at, path: 'spec.' }, links, out);
			return;
		}
		if (isRecord(data) && data.groups !== undefined) {
			if (Array.isArray(data.groups))
				checkGroups(data.groups, { document: at, path: '' }, links, out);
			else
				out.problems.push({
					location: [at, 'groups'].filter(Boolean).join(', '),
					message:
						'`groups:` is not a list. Write one `- name:` item per rule group, each with `rules:`.',
				});
			return;
		}
		out.problems.push({
			location: at,
			message:
				`This is neither a Prometheus rule file (\`groups:\` list) nor a PrometheusRule resource: ${describeDocument(data)}. ` +
				'Pass only rule files, or PrometheusRule resources (`kind: PrometheusRule`, rules under `spec.groups`).',
		});
	});
	if (found === 0)
		out.problems.push({
			location: '',
			message:
				'This file holds no YAML documents (it is empty or all comments). Check that it is the rule file you meant.',
		});
	return out;
}

/** A file that could not be read at all, from the error `readFileSync` threw. */
export function unreadableFile(error: { code?: string | undefined; message: string }): FileProblem {
	const message =
		error.code === 'ENOENT'
			? 'This file does not exist. Check the path; relative paths start from the directory you ran the command in.'
			: error.code === 'EISDIR'
				? 'This is a directory. Name the rule files in it, e.g. `rules/*.yml`.'
				: error.code === 'EACCES'
					? 'This file cannot be read (permission denied). Run the check as a user who can read it.'
					: `This file cannot be read: ${error.message}. Check the path and the file's permissions.`;
	return { location: '', message };
}
