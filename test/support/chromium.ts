import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The flags that work on our CI machines: headless, no sandbox (root), no phoning home. */
export const CHROMIUM_ARGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** The system Chromium: `CHROME_PATH` if set, else `/usr/bin/chromium`. Browser downloads are impossible here. */
export function findChromium(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((path): path is string =>
		Boolean(path),
	);
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			`No Chromium found. Looked at CHROME_PATH (${process.env.CHROME_PATH ?? 'not set'}) and /usr/bin/chromium.\n` +
				'Install Debian’s package (`apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
		);
	}
	return found;
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Chromium with a profile of its own in `profileDir`, not an incognito one: for what Chrome does
 * only in a real profile, such as offering to install a web app.
 */
export function launchPersistentChromium(profileDir: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profileDir, {
		executablePath: findChromium(),
		args: CHROMIUM_ARGS,
		headless: true,
	});
}
