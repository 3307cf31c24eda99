/** Where an alert's permalink leads: its runbook, at its section when it names one. */
export function alertTarget(alert: {
	runbook: { id: string };
	section?: string | undefined;
}): string {
	return `/${alert.runbook.id}/${alert.section ? `#${alert.section}` : ''}`;
}
