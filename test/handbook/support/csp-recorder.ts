import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { HASHES_HOME } from '../../../src/lib/security/csp.ts';

export interface CspViolation {
	page: string;
	directive: string;
	blocked: string;
	source: string;
	/** For a blocked inline `<script>` or `<style>`: the hash that would allow it. */
	hash?: string;
}

/** What to do about a violation: the hash to add for an inline script or style, else what was blocked. */
export function explainViolation(violation: CspViolation): string {
	const where = `${new URL(violation.page).pathname}: ${violation.directive} blocked ${violation.blocked || 'inline'}`;
	if (!violation.hash) return `${where} (from ${violation.source || 'the page'})`;
	const home = violation.directive.startsWith('script')
		? HASHES_HOME
		: 'security.csp.styleDirective.hashes in astro.config.mjs';
	return `${where}: add \`${violation.hash}\` to ${home}`;
}

/**
 * A context whose pages report every `securitypolicyviolation`, with the hash of a blocked inline
 * script or style computed in the page from the element's own text.
 */
export async function cspRecordingContext(
	browser: Browser,
	options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; violations: CspViolation[] }> {
	const violations: CspViolation[] = [];
	const context = await browser.newContext(options);
	await context.exposeBinding(
		'__recordCspViolation',
		({ page }, violation: Omit<CspViolation, 'page'>) => {
			violations.push({ page: page.url(), ...violation });
		},
	);
	// Passed as source text, so the test runner's transforms cannot change what runs in the page.
	await context.addInitScript(`
		document.addEventListener('securitypolicyviolation', async (event) => {
			const target = event.target;
			let hash;
			if ((target instanceof HTMLScriptElement && !target.src) || target instanceof HTMLStyleElement) {
				const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(target.textContent ?? ''));
				hash = 'sha256-' + btoa(String.fromCharCode(...new Uint8Array(digest)));
			}
			window.__recordCspViolation({
				directive: event.effectiveDirective,
				blocked: event.blockedURI,
				source: event.sourceFile ? event.sourceFile + ':' + event.lineNumber : '',
				hash,
			});
		}, true);
	`);
	return { context, violations };
}
