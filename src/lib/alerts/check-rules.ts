// Checks a Prometheus alerting-rules file against the handbook: does every alert's
// `runbook_url` lead to a Firebreak alert permalink or runbook?

export interface RuleCheck {
	/** The alert's name (`alert:` in the rule). */
	alert: string;
	/** Where in the file, e.g. `groups[0].rules[2]`. */
	location: string;
	runbookUrl?: string;
	ok: boolean;
	message: string;
}

export interface HandbookLinks {
	/** Alert ids in `src/content/alerts.yaml`. */
	alerts: ReadonlySet<string>;
	/** Runbook docs ids, e.g. `runbooks/high-error-rate`. */
	runbooks: ReadonlySet<string>;
	/** The handbook's published origin, from settings; links to other hosts are not ours. */
	siteUrl: string;
}

interface RulesFile {
	groups?: {
		name?: string;
		rules?: { alert?: string; record?: string; annotations?: Record<string, string> }[];
	}[];
}

/** Resolves a runbook_url to what it points at in the handbook, or explains why it cannot. */
function resolveUrl(
	raw: string,
	links: HandbookLinks,
): { ok: true; target: string } | { ok: false; reason: string } {
	let url: URL;
	try {
		url = new URL(raw, links.siteUrl);
	} catch {
		return { ok: false, reason: `\`${raw}\` is not a URL.` };
	}
	const site = new URL(links.siteUrl);
	if (url.origin !== site.origin)
		return { ok: false, reason: `\`${raw}\` is not on the handbook (${site.origin}).` };
	const path = url.pathname.replace(/\/+$/, '');
	const alert = /^\/alerts\/([^/]+)$/.exec(path)?.[1];
	if (alert !== undefined) {
		const name = decodeURIComponent(alert);
		return links.alerts.has(name)
			? { ok: true, target: `alert ${name}` }
			: { ok: false, reason: `no alert \`${name}\` in src/content/alerts.yaml.` };
	}
	const docId = path.replace(/^\//, '');
	if (links.runbooks.has(docId)) return { ok: true, target: `runbook ${docId}` };
	return {
		ok: false,
		reason: `\`${url.pathname}\` is neither an alert permalink (/alerts/<Name>/) nor a runbook.`,
	};
}

/** One result per alerting rule (recording rules are skipped). */
export function checkRules(file: unknown, links: HandbookLinks): RuleCheck[] {
	const groups = (file as RulesFile | null)?.groups;
	if (!Array.isArray(groups))
		throw new Error('This is not a Prometheus rules file: it has no `groups:` list.');
	const results: RuleCheck[] = [];
	groups.forEach((group, g) => {
		(group.rules ?? []).forEach((rule, r) => {
			if (!rule.alert) return;
			const location = `groups[${g}].rules[${r}]`;
			const runbookUrl = rule.annotations?.runbook_url;
			if (!runbookUrl) {
				const suggestion = links.alerts.has(rule.alert)
					? ` Add \`runbook_url: ${new URL(`/alerts/${rule.alert}/`, links.siteUrl).href}\`.`
					: ` Add the alert to src/content/alerts.yaml and link /alerts/${rule.alert}/.`;
				results.push({
					alert: rule.alert,
					location,
					ok: false,
					message: `no runbook_url annotation.${suggestion}`,
				});
				return;
			}
			const resolved = resolveUrl(runbookUrl, links);
			results.push({
				alert: rule.alert,
				location,
				runbookUrl,
				ok: resolved.ok,
				message: resolved.ok ? `→ ${resolved.target}` : resolved.reason,
			});
		});
	});
	return results;
}
