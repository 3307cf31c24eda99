/**
 * Values a hand-edited or hostile link could put where a tool expects a runbook id, for a
 * handbook that has the runbook `known` (e.g. `runbooks/high-error-rate`): other hosts, script
 * URLs, encoded or near-miss paths. None may be linked to or trusted. Labelled for test names.
 */
export const hostileRunbookIds = (known: string): [label: string, value: string][] => [
	['protocol-relative', '//evil.example'],
	['protocol-relative with a path', `//evil.example/${known}`],
	['a numeric host that becomes protocol-relative', '/134744072'],
	['a protocol-relative numeric host', '//134744072'],
	['a dotted numeric host', '//8.8.8.8/'],
	['a script URL', 'javascript:alert(1)'],
	['an absolute URL', 'https://evil.example/x'],
	['encoded slashes', known.replaceAll('/', '%2F')],
	['encoded protocol-relative', '%2F%2Fevil.example'],
	['backslashes', '\\\\evil.example'],
	['a leading slash', `/${known}`],
	['a trailing slash', `${known}/`],
	['a parent path', `runbooks/../${known}`],
	['another case', known.toUpperCase()],
	['surrounding space', ` ${known}`],
	['an unknown runbook', 'runbooks/no-such-runbook'],
	['a page that is not a runbook', 'process/on-call'],
];
